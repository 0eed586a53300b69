import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { POINTS_CREDIT_REFERENCE } from "../member-points/steps/load-order-points"
import { pointsService } from "../member-points/steps/points-service"

/**
 * Checkout debits the points of the cart's points credit line, under the
 * account lock, just before the payment is authorized. A balance spent
 * elsewhere meanwhile fails the checkout (no order); a later failure gives the
 * points back. Keyed by cart and completion attempt, so a retried attempt after
 * a rollback debits again while a replayed step does not.
 */
type CartRow = {
  id: string
  customer_id: string | null
  credit_lines:
    | ({
        reference: string | null
        metadata: Record<string, unknown> | null
      } | null)[]
    | null
}

type StepContext = {
  container: MedusaContainer
  context: { transactionId?: string }
}

// Declared at runtime, not in the workflow's types (which list only `validate`).
const hooks = completeCartWorkflow.hooks as unknown as {
  beforePaymentAuthorization: (
    invoke: (
      data: { input: { id: string } },
      ctx: StepContext
    ) => Promise<StepResponse<string | null, string | null>>,
    compensate: (debitId: string | null, ctx: StepContext) => Promise<void>
  ) => void
}

hooks.beforePaymentAuthorization(
  async ({ input }, { container, context }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: [
        "id",
        "customer_id",
        "credit_lines.reference",
        "credit_lines.metadata",
      ],
      filters: { id: input.id },
    })
    const cart = data[0] as CartRow | undefined
    const points = (cart?.credit_lines ?? [])
      .filter((line) => line?.reference === POINTS_CREDIT_REFERENCE)
      .reduce((sum, line) => sum + Number(line?.metadata?.points ?? 0), 0)
    if (!cart?.customer_id || points <= 0) return new StepResponse(null, null)
    const { entry, created } = await pointsService(container).debitPoints({
      customer_id: cart.customer_id,
      type: "redeem",
      points,
      reference: "cart",
      reference_id: `${cart.id}:${context.transactionId}`,
      reason: "paid at checkout",
    })
    return new StepResponse(entry?.id ?? null, created ? entry!.id : null)
  },
  async (debitId, { container }) => {
    if (debitId)
      await pointsService(container).restoreDebit(debitId, "rollback")
  }
)
