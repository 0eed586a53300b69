import { daysAgo, fact, paid } from "./fixtures"
import { modelMetrics } from "./metrics-model"

describe("the metrics model", () => {
  it("computes each metric the plain way for a hand-checked history", () => {
    const facts = [
      paid("o1", "cus_1", 100, 400, { country_code: "de" }),
      paid("o2", "cus_1", 60, 30, {
        refunded_total: 20,
        returned_item_count: 1,
      }),
      fact("o3", "cus_1", {
        total: 40,
        placed_at: daysAgo(5),
        country_code: "fr",
      }),
      paid("o4", "cus_1", 50, 2, {
        canceled_at: daysAgo(1),
        refunded_total: 50,
      }),
      paid("o5", "cus_1", 999, 3, { currency_code: "usd" }),
      paid("o6", null as unknown as string, 70, 3),
    ]
    const metrics = modelMetrics(facts, "eur").get("cus_1")
    expect(metrics).toMatchObject({
      order_count: 4,
      paid_order_count: 3,
      total_spent: 140,
      aov: 70,
      aov_90d: 40,
      aov_365d: 40,
      max_order: 100,
      unpaid_order_count: 1,
      cancel_count: 1,
      cancel_rate: 0.2,
      refund_total: 70,
      refund_rate: 0.3333,
      return_count: 1,
      country_code: "fr",
    })
    expect(modelMetrics(facts, "eur").size).toBe(1)
  })
})
