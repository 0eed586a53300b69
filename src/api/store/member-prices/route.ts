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

/** One pricing context per distinct audience: the same group set is priced once. */
const audienceKey = (groupIds: string[] | null) =>
  groupIds ? `groups:${[...groupIds].sort().join(",")}` : "anonymous"

/**
 * Per variant: the caller's calculated price (their groups, when signed in),
 * the regular price, and every tier's price with the tier's name. One pricing
 * call per distinct audience (anonymous, the caller unless they are in just
 * one tier's group, each tier), never one per variant; every read before
 * pricing runs at once.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreMemberPricesParamsType>,
  res: MedusaResponse
) => {
  const { variant_id: variantIds, region_id: regionId } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const pricing: IPricingModuleService = req.scope.resolve(Modules.PRICING)
  const callerId = req.auth_context?.actor_id
  const ids = [...new Set(variantIds)]
  const [
    { data: regions },
    { data: variants },
    { data: links },
    groups,
    tiers,
  ] = await Promise.all([
    query.graph({
      entity: "region",
      fields: ["id", "currency_code"],
      filters: { id: regionId },
    }),
    query.graph({ entity: "variant", fields: ["id"], filters: { id: ids } }),
    query.graph({
      entity: "product_variant_price_set",
      fields: ["variant_id", "price_set_id"],
      filters: { variant_id: ids },
    }),
    callerId
      ? query.graph({
          entity: "customer_group",
          fields: ["id"],
          filters: { customers: { id: callerId } },
        })
      : null,
    listLadder(req.scope),
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
  const setOf = new Map<string, string>(
    links.map((l) => [l.variant_id, l.price_set_id])
  )
  const priceSetIds = variants.flatMap((v) =>
    setOf.has(v.id) ? [setOf.get(v.id)!] : []
  )
  const base = { region_id: region.id, currency_code: region.currency_code }
  const calculate = async (groupIds: string[] | null) => {
    const context: PricingContext = groupIds
      ? { ...base, customer: { groups: groupIds.map((id) => ({ id })) } }
      : base
    return new Map(
      priceSetIds.length
        ? (
            await pricing.calculatePrices(
              { id: priceSetIds },
              { context: context as never }
            )
          ).map((p) => [p.id, p])
        : []
    )
  }
  const ladder = tiers.filter((t) => t.customer_group_id)
  const audiences = [
    null,
    groups ? groups.data.map((g) => g.id) : null,
    ...ladder.map((tier) => [tier.customer_group_id!]),
  ]
  const distinct = new Map(audiences.map((a) => [audienceKey(a), a]))
  const priced = new Map(
    await Promise.all(
      [...distinct].map(
        async ([key, groupIds]) => [key, await calculate(groupIds)] as const
      )
    )
  )
  const [anonymous, caller, ...perTier] = audiences.map((a) =>
    priced.get(audienceKey(a))!
  )
  res.json({
    currency_code: region.currency_code,
    prices: variants.map((variant) => {
      const setId = setOf.get(variant.id)
      const regular = setId ? anonymous.get(setId) : undefined
      const mine = setId ? caller.get(setId) : undefined
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
