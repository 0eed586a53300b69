import type { MedusaContainer } from "@medusajs/framework/types"
import {
  MEMBER_SEGMENT_MODULE,
  MEMBER_TIER_MODULE,
} from "../../src/module-keys"
import type MemberSegmentModuleService from "../../src/modules/member-segment/service"
import type MemberTierModuleService from "../../src/modules/member-tier/service"

export const segmentsOf = (c: MedusaContainer): MemberSegmentModuleService =>
  c.resolve(MEMBER_SEGMENT_MODULE)
export const tiersOf = (c: MedusaContainer): MemberTierModuleService =>
  c.resolve(MEMBER_TIER_MODULE)

/** An order's stored fact, a customer's metrics row and membership (or undefined). */
export const factOf = async (c: MedusaContainer, orderId: string) =>
  (await segmentsOf(c).listOrderFacts({ order_id: orderId }))[0]
export const metricsOf = async (c: MedusaContainer, customerId: string) =>
  (await segmentsOf(c).listCustomerMetrics({ customer_id: customerId }))[0]
export const membershipOf = async (c: MedusaContainer, customerId: string) =>
  (await tiersOf(c).listMemberships({ customer_id: customerId }))[0]
