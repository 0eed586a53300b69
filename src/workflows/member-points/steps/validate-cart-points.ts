import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pointsValue } from "../earn"
import { loadProgram, POINTS_CREDIT_REFERENCE } from "./load-order-points"
import { pointsService } from "./points-service"

export type CartPointsInput = {
  cart_id: string
  customer_id: string
  /** null: remove the points */
  points: number | null
}

export type CartPointsPlan = {
  cart_id: string
  remove_ids: string[]
  amount: number
  points: number
}

type CartRow = {
  id: string
  customer_id: string | null
  currency_code: string
  completed_at: Date | null
  total: Parameters<typeof MathBN.convert>[0]
  credit_lines:
    | ({
        id: string
        amount: Parameters<typeof MathBN.convert>[0]
        reference: string | null
      } | null)[]
    | null
}

export const validateCartPointsStepId = "validate-member-cart-points"

/**
 * Checks a redemption before it becomes a credit line: the caller's own open
 * cart, the program's currency, the minimum, the maximum share of the order and
 * the available balance. Nothing is debited here: checkout does that.
 */
export const validateCartPointsStep = createStep(
  validateCartPointsStepId,
  async (input: CartPointsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: [
        "id",
        "customer_id",
        "currency_code",
        "completed_at",
        "total",
        "credit_lines.id",
        "credit_lines.amount",
        "credit_lines.reference",
      ],
      filters: { id: input.cart_id },
    })
    const cart = data[0] as CartRow | undefined
    if (!cart || cart.customer_id !== input.customer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Cart with id: ${input.cart_id} was not found`
      )
    }
    if (cart.completed_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cart with id: ${input.cart_id} is already completed`
      )
    }
    const ours = (cart.credit_lines ?? []).filter(
      (line) => line?.reference === POINTS_CREDIT_REFERENCE
    )
    const plan: CartPointsPlan = {
      cart_id: cart.id,
      remove_ids: ours.map((line) => line!.id),
      amount: 0,
      points: 0,
    }
    if (input.points === null) return new StepResponse(plan)

    const { program, currency_code } = await loadProgram(container)
    if (!program.enabled) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "The points program is not enabled"
      )
    }
    if (currency_code && cart.currency_code.toLowerCase() !== currency_code) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `currency_code: points pay only in ${currency_code}, the cart is in ${cart.currency_code}`
      )
    }
    if (input.points < program.min_redeem_points) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `points: at least ${program.min_redeem_points} points per redemption`
      )
    }
    // the order total before this redemption's own credit line
    const gross = MathBN.convert(
      ours.reduce(
        (sum, line) => MathBN.add(sum, line!.amount),
        MathBN.convert(cart.total ?? 0)
      )
    ).toNumber()
    const amount = pointsValue(input.points, program.point_value)
    const cap = gross * program.max_redeem_share
    if (amount > cap + 1e-9) {
      const most = Math.floor((cap + 1e-9) / program.point_value)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `points: at most ${most} points (${Math.round(program.max_redeem_share * 100)}% of the order) can pay for this cart`
      )
    }
    const balance = (
      await pointsService(container).getBalances([input.customer_id])
    ).get(input.customer_id)!
    if (balance.available < input.points) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `points: the available balance is ${balance.available} points`
      )
    }
    return new StepResponse({ ...plan, amount, points: input.points })
  }
)
