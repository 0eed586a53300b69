import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { MEMBER_TIER_MODULE } from "../../module-keys"
import type MemberTierModuleService from "../../modules/member-tier/service"
import { syncMembersWorkflow } from "../../workflows/member-data"

/**
 * The signed-in customer as a member. A deleted customer's token answers 404,
 * as core's /store/customers/me does; a customer whose sign-up has not been
 * processed yet becomes a member now.
 */
export async function ensureSignedInMember(
  container: MedusaContainer,
  customerId: string
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [customer],
  } = await query.graph({
    entity: "customer",
    fields: ["id"],
    filters: { id: customerId },
  })
  if (!customer) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer with id: ${customerId} was not found`
    )
  }
  const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
  const [membership] = await tiers.listMemberships(
    { customer_id: customerId },
    { select: ["id"] }
  )
  if (!membership) {
    await syncMembersWorkflow(container).run({
      input: { customer_ids: [customerId] },
    })
  }
}
