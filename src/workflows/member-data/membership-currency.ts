import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { MEMBER_SEGMENT_MODULE } from "../../module-keys"
import type MemberSegmentModuleService from "../../modules/member-segment/service"

/** The `membershipCurrency` plugin option, else the store's default currency. */
export async function membershipCurrency(
  container: MedusaContainer
): Promise<string> {
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const configured = segments.configuredCurrency()
  if (configured) return configured
  const [store] = await container
    .resolve(Modules.STORE)
    .listStores({}, { relations: ["supported_currencies"], take: 1 })
  const currency =
    store?.supported_currencies?.find((c) => c.is_default)?.currency_code ??
    store?.supported_currencies?.[0]?.currency_code
  if (!currency) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "No membership currency: set the plugin option `membershipCurrency` or a store default currency"
    )
  }
  return currency.toLowerCase()
}
