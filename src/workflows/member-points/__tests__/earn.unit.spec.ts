import {
  addMonths,
  cashbackPoints,
  earnPoints,
  pointsValue,
  reversalPoints,
} from "../earn"

describe("points arithmetic", () => {
  it("rounds earned points down, without float noise", () => {
    expect(earnPoints(99.99, 1, 1)).toBe(99)
    expect(earnPoints(0.3, 10, 1)).toBe(3)
    expect(earnPoints(100, 1, 1.5)).toBe(150)
    expect(earnPoints(0, 1, 2)).toBe(0)
  })

  it("turns cash-back money into points at the point value", () => {
    expect(cashbackPoints(200, 0.05, 0.01)).toBe(1000)
    expect(cashbackPoints(200, 0, 0.01)).toBe(0)
    expect(cashbackPoints(200, 0.05, 0)).toBe(0)
  })

  it("reverses at the lot's rate, never more than is owed", () => {
    expect(reversalPoints(50, 1.5, 1000)).toBe(75)
    expect(reversalPoints(5000, 1, 120)).toBe(120)
  })

  it("values points in cents and adds calendar months", () => {
    expect(pointsValue(1234, 0.01)).toBe(12.34)
    expect(addMonths(new Date("2030-01-15T00:00:00Z"), 12).toISOString()).toBe(
      "2031-01-15T00:00:00.000Z"
    )
  })
})
