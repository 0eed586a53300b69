import { programCost } from "../lib/points-cost"

describe("program cost guardrail", () => {
  it("costs earn rate × point value × redemption rate of revenue", () => {
    const cost = programCost({
      earn_rate: 1,
      point_value: 0.01,
      aov: 80,
      redemption_rate: 0.5,
    })
    expect(cost).toMatchObject({
      points_per_order: 80,
      returned_per_order: 0.4,
      warning: false,
    })
    expect(cost.share).toBeCloseTo(0.005)
  })

  it("warns above 5% and assumes a redemption rate without history", () => {
    const cost = programCost({
      earn_rate: 10,
      point_value: 0.01,
      aov: 50,
      redemption_rate: null,
    })
    expect(cost.assumed).toBe(true)
    expect(cost.share).toBeCloseTo(0.07)
    expect(cost.warning).toBe(true)
  })
})
