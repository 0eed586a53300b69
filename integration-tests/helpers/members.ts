import type { MedusaContainer } from "@medusajs/framework/types"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
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
import { updateMemberProfileWorkflow } from "../../src/workflows/member-data"
import { waitFor } from "./wait"

type NewMember = {
  email: string
  first_name: string
  birthday?: string
  phone?: string
  email_consent?: boolean
  sms_consent?: boolean
  locale?: string
}

/** A customer whose membership and profile copy exist, with the consents given. */
export async function createMember(
  container: MedusaContainer,
  input: NewMember
) {
  const {
    result: [customer],
  } = await createCustomersWorkflow(container).run({
    input: {
      customersData: [
        {
          email: input.email,
          first_name: input.first_name,
          phone: input.phone,
          metadata: input.birthday ? { birthday: input.birthday } : {},
        },
      ],
    },
  })
  const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
  await waitFor(
    () => tiers.listMemberships({ customer_id: customer.id }),
    (rows) => rows.length === 1
  )
  if (input.email_consent || input.sms_consent || input.locale) {
    await updateMemberProfileWorkflow(container).run({
      input: {
        customer_id: customer.id,
        actor: "admin",
        email_consent: input.email_consent,
        sms_consent: input.sms_consent,
        locale: input.locale,
      },
    })
  }
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  await waitFor(
    () => segments.listCustomerMetrics({ customer_id: customer.id }),
    (rows) => rows[0]?.email === input.email
  )
  return { id: customer.id, email: customer.email }
}

type Fact = {
  order_id: string
  total: number
  placed_at: Date
  paid?: boolean
  delivered_at?: Date
}

/** Order facts written through the segment module (no checkout), then the metrics re-derived. */
export async function recordOrders(
  container: MedusaContainer,
  customerId: string,
  facts: Fact[]
) {
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  await segments.upsertOrderFacts(
    facts.map((fact) => ({
      order_id: fact.order_id,
      customer_id: customerId,
      currency_code: "eur",
      item_subtotal: fact.total,
      shipping_total: 0,
      discount_total: 0,
      total: fact.total,
      paid_total: fact.paid === false ? 0 : fact.total,
      refunded_total: 0,
      placed_at: fact.placed_at,
      paid_at: fact.paid === false ? null : fact.placed_at,
      shipped_at: fact.delivered_at ?? null,
      delivered_at: fact.delivered_at ?? null,
    }))
  )
  await segments.refreshCustomerMetrics([customerId], "eur")
}
