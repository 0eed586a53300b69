import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import fc from "fast-check"

import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import { FIELD_CATALOGUE, type FieldDefinition } from "../rules/catalogue"
import { evaluateRule } from "../rules/evaluate"
import { RFM_GROUPS } from "../rules/rfm"
import type { RuleNode } from "../rules/types"
import { ruleIssues } from "../rules/validate"
import { MEMBER_STAGES, type MemberStage } from "../types"
import type MemberSegmentModuleService from "../service"
import { fact } from "./fixtures"

jest.setTimeout(300_000)

const DAY = 86_400_000
const NOW = new Date()
const ago = (days: number) => new Date(NOW.getTime() - days * DAY)

const MONEY = [0, 30, 57.99, 58, 60, 80, 80.5, 120]
const RATIOS = [0, 0.1, 0.25, 0.3333, 0.5, 1]
const AGES = [0.5, 5, 29.5, 30, 31, 90, 400]
const DAYS = [0, 1, 5, 30, 90, 365]
const TAGS = ["students", "vip", "b2b"]
const TEXT: Record<string, (string | null)[]> = {
  country_code: [null, "de", "fr"],
  tier_id: [null, "tier_a", "tier_b"],
  stage: [null, ...MEMBER_STAGES],
  rfm_group: [null, ...RFM_GROUPS.slice(0, 3)],
}
const PRODUCTS = ["p1", "p2", "p3"]
const CATEGORIES = ["c1", "c2", "c3"]

const intRange = (field: FieldDefinition) => {
  const min = field.min ?? 0
  const max = Math.min(field.max ?? 6, min + 6)
  return fc.integer({ min, max })
}

const scalar = (field: FieldDefinition): fc.Arbitrary<unknown> => {
  switch (field.type) {
    case "money":
      return fc.constantFrom(...MONEY)
    case "ratio":
      return fc.constantFrom(...RATIOS)
    case "integer":
      return intRange(field)
    case "boolean":
      return fc.boolean()
    case "tags":
      return fc.constantFrom(...TAGS)
    default:
      return fc.constantFrom(
        ...(TEXT[field.key] ?? ["x"]).filter((v) => v !== null)
      )
  }
}

const purchased = fc.record(
  {
    product_ids: fc.subarray(PRODUCTS, { minLength: 1 }),
    category_ids: fc.subarray(CATEGORIES, { minLength: 1 }),
    within_days: fc.constantFrom(...DAYS),
    min_orders: fc.integer({ min: 1, max: 3 }),
  },
  { requiredKeys: [] }
)

const conditionFor = (field: FieldDefinition): fc.Arbitrary<RuleNode> =>
  fc.constantFrom(...field.operators).chain((op): fc.Arbitrary<RuleNode> => {
    const cond = (value: fc.Arbitrary<unknown>) =>
      value.map((v) => ({ field: field.key, op, value: v }) as RuleNode)
    switch (op) {
      case "purchased":
        return cond(purchased)
      case "is_set":
      case "is_not_set":
        return fc.constant({ field: field.key, op })
      case "within_last_days":
      case "before_days_ago":
        return cond(fc.constantFrom(...DAYS))
      case "between":
        return cond(
          fc
            .tuple(scalar(field), scalar(field))
            .map(([a, b]) => ((a as number) <= (b as number) ? [a, b] : [b, a]))
        )
      case "in":
      case "nin":
        return cond(
          fc.uniqueArray(scalar(field), { minLength: 1, maxLength: 3 })
        )
      default:
        return cond(scalar(field))
    }
  })

const FIELDS = Object.values(FIELD_CATALOGUE)
const condition = fc.constantFrom(...FIELDS).chain(conditionFor)

const rule: fc.Arbitrary<RuleNode> = fc.letrec<{ node: RuleNode }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 3, depthIdentifier: "rule" },
    condition,
    fc
      .array(tie("node"), { minLength: 1, maxLength: 3 })
      .map((all) => ({ all })),
    fc
      .array(tie("node"), { minLength: 1, maxLength: 3 })
      .map((any) => ({ any })),
    tie("node").map((not) => ({ not }))
  ),
})).node

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { freq: 4 })

const member = fc.record({
  order_count: fc.integer({ min: 0, max: 6 }),
  paid_order_count: fc.integer({ min: 0, max: 6 }),
  total_spent: fc.constantFrom(...MONEY),
  aov: fc.constantFrom(...MONEY),
  aov_90d: fc.constantFrom(...MONEY),
  aov_365d: fc.constantFrom(...MONEY),
  max_order: fc.constantFrom(...MONEY),
  first_order_at: maybe(fc.constantFrom(...AGES)),
  last_order_at: maybe(fc.constantFrom(...AGES)),
  unpaid_order_count: fc.integer({ min: 0, max: 3 }),
  oldest_unpaid_at: maybe(fc.constantFrom(...AGES)),
  cancel_count: fc.integer({ min: 0, max: 3 }),
  cancel_rate: fc.constantFrom(...RATIOS),
  refund_total: fc.constantFrom(...MONEY),
  refund_rate: fc.constantFrom(...RATIOS),
  return_count: fc.integer({ min: 0, max: 3 }),
  country_code: fc.constantFrom(...TEXT.country_code),
  stage: fc.constantFrom(...TEXT.stage),
  signup_at: maybe(fc.constantFrom(...AGES)),
  tags: fc.subarray(TAGS),
  email_consent: fc.boolean(),
  sms_consent: fc.boolean(),
  birthday: maybe(
    fc.record({
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.constantFrom(1, 15, 28, 29),
    })
  ),
  tier_id: fc.constantFrom(...TEXT.tier_id),
  tier_rank: maybe(fc.integer({ min: 0, max: 4 })),
  points_available: fc.integer({ min: 0, max: 6 }),
  points_pending: fc.integer({ min: 0, max: 6 }),
  rfm_recency: maybe(fc.integer({ min: 1, max: 5 })),
  rfm_frequency: maybe(fc.integer({ min: 1, max: 5 })),
  rfm_monetary: maybe(fc.integer({ min: 1, max: 5 })),
  rfm_group: fc.constantFrom(...TEXT.rfm_group),
  spend_percentile: maybe(fc.integer({ min: 0, max: 99 })),
  lines: fc.array(
    fc.record({
      order: fc.integer({ min: 0, max: 3 }),
      product: fc.constantFrom(...PRODUCTS),
      categories: fc.subarray(CATEGORIES),
      age: fc.constantFrom(...AGES),
      canceled: fc.boolean(),
    }),
    { maxLength: 5 }
  ),
})

type MemberInput = typeof member extends fc.Arbitrary<infer T> ? T : never

const toDate = (days: number | null) => (days === null ? null : ago(days))

moduleIntegrationTestRunner<MemberSegmentModuleService>({
  moduleName: MEMBER_SEGMENT_MODULE,
  resolve: "./src/modules/member-segment",
  testSuite: ({ service }) => {
    let runs = 0
    const seed = async (members: MemberInput[]) => {
      const run = `r${runs++}`
      const ids = members.map((_, i) => `${run}_cus_${i}`)
      await service.createCustomerMetrics(
        members.map(({ lines: _lines, birthday, ...m }, i) => ({
          ...m,
          customer_id: ids[i],
          stage: m.stage as MemberStage | null,
          first_order_at: toDate(m.first_order_at),
          last_order_at: toDate(m.last_order_at),
          oldest_unpaid_at: toDate(m.oldest_unpaid_at),
          signup_at: toDate(m.signup_at),
          birthday_month: birthday?.month ?? null,
          birthday_day:
            birthday?.month === 2 || birthday?.day !== 29
              ? (birthday?.day ?? null)
              : 28,
        }))
      )
      // through the write path of real orders, so purchase keys follow the lines;
      // an order takes its date and cancellation from its first generated line
      const orders = members.flatMap((m, i) =>
        [...new Set(m.lines.map((line) => line.order))].map((order) => {
          const lines = m.lines.filter((line) => line.order === order)
          const [{ age, canceled }] = lines
          return fact(`${ids[i]}_o${order}`, ids[i], {
            placed_at: ago(age),
            canceled_at: canceled ? ago(age - 0.1) : null,
            lines: lines.map((line, j) => ({
              line_item_id: `${ids[i]}_o${order}_l${j}`,
              product_id: line.product,
              variant_id: null,
              category_ids: line.categories,
              collection_id: null,
              quantity: 1,
              net_amount: 10,
            })),
          })
        })
      )
      if (orders.length) await service.upsertOrderFacts(orders)
      return ids
    }

    it("compiled SQL and the evaluator agree on random rules and members", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(member, { minLength: 1, maxLength: 6 }),
          fc.array(rule, { minLength: 1, maxLength: 4 }),
          async (members, rules) => {
            const ids = await seed(members)
            const records = await service.loadMemberRecords(ids, NOW)
            for (const candidate of rules) {
              expect(ruleIssues(candidate)).toEqual([])
              const sql = new Set(
                await service.matchRule(candidate, {
                  now: NOW,
                  customer_ids: ids,
                })
              )
              for (const id of ids) {
                const record = records.get(id)!
                const ts = evaluateRule(candidate, record, NOW).pass
                if (ts !== sql.has(id)) {
                  throw new Error(
                    `disagree on ${id}: ts=${ts} sql=${sql.has(id)}\n${JSON.stringify(candidate)}\n${JSON.stringify(record)}`
                  )
                }
              }
            }
          }
        ),
        { numRuns: 500 }
      )
    })

    it("keeps SQL-looking values and jsonb operator characters inert", async () => {
      const ids = await seed([])
      expect(ids).toEqual([])
      await service.createCustomerMetrics([
        { customer_id: "inert_1", country_code: "de", tags: ["students"] },
      ])
      const payloads = [
        "' OR '1'='1",
        "'; DROP TABLE mbr_customer_metrics; --",
        "?",
        "?|",
        "?&",
        "@>",
        "de' --",
        "\\' OR 1=1",
        "$1",
      ]
      for (const payload of payloads) {
        for (const candidate of [
          { field: "country_code", op: "eq", value: payload },
          { field: "tags", op: "contains", value: payload },
          { field: "tier_id", op: "in", value: [payload] },
          {
            field: "purchases",
            op: "purchased",
            value: { category_ids: [payload], product_ids: [payload] },
          },
        ] as RuleNode[]) {
          expect(await service.matchRule(candidate, { now: NOW })).toEqual([])
        }
        const neq = await service.matchRule(
          { field: "country_code", op: "neq", value: payload },
          { now: NOW }
        )
        expect(neq).toContain("inert_1")
      }
      expect(
        await service.listCustomerMetrics({ customer_id: "inert_1" })
      ).toHaveLength(1)
    })
  },
})
