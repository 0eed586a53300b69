import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"
import type {
  OrderFactInput,
  RevertOrderFactsInput,
} from "../../../modules/member-segment/types"

export type UpsertOrderFactsStepInput = {
  facts: OrderFactInput[]
  currency_code: string
}

type Undo = RevertOrderFactsInput & {
  customer_ids: string[]
  currency_code: string
}

export const upsertOrderFactsStepId = "upsert-member-order-facts"

/** Returns the customers whose metrics the facts feed. */
export const upsertOrderFactsStep = createStep(
  upsertOrderFactsStepId,
  async (
    { facts, currency_code }: UpsertOrderFactsStepInput,
    { container }
  ) => {
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    const { customer_ids, previous, created_order_ids, previous_lines } =
      await segments.upsertOrderFacts(facts)
    const undo: Undo = {
      previous,
      created_order_ids,
      previous_lines,
      customer_ids,
      currency_code,
    }
    return new StepResponse(customer_ids, undo)
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    await segments.revertOrderFacts(undo)
    // Metrics are derived: re-derive them from the restored facts.
    await segments.refreshCustomerMetrics(undo.customer_ids, undo.currency_code)
  }
)
