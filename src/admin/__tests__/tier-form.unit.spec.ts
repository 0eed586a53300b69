import i18next from "i18next"
import resources from "../i18n"
import { MEMBERSHIP_NS } from "../i18n/define"
import { createFormatters } from "../lib/format"
import { localeOfLanguage } from "../lib/locale"
import {
  benefitTexts,
  fixedPriceSchema,
  handleOf,
  percentOffSchema,
  priceIssueMessage,
  progressRatio,
  proposedLadder,
  qualificationText,
  templateLadder,
  tierBody,
  tierBodyOf,
  tierFormSchema,
  tierFormValues,
  tierIssueMessage,
  tierServerErrorField,
  translatedResolver,
  type TierFormValues,
} from "../lib/tier-form"
import type { AdminTier } from "../lib/tier-types"
import { zodIssueMessages } from "../lib/zod-issue-message"
import { zodResolver } from "@hookform/resolvers/zod"
import type { FieldValues, Resolver } from "react-hook-form"
import { AdminPreviewTiers } from "../../api/admin/tiers/validators"

const inLanguage = async (language: string) => {
  const i18n = i18next.createInstance()
  await i18n.init({ resources, lng: language })
  const t = i18n.getFixedT(null, MEMBERSHIP_NS)
  const format = createFormatters(localeOfLanguage(language))
  return {
    t,
    format,
    money: (amount: number) => format.money(amount, "eur"),
    error: zodIssueMessages(t, tierIssueMessage(t, format)),
  }
}

const issues = (result: {
  error?: { issues: { path: PropertyKey[]; message: string }[] }
}) => result.error?.issues.map(({ path, message }) => [path.join("."), message])

/** The form's errors as its resolver gives them: [field, message] in field order. */
const resolve = async <V extends FieldValues>(
  schema: Parameters<typeof zodResolver>[0],
  values: V,
  language: string,
  messages: "tier" | "price" = "tier"
) => {
  const { t, format } = await inLanguage(language)
  const resolver = translatedResolver(
    zodResolver(schema, {
      error: zodIssueMessages(
        t,
        (messages === "tier" ? tierIssueMessage : priceIssueMessage)(t, format)
      ),
    }) as unknown as Resolver<V>,
    t
  )
  const { errors } = await resolver(values, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  })
  return Object.entries(errors).map(([field, error]) => [
    field,
    (error as { message: string }).message,
  ])
}

const stored = (
  body: ReturnType<typeof templateLadder>[number],
  i: number
): AdminTier => ({
  ...body,
  id: `tier_${i}`,
  customer_group_id: null,
  price_list_id: null,
  promotion_id: null,
  member_count: 0,
  revenue: 0,
  revenue_share: 0,
})

const NAMES = { member: "Member", silver: "Silver", gold: "Gold", vip: "VIP" }
const ladder = templateLadder(NAMES).map(stored)

describe("the tier edit form", () => {
  it("starts a new tier one rank above the top, measured like it", () => {
    const values = tierFormValues(null, ladder)
    expect(values).toMatchObject({
      rank: 4,
      basis: "spend",
      window: "rolling",
      window_days: 365,
      threshold: 2000,
    })
    expect(tierFormValues(null, [])).toMatchObject({ rank: 0, threshold: 0 })
    expect(tierFormValues(ladder[2], ladder)).toEqual({
      ...tierBodyOf(ladder[2]),
      description: "",
    })
  })

  it("checks the server's field rules in the admin's language", async () => {
    const values: TierFormValues = {
      ...tierFormValues(ladder[1], ladder),
      threshold: -5,
      handle: "Not OK",
      grace_days: 1.5,
      points_multiplier: NaN,
    }
    const others = ladder.filter((t) => t.id !== "tier_1").map(tierBodyOf)
    expect(await resolve(tierFormSchema(others), values, "en")).toEqual([
      ["handle", "Use lowercase letters, digits and dashes"],
      ["threshold", "Enter at least 0"],
      ["grace_days", "Enter a whole number"],
      ["points_multiplier", "Enter a number"],
    ])
    expect(await resolve(tierFormSchema(others), values, "zhCN")).toEqual([
      ["handle", "请使用小写字母、数字和连字符"],
      ["threshold", "最小为 0"],
      ["grace_days", "请输入整数"],
      ["points_multiplier", "请输入数字"],
    ])
  })

  it("checks the ladder against the other tiers, naming the tier in the way", async () => {
    const { error } = await inLanguage("en")
    const others = ladder.filter((t) => t.id !== "tier_2").map(tierBodyOf)
    const gold = tierFormValues(ladder[2], ladder)
    const schema = tierFormSchema(others)
    expect(
      issues(schema.safeParse({ ...gold, threshold: 100 }, { error }))
    ).toEqual([
      [
        "threshold",
        "Must be above Silver's threshold (250): a higher rank asks for more",
      ],
    ])
    expect(issues(schema.safeParse({ ...gold, rank: 3 }, { error }))).toEqual([
      ["rank", "VIP already has this rank"],
    ])
    expect(
      issues(schema.safeParse({ ...gold, handle: "vip" }, { error }))
    ).toEqual([["handle", "VIP already has this handle"]])
    expect(
      (await resolve(schema, { ...gold, window_days: null }, "en"))[0]
    ).toEqual(["window_days", "A rolling window needs its number of days"])
    expect(
      issues(schema.safeParse({ ...gold, threshold: 2500 }, { error }))
    ).toEqual([
      [
        "threshold",
        "Must be below VIP's threshold (2,000): a lower rank asks for less",
      ],
    ])
    expect(schema.safeParse(gold).success).toBe(true)
  })

  it("sends what applies: no window days off a rolling window, no minimum without free shipping", () => {
    expect(
      tierBody({
        ...tierFormValues(ladder[3], ladder),
        name: " VIP ",
        window: "lifetime",
        free_shipping: false,
        description: "  ",
      })
    ).toMatchObject({
      name: "VIP",
      window_days: null,
      free_shipping_min_subtotal: null,
      description: null,
    })
  })

  it("proposes the ladder with the drawer's tier in it, which the server's preview schema accepts", () => {
    const values = { ...tierFormValues(ladder[2], ladder), threshold: 900 }
    const proposed = proposedLadder(ladder, "tier_2", values)
    expect(proposed.map((t) => [t.handle, t.threshold])).toEqual([
      ["member", 0],
      ["silver", 250],
      ["gold", 900],
      ["vip", 2000],
    ])
    expect(AdminPreviewTiers.safeParse({ tiers: proposed }).success).toBe(true)
    const added = proposedLadder(ladder, null, {
      ...tierFormValues(null, ladder),
      name: "Black",
      handle: "black",
      threshold: 5000,
    })
    expect(added.map((t) => t.handle)).toEqual([
      "member",
      "silver",
      "gold",
      "vip",
      "black",
    ])
    expect(AdminPreviewTiers.safeParse({ tiers: added }).success).toBe(true)
  })

  it("maps a server 400 to its field", () => {
    expect(tierServerErrorField("threshold: must be above")).toBe("threshold")
    expect(tierServerErrorField("tier: the ladder needs a base tier")).toBe(
      null
    )
  })

  it("derives a handle from a name", () => {
    expect(handleOf("Gold Plus")).toBe("gold-plus")
    expect(handleOf("  Élite!! VIP ")).toBe("elite-vip")
  })
})

describe("the tier texts", () => {
  it("words qualification and benefits in English and Chinese", async () => {
    const en = await inLanguage("en")
    const [member, silver, gold, vip] = ladder
    expect(qualificationText(en.t, en.format, en.money, member)).toBe(
      "Every member"
    )
    expect(qualificationText(en.t, en.format, en.money, silver)).toBe(
      "€250.00 spent in 365 days"
    )
    expect(
      qualificationText(en.t, en.format, en.money, {
        ...gold,
        basis: "orders",
        threshold: 1,
        window: "lifetime",
      })
    ).toBe("1 paid order in total")
    expect(
      qualificationText(en.t, en.format, en.money, {
        ...gold,
        basis: "orders",
        threshold: 5,
        window: "calendar_year",
      })
    ).toBe("5 paid orders this calendar year")
    expect(benefitTexts(en.t, en.format, en.money, member)).toEqual([])
    expect(benefitTexts(en.t, en.format, en.money, gold)).toEqual([
      "1.5× points",
      "1% cash-back",
      "Free shipping over €100.00",
    ])
    expect(benefitTexts(en.t, en.format, en.money, vip)).toEqual([
      "2× points",
      "2% cash-back",
      "Free shipping",
      "500 birthday points",
    ])
    const zh = await inLanguage("zhCN")
    expect(qualificationText(zh.t, zh.format, zh.money, silver)).toBe(
      "365 天内消费 €250.00"
    )
    expect(benefitTexts(zh.t, zh.format, zh.money, gold)).toEqual([
      "1.5 倍积分",
      "1% 返现",
      "满 €100.00 免运费",
    ])
  })
})

describe("the template ladder", () => {
  it("is Member / Silver / Gold / VIP by spend over 365 days, strictly rising, in rank order", () => {
    const tiers = templateLadder(NAMES)
    expect(tiers.map((t) => [t.handle, t.rank])).toEqual([
      ["member", 0],
      ["silver", 1],
      ["gold", 2],
      ["vip", 3],
    ])
    expect(AdminPreviewTiers.safeParse({ tiers }).success).toBe(true)
    for (const tier of tiers) {
      expect([tier.basis, tier.window, tier.window_days]).toEqual([
        "spend",
        "rolling",
        365,
      ])
    }
  })
})

describe("the member's progress", () => {
  const progress = {
    basis: "spend" as const,
    current_value: 150,
    currency_code: "eur",
    next_tier: { id: "t", name: "Silver", threshold: 250 },
    remaining_to_next: 100,
    retain_by: null,
    remaining_to_retain: null,
    tier_since: null,
  }
  it("is the share of the way to the next tier, none at the top", () => {
    expect(progressRatio(progress)).toBeCloseTo(0.6)
    expect(progressRatio({ ...progress, remaining_to_next: 400 })).toBe(0)
    expect(
      progressRatio({ ...progress, next_tier: null, remaining_to_next: null })
    ).toBeNull()
    expect(progressRatio(null)).toBeNull()
  })
})

describe("the member-price forms", () => {
  it("use the server's price rules with the editor's words", async () => {
    expect(
      await resolve(
        fixedPriceSchema,
        { variant_id: "", currency_code: "euro", amount: 0 },
        "en",
        "price"
      )
    ).toEqual([
      ["variant_id", "Choose a variant from the search first"],
      ["currency_code", "Use a 3-letter currency code, e.g. EUR"],
      ["amount", "Enter more than 0"],
    ])
    expect(
      fixedPriceSchema.parse({
        variant_id: "variant_1",
        currency_code: "EUR",
        amount: 80,
      })
    ).toEqual({ variant_id: "variant_1", currency_code: "eur", amount: 80 })
    expect(
      await resolve(
        percentOffSchema,
        {
          percent: 120,
          currency_code: "eur",
          product_ids: [],
          category_ids: [],
        },
        "zhCN",
        "price"
      )
    ).toEqual([
      ["percent", "最大为 100"],
      ["product_ids", "请至少选择一个商品"],
    ])
  })
})
