import { BigNumber } from "@medusajs/framework/utils"

import { assertCurrencyCode, toFactRecord } from "../utils/fact-record"
import { memberListOrder, memberListWhere } from "../utils/member-list"
import { fact } from "./fixtures"

describe("toFactRecord", () => {
  it("writes money as exact decimal strings and dates as ISO", () => {
    const record = toFactRecord(
      fact("order_1", "cus_1", {
        total: new BigNumber("12345678901234.56"),
        paid_total: "19.90",
        refunded_total: 0.1,
        placed_at: "2024-02-29T10:00:00.000Z",
        paid_at: new Date("2024-03-01T00:00:00.000Z"),
      })
    )
    expect(record).toEqual(
      expect.objectContaining({
        total: "12345678901234.56",
        paid_total: "19.9",
        refunded_total: "0.1",
        placed_at: "2024-02-29T10:00:00.000Z",
        paid_at: "2024-03-01T00:00:00.000Z",
        canceled_at: null,
      })
    )
    expect(record.id).toMatch(/^mbrof_/)
  })

  it("rejects facts missing what identifies them", () => {
    expect(() =>
      toFactRecord({
        ...fact("order_1", "cus_1"),
        currency_code: "",
        placed_at: "",
      })
    ).toThrow(
      "Order fact for order: order_1 is missing currency_code, placed_at"
    )
    expect(
      toFactRecord({ ...fact("order_1", "cus_1"), customer_id: null })
    ).toEqual(
      expect.objectContaining({ order_id: "order_1", customer_id: null })
    )
    expect(() =>
      toFactRecord(fact("order_1", "cus_1", { paid_at: "yesterday" }))
    ).toThrow("is not a valid date")
  })
})

describe("assertCurrencyCode", () => {
  it("accepts ISO codes in any case only", () => {
    expect(() => assertCurrencyCode("EUR")).not.toThrow()
    expect(() => assertCurrencyCode("eu")).toThrow("3-letter ISO code")
    expect(() => assertCurrencyCode("eur'--")).toThrow("3-letter ISO code")
  })
})

describe("memberListWhere", () => {
  it("lists members only and escapes LIKE wildcards in free text", () => {
    expect(memberListWhere({ q: " 50%_off\\ " })).toEqual({
      where:
        "m.deleted_at IS NULL AND m.stage IS NOT NULL AND (m.email ILIKE ? OR m.first_name ILIKE ? OR m.last_name ILIKE ?)",
      bindings: Array(3).fill("%50\\%\\_off\\\\%"),
    })
  })

  it("binds tag, stage and consent filters, never splicing a value", () => {
    const { where, bindings } = memberListWhere({
      tag: "null'; --",
      sms_consent: false,
      stage: ["repeat", "first_time"],
    })
    expect(where).not.toContain("null'")
    expect(where).toContain("?::text = ANY(m.tags)")
    expect(bindings).toEqual(['["repeat","first_time"]', "null'; --", false])
  })
})

describe("memberListOrder", () => {
  it("whitelists columns and keeps nulls last with an id tie-break", () => {
    expect(memberListOrder({ last_order_at: "desc" })).toBe(
      "m.last_order_at DESC NULLS LAST, m.id ASC"
    )
    expect(() =>
      memberListOrder({ "email; drop": "ASC" } as unknown as {
        total_spent: "ASC"
      })
    ).toThrow("Members cannot be sorted by")
  })
})
