import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  listTierPrices,
  setTierPrices,
  tierOf,
} from "../../../../../workflows/member-tiers/tier-prices"
import type { AdminTierPricesType } from "../../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const tier = await tierOf(req.scope, req.params.id)
  const prices = await listTierPrices(req.scope, tier.price_list_id)
  res.json({ prices, count: prices.length, price_list_id: tier.price_list_id })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminTierPricesType>,
  res: MedusaResponse
) => {
  const tier = await tierOf(req.scope, req.params.id)
  const prices = await setTierPrices(req.scope, tier.id, req.validatedBody)
  res.json({ prices, count: prices.length, price_list_id: tier.price_list_id })
}
