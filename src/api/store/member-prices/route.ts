import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type {
  CalculatedPriceSet,
  IPricingModuleService,
} from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { listLadder } from "../../utils/tier-views"
import type { StoreMemberPricesParamsType } from "./validators"

type PricingContext = Record<string, unknown>

const priceOf = (set: CalculatedPriceSet | undefined) =>
  set?.calculated_amount == null ? null : Number(set.calculated_amount)

/**
 * Per variant: the caller's calculated price (their groups, when signed in),
 * the regular price, and every tier's price with the tier's name. One pricing
 * call per audience (anonymous, the caller, each tier), never one per variant.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreMemberPricesParamsType>,
  res: MedusaResponse
) => {
  const { variant_id: variantIds, region_id: regionId } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const pricing: IPricingModuleService = req.scope.resolve(Modules.PRICING)
  const [{ data: regions }, { data: variants }] = await Promise.all([
    query.graph({
      entity: "region",
      fields: ["id", "currency_code"],
      filters: { id: regionId },
    }),
    query.graph({
      entity: "variant",
      fields: ["id", "price_set.id"],
      filters: { id: [...new Set(variantIds)] },
    }),
  ])
  const region = regions[0]
  if (!region) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `region_id: region ${regionId} does not exist`
    )
  }
  const found = new Set(variants.map((v) => v.id))
  const missing = variantIds.filter((id) => !found.has(id))
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `variant_id: unknown variant ${missing.join(", ")}`
    )
  }
  const priceSetIds = variants.flatMap((v) =>
    v.price_set?.id ? [v.price_set.id] : []
  )
  const base = { region_id: region.id, currency_code: region.currency_code }
  const calculate = async (context: PricingContext) =>
    new Map(
      priceSetIds.length
        ? (
            await pricing.calculatePrices(
              { id: priceSetIds },
              { context: context as never }
            )
          ).map((p) => [p.id, p])
        : []
    )
  const callerId = req.auth_context?.actor_id
  const callerGroups = callerId
    ? (
        await query.graph({
          entity: "customer_group",
          fields: ["id"],
          filters: { customers: { id: callerId } },
        })
      ).data.map((g) => ({ id: g.id }))
    : []
  const ladder = (await listLadder(req.scope)).filter(
    (t) => t.customer_group_id
  )
  const [anonymous, caller, ...perTier] = await Promise.all([
    calculate(base),
    callerId
      ? calculate({ ...base, customer: { groups: callerGroups } })
      : null,
    ...ladder.map((tier) =>
      calculate({
        ...base,
        customer: { groups: [{ id: tier.customer_group_id }] },
      })
    ),
  ])
  res.json({
    currency_code: region.currency_code,
    prices: variants.map((variant) => {
      const setId = variant.price_set?.id
      const regular = setId ? anonymous.get(setId) : undefined
      const mine = setId ? (caller ?? anonymous).get(setId) : undefined
      return {
        variant_id: variant.id,
        calculated_price: priceOf(mine),
        regular_price:
          regular?.original_amount == null
            ? priceOf(regular)
            : Number(regular.original_amount),
        tiers: ladder.map((tier, index) => ({
          tier_id: tier.id,
          name: tier.name,
          rank: tier.rank,
          price: priceOf(setId ? perTier[index].get(setId) : undefined),
        })),
      }
    }),
  })
}
