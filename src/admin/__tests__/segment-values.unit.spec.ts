import { FIELD_CATALOGUE } from "../../modules/member-segment/rules/catalogue"
import { ruleIssues } from "../../modules/member-segment/rules/validate"
import { currencySymbol } from "../lib/format"
import {
  defaultValue,
  editorKind,
  onPicked,
  patchPurchase,
  PICKED_KINDS,
} from "../lib/segment-values"

const pairs = Object.values(FIELD_CATALOGUE).flatMap((field) =>
  field.operators.map((op) => [field.key, op] as const)
)

describe("the builder's value editors", () => {
  it.each(pairs)(
    "start %s %s on a value the rule engine accepts, unless the admin must pick one",
    (key, op) => {
      const field = FIELD_CATALOGUE[key]
      const kind = editorKind(field, op)
      const value = defaultValue(field, op)
      const condition =
        value === undefined ? { field: key, op } : { field: key, op, value }
      const issues = ruleIssues(condition)
      if (PICKED_KINDS.includes(kind)) {
        expect(issues.map((issue) => issue.path)).toEqual(["rule.value"])
      } else {
        expect(issues).toEqual([])
      }
    }
  )

  it("gives each field type its editor", () => {
    const kind = (key: string, op: string) =>
      editorKind(FIELD_CATALOGUE[key], op)
    expect(kind("total_spent", "gte")).toBe("number")
    expect(kind("total_spent", "between")).toBe("range")
    expect(kind("last_order_at", "within_last_days")).toBe("days")
    expect(kind("signup_at", "before_days_ago")).toBe("days")
    expect(kind("tags", "contains")).toBe("value")
    expect(kind("country_code", "in")).toBe("valueList")
    expect(kind("stage", "nin")).toBe("enumList")
    expect(kind("stage", "eq")).toBe("enum")
    expect(kind("purchases", "purchased")).toBe("purchase")
    expect(kind("tags", "is_set")).toBe("none")
  })

  it("keeps between inside a field's bounds", () => {
    expect(defaultValue(FIELD_CATALOGUE.cancel_rate, "between")).toEqual([0, 1])
    expect(defaultValue(FIELD_CATALOGUE.rfm_recency, "between")).toEqual([1, 5])
  })

  it("drops emptied purchase parameters and keeps the rest", () => {
    const start = { category_ids: ["pcat_1"], within_days: 90 }
    expect(patchPurchase(start, { category_ids: [] })).toEqual({
      within_days: 90,
    })
    expect(
      patchPurchase(start, { product_ids: ["prod_1"], within_days: undefined })
    ).toEqual({ category_ids: ["pcat_1"], product_ids: ["prod_1"] })
    expect(patchPurchase(start, { min_orders: Number.NaN })).toEqual(start)
  })
})

describe("onPicked", () => {
  it("passes a choice on and ignores the empty value Radix Select reports when its options change", () => {
    const seen: string[] = []
    const handler = onPicked((value) => seen.push(value))
    handler("")
    handler("contains")
    expect(seen).toEqual(["contains"])
  })
})

describe("currencySymbol", () => {
  it("shows the narrow symbol in the dashboard's locale", () => {
    expect(currencySymbol("en", "eur")).toBe("€")
    expect(currencySymbol("zh-CN", "eur")).toBe("€")
    expect(currencySymbol("en", "usd")).toBe("$")
    expect(currencySymbol("zh-CN", "cny")).toBe("¥")
  })
})
