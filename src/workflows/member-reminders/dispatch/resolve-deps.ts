import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  MEMBER_CAMPAIGN_MODULE,
  MEMBER_TIER_MODULE,
} from "../../../module-keys"
import type MemberCampaignModuleService from "../../../modules/member-campaign/service"
import { unsubscribeSecret } from "../unsubscribe-secret"
import type { DispatchDeps } from "./types"

/** The `storeName` option, else the store's own name. */
export async function resolveStoreName(
  container: MedusaContainer,
  campaigns: MemberCampaignModuleService
) {
  const configured = campaigns.campaignOptions().storeName
  if (configured) return configured
  const [store] = await container
    .resolve(Modules.STORE)
    .listStores({}, { select: ["name"], take: 1 })
  return store?.name ?? "Our store"
}

export async function resolveDispatchDeps(
  container: MedusaContainer
): Promise<DispatchDeps> {
  const campaigns: MemberCampaignModuleService = container.resolve(
    MEMBER_CAMPAIGN_MODULE
  )
  return {
    campaigns,
    tiers: container.resolve(MEMBER_TIER_MODULE),
    customers: container.resolve(Modules.CUSTOMER),
    notifications: container.resolve(Modules.NOTIFICATION),
    logger: container.resolve(ContainerRegistrationKeys.LOGGER),
    storeName: await resolveStoreName(container, campaigns),
    secret: unsubscribeSecret(container, campaigns.campaignOptions()),
  }
}
