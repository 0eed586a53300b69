import { FIELD_CATALOGUE } from "../rules/catalogue"
import { describeMiss, describeRule } from "../rules/describe"
import { daysToBirthday, evaluateRule, nearestMiss } from "../rules/evaluate"
import { compileRule } from "../rules/compile"
import { ruleIssues, ruleSchema } from "../rules/validate"
import type { RuleNode } from "../rules/types"

const paths = (rule: unknown) => ruleIssues(rule).map((issue) => issue.path)

const nest = (depth: number): unknown =>
  depth === 1
    ? { field: "aov", op: "gt", value: 1 }
    : { all: [nest(depth - 1)] }

describe("segment rule validation", () => {
  it("accepts every operator on a field that allows it", () => {
    const rule = {
      all: [
        { field: "aov", op: "between", value: [60, 80] },
        { field: "last_order_at", op: "within_last_days", value: 90 },
        { field: "tags", op: "contains", value: "Students" },
        { field: "stage", op: "in", value: ["first_time", "repeat"] },
        { not: { field: "tier_rank", op: "is_set" } },
        {
          any: [
            {
              field: "purchases",
              op: "purchased",
              value: { category_ids: ["pcat_1"], within_days: 90 },
            },
            { field: "email_consent", op: "eq", value: true },
          ],
        },
      ],
    }
    expect(ruleIssues(rule)).toEqual([])
    const parsed = ruleSchema().parse(rule) as { all: RuleNode[] }
    expect(parsed.all[2]).toEqual({
      field: "tags",
      op: "contains",
      value: "students",
    })
  })

  it("names the path of an unknown field, operator, or a type mismatch", () => {
    expect(
      paths({
        all: [
          { field: "aov", op: "gt", value: 1 },
          { field: "nope", op: "eq", value: 1 },
        ],
      })
    ).toEqual(["rule.all[1].field"])
    expect(paths({ any: [{ field: "aov", op: "like", value: 1 }] })).toEqual([
      "rule.any[0].op",
    ])
    expect(paths({ field: "tags", op: "gt", value: 1 })).toEqual(["rule.op"])
    expect(
      paths({
        all: [
          { field: "aov", op: "gt", value: 1 },
          { field: "a", op: "eq" },
          { field: "x", op: "eq" },
          { field: "aov", op: "gte", value: "60" },
        ],
      })
    ).toEqual(["rule.all[1].field", "rule.all[2].field", "rule.all[3].value"])
    expect(paths({ field: "aov", op: "between", value: [80, 60] })).toEqual([
      "rule.value",
    ])
    expect(paths({ field: "order_count", op: "eq", value: 1.5 })).toEqual([
      "rule.value",
    ])
    expect(paths({ field: "stage", op: "eq", value: "vip" })).toEqual([
      "rule.value",
    ])
    expect(paths({ field: "cancel_rate", op: "gte", value: 2 })).toEqual([
      "rule.value",
    ])
    expect(
      paths({ field: "purchases", op: "purchased", value: { sku: ["x"] } })
    ).toEqual(["rule.value.sku"])
    expect(
      paths({
        field: "purchases",
        op: "purchased",
        value: { category_ids: [] },
      })
    ).toEqual(["rule.value.category_ids"])
    expect(paths({ field: "aov", op: "is_set", value: 3 })).toEqual(["rule.op"])
    expect(paths({ all: [] })).toEqual(["rule.all"])
    expect(paths("x")).toEqual(["rule"])
  })

  it("limits depth to 5 and size to 50 conditions", () => {
    expect(ruleIssues(nest(5))).toEqual([])
    expect(paths(nest(6))).toEqual(["rule.all[0].all[0].all[0].all[0].all[0]"])
    const many = (n: number) => ({
      any: Array.from({ length: n }, () => ({
        field: "aov",
        op: "gt",
        value: 1,
      })),
    })
    expect(ruleIssues(many(50))).toEqual([])
    expect(paths(many(51))).toEqual(["rule"])
  })

  it("reports zod issues whose message carries the path", () => {
    const result = ruleSchema().safeParse({
      all: [{ field: "aov", op: "gt", value: "1; DROP TABLE x" }],
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0].message).toMatch(
      /^rule\.all\[0\]\.value: expected a number/
    )
  })

  it("labels every field in English and Chinese", () => {
    for (const field of Object.values(FIELD_CATALOGUE)) {
      expect(field.label.en).toBeTruthy()
      expect(field.label.zh).toBeTruthy()
      expect(field.operators.length).toBeGreaterThan(0)
    }
  })
})

describe("segment rule engine (pure)", () => {
  const now = new Date("2026-06-15T12:00:00Z")
  const member = {
    values: {
      aov: 58,
      last_order_at: new Date("2026-06-01T00:00:00Z"),
      tier_rank: null,
    },
    lines: [],
  }

  it("treats unset values per the documented NULL semantics", () => {
    const run = (rule: RuleNode) => evaluateRule(rule, member, now).pass
    expect(run({ field: "tier_rank", op: "neq", value: 2 })).toBe(true)
    expect(run({ field: "tier_rank", op: "nin", value: [2] })).toBe(true)
    expect(run({ field: "tier_rank", op: "lt", value: 2 })).toBe(false)
    expect(run({ not: { field: "tier_rank", op: "gte", value: 2 } })).toBe(true)
    expect(run({ field: "tier_rank", op: "is_not_set" })).toBe(true)
  })

  it("explains the nearest miss in both languages", () => {
    const rule: RuleNode = {
      all: [
        { field: "aov", op: "gte", value: 60 },
        { field: "last_order_at", op: "within_last_days", value: 30 },
        { field: "order_count", op: "gte", value: 10 },
      ],
    }
    const result = evaluateRule(
      rule,
      { ...member, values: { ...member.values, order_count: 1 } },
      now
    )
    expect(result.pass).toBe(false)
    const miss = nearestMiss(result)
    expect(miss?.path).toBe("rule.all[0]")
    expect(describeMiss(miss!, { language: "en", currency: "eur" })).toBe(
      "Average order €58.00, needs ≥ €60.00"
    )
    expect(describeMiss(miss!, { language: "zh", currency: "eur" })).toContain(
      "需要 ≥"
    )
  })

  it("describes a rule in one line", () => {
    const rule: RuleNode = {
      all: [
        { field: "aov", op: "between", value: [60, 80] },
        { field: "last_order_at", op: "within_last_days", value: 90 },
      ],
    }
    expect(describeRule(rule, { language: "en", currency: "eur" })).toBe(
      "Average order €60.00-€80.00 and Last order within the last 90 days"
    )
    expect(describeRule(rule, { language: "zh", currency: "eur" })).toContain(
      "且"
    )
  })

  it("binds every value and never writes one into the SQL text", () => {
    const payload = "x' OR 1=1; DROP TABLE mbr_customer_metrics; -- ?| ?& ?"
    const { sql, bindings } = compileRule(
      {
        any: [
          { field: "country_code", op: "eq", value: payload },
          { field: "tags", op: "contains", value: payload },
        ],
      },
      now
    )
    expect(sql).not.toContain("DROP")
    expect(sql.split("?").length - 1).toBe(bindings.length)
    expect(bindings).toEqual([payload, payload])
  })

  it("counts days to the next birthday (29 February on 28 February)", () => {
    expect(daysToBirthday(now, 6, 15)).toBe(0)
    expect(daysToBirthday(now, 6, 14)).toBe(364)
    expect(daysToBirthday(new Date("2027-02-27T00:00:00Z"), 2, 29)).toBe(1)
    expect(daysToBirthday(now, null, 1)).toBeNull()
  })
})
