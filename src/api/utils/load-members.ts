import type { InferTypeOf, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { MEMBER_SEGMENT_MODULE, MEMBER_TIER_MODULE } from "../../module-keys"
import type { CustomerMetrics } from "../../modules/member-segment/models/customer-metrics"
import type MemberSegmentModuleService from "../../modules/member-segment/service"
import type MemberTierModuleService from "../../modules/member-tier/service"
import { memberResponse } from "./member-response"

type MetricsRow = InferTypeOf<typeof CustomerMetrics>

/** Members for a page of metrics rows, in the rows' order: one query for the memberships. */
export async function membersForMetrics(
  container: MedusaContainer,
  rows: MetricsRow[]
) {
  if (!rows.length) return []
  const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
  const memberships = await tiers.listMemberships({
    customer_id: rows.map((row) => row.customer_id),
  })
  const byCustomer = new Map(memberships.map((m) => [m.customer_id, m]))
  return rows.flatMap((row) => {
    const membership = byCustomer.get(row.customer_id)
    return membership ? [memberResponse(membership, row)] : []
  })
}

export async function loadMember(
  container: MedusaContainer,
  customerId: string
) {
  const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const [[membership], [metrics]] = await Promise.all([
    tiers.listMemberships({ customer_id: customerId }),
    segments.listCustomerMetrics({ customer_id: customerId }),
  ])
  if (!membership) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Member with customer id: ${customerId} was not found`
    )
  }
  return memberResponse(membership, metrics)
}
