import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { applyCartPointsWorkflow } from "../../../../../workflows/member-points"
import type { StoreCartPointsType } from "../../../../admin/points-program/validators"

async function cartResponse(req: AuthenticatedMedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "currency_code",
      "total",
      "credit_line_total",
      "credit_lines.*",
    ],
    filters: { id: req.params.id },
  })
  return cart
}

/** Pays part of the cart with points (replaces an earlier amount). */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreCartPointsType>,
  res: MedusaResponse
) => {
  await applyCartPointsWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      points: req.validatedBody.points,
    },
  })
  res.json({ cart: await cartResponse(req) })
}

/** Takes the points off the cart. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await applyCartPointsWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      points: null,
    },
  })
  res.json({ cart: await cartResponse(req) })
}
