import type {
  ICustomerModuleService,
  INotificationModuleService,
  Logger,
} from "@medusajs/framework/types"
import type MemberCampaignModuleService from "../../../modules/member-campaign/service"
import type MemberTierModuleService from "../../../modules/member-tier/service"

/** What one dispatch batch works with; resolved from the container (or a benchmark). */
export type DispatchDeps = {
  campaigns: MemberCampaignModuleService
  tiers: MemberTierModuleService
  customers: ICustomerModuleService
  notifications: INotificationModuleService
  logger: Logger
  storeName: string
  secret: string
}

export type DispatchSummary = {
  claimed: number
  sent: number
  suppressed: number
  postponed: number
  failed: number
  retrying: number
}

/** A member as a message sees them. */
export type MemberContact = {
  customer_id: string
  first_name: string | null
  last_name: string | null
  email: string | null
  phone: string | null
  locale: string | null
  consents: Record<string, boolean>
}
