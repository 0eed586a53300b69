import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  MEMBER_SEGMENT_MODULE,
  MEMBER_TIER_MODULE,
} from "../../src/module-keys"
import type MemberSegmentModuleService from "../../src/modules/member-segment/service"
import type MemberTierModuleService from "../../src/modules/member-tier/service"
import type {
  EvaluateMemberTiersWorkflowInput,
  SaveTierWorkflowInput,
  TierInput,
} from "../../src/workflows/member-tiers"
import { setTierPrices } from "../../src/workflows/member-tiers/tier-prices"
import {
  evaluateMemberTiersWorkflowId,
  saveTierWorkflowId,
} from "../../src/workflows/workflow-ids"
import { runPluginWorkflow } from "./run-plugin-workflow"

const YEAR: Pick<TierInput, "basis" | "window" | "window_days"> = {
  basis: "spend",
  window: "rolling",
  window_days: 365,
}

/** A round threshold at or below the value: 1,234 -> 1,200. */
const roundDown = (value: number) => {
  const magnitude =
    10 ** Math.max(1, Math.floor(Math.log10(Math.max(value, 10))) - 1)
  return Math.max(magnitude, Math.floor(value / magnitude) * magnitude)
}

async function allMemberIds(segments: MemberSegmentModuleService) {
  const ids: string[] = []
  for (let cursor = ""; ;) {
    const page = await segments.listMemberIdsPage(cursor, 1000)
    if (!page.length) return ids
    ids.push(...page)
    cursor = page[page.length - 1]
  }
}

/**
 * Member / Silver / Gold / VIP by spend over the last 365 days, thresholds
 * taken from the store's own members (VIP roughly the top 15%), VIP with free
 * shipping above a minimum, member prices on a few products; every member
 * evaluated. Idempotent: an existing ladder is kept.
 */
export async function ensureTierDemo(
  container: MedusaContainer,
  currencyCode: string
) {
  const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const memberIds = await allMemberIds(segments)
  if (!(await tiers.listTiers({}, { take: 1 })).length) {
    const key = "spend:rolling:365"
    const values = await segments.tierMeasureValues({
      customer_ids: memberIds,
      measures: [{ key, basis: "spend", window: "rolling", days: 365 }],
      currency_code: currencyCode,
      now: new Date(),
    })
    const spend = memberIds
      .map((id) => values[id]?.[key] ?? 0)
      .sort((a, b) => a - b)
    const at = (share: number) =>
      spend[Math.min(spend.length - 1, Math.floor(share * spend.length))] ?? 0
    const silver = roundDown(Math.max(at(0.45), 10))
    const gold = Math.max(roundDown(at(0.7)), silver * 2)
    const vip = Math.max(roundDown(at(0.85)), gold + silver)
    const ladder: TierInput[] = [
      {
        name: "Member",
        handle: "member",
        rank: 0,
        threshold: 0,
        ...YEAR,
        description: "Every registered customer",
      },
      {
        name: "Silver",
        handle: "silver",
        rank: 1,
        threshold: silver,
        ...YEAR,
        grace_days: 30,
        points_multiplier: 1.2,
        cashback_rate: 0.01,
      },
      {
        name: "Gold",
        handle: "gold",
        rank: 2,
        threshold: gold,
        ...YEAR,
        grace_days: 30,
        points_multiplier: 1.5,
        cashback_rate: 0.03,
        birthday_bonus_points: 200,
      },
      {
        name: "VIP",
        handle: "vip",
        rank: 3,
        threshold: vip,
        ...YEAR,
        grace_days: 60,
        points_multiplier: 2,
        cashback_rate: 0.05,
        birthday_bonus_points: 500,
        free_shipping: true,
        free_shipping_min_subtotal: 50,
        description: "Free shipping over 50, 2x points, 5% cash-back",
      },
    ]
    for (const tier of ladder) {
      await runPluginWorkflow<SaveTierWorkflowInput>(
        container,
        saveTierWorkflowId,
        { tier }
      )
    }
    await memberPrices(container, tiers, currencyCode)
  }
  for (let start = 0; start < memberIds.length; start += 500) {
    await runPluginWorkflow<EvaluateMemberTiersWorkflowInput>(
      container,
      evaluateMemberTiersWorkflowId,
      {
        customer_ids: memberIds.slice(start, start + 500),
      }
    )
  }
}

/** Gold 10% and VIP 20% off the three best-selling products' regular prices. */
async function memberPrices(
  container: MedusaContainer,
  tiers: MemberTierModuleService,
  currencyCode: string
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id"],
    pagination: { take: 3, order: { created_at: "ASC" } },
  })
  const productIds = products.map((p) => p.id)
  const ladder = await tiers.listTiers({ handle: ["gold", "vip"] })
  for (const tier of ladder) {
    await setTierPrices(container, tier.id, {
      prices: [],
      percent_off: {
        percent: tier.handle === "vip" ? 20 : 10,
        currency_code: currencyCode,
        product_ids: productIds,
        category_ids: [],
      },
      remove_variant_ids: [],
    })
  }
}

export type StorefrontLogin = { email: string; password: string; tier: string }

const PASSWORD = "membership-demo"

/** Email/password logins for a new member and the top Gold and VIP members. */
export async function ensureStorefrontLogins(
  container: MedusaContainer
): Promise<StorefrontLogin[]> {
  const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
  const customers = container.resolve(Modules.CUSTOMER)
  const auth = container.resolve(Modules.AUTH)
  const picks: { customer_id: string; tier: string }[] = []
  for (const handle of ["gold", "vip"]) {
    const [tier] = await tiers.listTiers({ handle })
    const [holder] = tier
      ? await tiers.listMemberships(
          { tier_id: tier.id },
          { order: { customer_id: "ASC" }, take: 1 }
        )
      : []
    if (holder) picks.push({ customer_id: holder.customer_id, tier: tier.name })
  }
  const newEmail = "new.member@membership.test"
  let [fresh] = await customers.listCustomers({ email: newEmail })
  if (!fresh) {
    fresh = await customers.createCustomers({
      email: newEmail,
      first_name: "Nova",
      last_name: "Newman",
      has_account: true,
    })
  }
  picks.unshift({ customer_id: fresh.id, tier: "Member (new)" })
  const logins: StorefrontLogin[] = []
  for (const pick of picks) {
    const [customer] = await customers.listCustomers({ id: pick.customer_id })
    const [existing] = await auth.listProviderIdentities({
      entity_id: customer.email!,
      provider: "emailpass",
    })
    if (!existing) {
      const { authIdentity } = await auth.register("emailpass", {
        body: { email: customer.email!, password: PASSWORD },
      })
      if (authIdentity) {
        await auth.updateAuthIdentities({
          id: authIdentity.id,
          app_metadata: { customer_id: customer.id },
        })
      }
    }
    logins.push({ email: customer.email!, password: PASSWORD, tier: pick.tier })
  }
  return logins
}
