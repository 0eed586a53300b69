import type {
  IPricingModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { batchPriceListPricesWorkflow } from "@medusajs/medusa/core-flows"
import { MEMBER_TIER_MODULE } from "../../module-keys"
import type MemberTierModuleService from "../../modules/member-tier/service"

export type TierPricesInput = {
  prices: { variant_id: string; currency_code: string; amount: number }[]
  percent_off?: {
    percent: number
    currency_code: string
    product_ids: string[]
    category_ids: string[]
  }
  remove_variant_ids: string[]
}

type MemberPrice = {
  id: string
  variant_id: string
  currency_code: string
  amount: number
}

export async function tierOf(container: MedusaContainer, id: string) {
  const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
  const [tier] = await tiers.listTiers({ id })
  if (!tier?.price_list_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Tier ${id} was not found`
    )
  }
  return { ...tier, price_list_id: tier.price_list_id }
}

export async function listTierPrices(
  container: MedusaContainer,
  priceListId: string
): Promise<MemberPrice[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "price_list",
    fields: [
      "id",
      "prices.id",
      "prices.amount",
      "prices.currency_code",
      "prices.price_set.variant.id",
    ],
    filters: { id: priceListId },
  })
  type Row = {
    id: string
    amount: unknown
    currency_code: string
    price_set?: { variant?: { id: string } }
  }
  return ((data[0]?.prices ?? []) as Row[]).flatMap((price) => {
    const variantId = price.price_set?.variant?.id
    return variantId
      ? [
          {
            id: price.id,
            variant_id: variantId,
            currency_code: price.currency_code,
            amount: Number(price.amount),
          },
        ]
      : []
  })
}

/** Variants of the products and categories, with their regular price in the currency. */
async function regularPrices(
  container: MedusaContainer,
  productIds: string[],
  categoryIds: string[],
  currencyCode: string
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pricing: IPricingModuleService = container.resolve(Modules.PRICING)
  const fields = ["id", "variants.id", "variants.price_set.id"]
  const [byId, byCategory] = await Promise.all([
    productIds.length
      ? query.graph({ entity: "product", fields, filters: { id: productIds } })
      : { data: [] },
    categoryIds.length
      ? query.graph({
          entity: "product",
          fields,
          filters: { categories: { id: categoryIds } },
        })
      : { data: [] },
  ])
  const found = new Set(byId.data.map((p) => p.id))
  const missing = productIds.filter((id) => !found.has(id))
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `percent_off.product_ids: unknown product ${missing.join(", ")}`
    )
  }
  const variants = [...byId.data, ...byCategory.data].flatMap((p) =>
    (
      (p.variants ?? []) as { id: string; price_set?: { id: string } }[]
    ).flatMap((v) =>
      v?.price_set?.id ? [{ id: v.id, price_set_id: v.price_set.id }] : []
    )
  )
  const unique = [...new Map(variants.map((v) => [v.id, v])).values()]
  if (!unique.length) return []
  const prices = await pricing.calculatePrices(
    { id: unique.map((v) => v.price_set_id) },
    { context: { currency_code: currencyCode } }
  )
  const bySet = new Map(prices.map((p) => [p.id, p]))
  return unique.flatMap((v) => {
    const price = bySet.get(v.price_set_id)
    const regular = price?.original_amount ?? price?.calculated_amount
    return regular == null
      ? []
      : [{ variant_id: v.id, regular: Number(regular) }]
  })
}

/**
 * Sets member prices in a tier's own price list: fixed amounts per variant
 * and currency, and/or a percentage off the regular price for products or
 * categories; removes the listed variants' member prices. Unknown variants or
 * products are refused naming the field.
 */
export async function setTierPrices(
  container: MedusaContainer,
  tierId: string,
  body: TierPricesInput
) {
  const tier = await tierOf(container, tierId)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const explicitIds = [...new Set(body.prices.map((p) => p.variant_id))]
  if (explicitIds.length) {
    const { data } = await query.graph({
      entity: "variant",
      fields: ["id"],
      filters: { id: explicitIds },
    })
    const found = new Set(data.map((v) => v.id))
    const index = body.prices.findIndex((p) => !found.has(p.variant_id))
    if (index >= 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `prices[${index}].variant_id: unknown variant ${body.prices[index].variant_id}`
      )
    }
  }
  const desired = [...body.prices]
  if (body.percent_off) {
    const { percent, currency_code, product_ids, category_ids } =
      body.percent_off
    for (const { variant_id, regular } of await regularPrices(
      container,
      product_ids,
      category_ids,
      currency_code
    )) {
      if (
        desired.some(
          (p) =>
            p.variant_id === variant_id && p.currency_code === currency_code
        )
      )
        continue
      desired.push({
        variant_id,
        currency_code,
        amount: Math.round(regular * (100 - percent)) / 100,
      })
    }
  }
  const existing = await listTierPrices(container, tier.price_list_id)
  const key = (p: { variant_id: string; currency_code: string }) =>
    `${p.variant_id}:${p.currency_code}`
  const current = new Map(existing.map((p) => [key(p), p]))
  const removed = new Set(body.remove_variant_ids)
  await batchPriceListPricesWorkflow(container).run({
    input: {
      data: {
        id: tier.price_list_id,
        create: desired.filter((p) => !current.has(key(p))),
        update: desired.flatMap((p) => {
          const price = current.get(key(p))
          return price
            ? [
                {
                  id: price.id,
                  variant_id: p.variant_id,
                  amount: p.amount,
                  currency_code: p.currency_code,
                },
              ]
            : []
        }),
        delete: existing
          .filter((p) => removed.has(p.variant_id))
          .map((p) => p.id),
      },
    },
  })
  return await listTierPrices(container, tier.price_list_id)
}
