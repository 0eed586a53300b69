import { BigNumber } from "@medusajs/framework/utils"

import { assertCurrencyCode, toFactRecord } from "../utils/fact-record"
import { toMetricsFilters, toMetricsOrder } from "../utils/member-filters"
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

describe("toMetricsFilters", () => {
  it("escapes LIKE wildcards in free text", () => {
    expect(toMetricsFilters({ q: " 50%_off\\ " })).toEqual({
      $or: [
        { email: { $ilike: "%50\\%\\_off\\\\%" } },
        { first_name: { $ilike: "%50\\%\\_off\\\\%" } },
        { last_name: { $ilike: "%50\\%\\_off\\\\%" } },
      ],
    })
  })

  it("maps tag and consent filters", () => {
    expect(
      toMetricsFilters({ tag: "vip", sms_consent: false, stage: "repeat" })
    ).toEqual({
      tags: { $contains: ["vip"] },
      sms_consent: false,
      stage: "repeat",
    })
  })
})

describe("toMetricsOrder", () => {
  it("whitelists columns and keeps nulls last with an id tie-break", () => {
    expect(toMetricsOrder({ last_order_at: "desc" })).toEqual({
      last_order_at: "DESC NULLS LAST",
      id: "ASC",
    })
    expect(() =>
      toMetricsOrder({ "email; drop": "ASC" } as unknown as {
        total_spent: "ASC"
      })
    ).toThrow("Members cannot be sorted by")
  })
})
