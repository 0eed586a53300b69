import fc from "fast-check"
import { stageForOrderCount, stageRank } from "../utils/stage"

describe("stageForOrderCount", () => {
  it.each([
    [0, "registered"],
    [1, "first_time"],
    [2, "repeat"],
    [250, "repeat"],
  ])("maps %i orders to %s", (count, stage) => {
    expect(stageForOrderCount(count)).toBe(stage)
  })

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    "rejects %p",
    (count) => {
      expect(() => stageForOrderCount(count)).toThrow(/order_count/)
    }
  )

  it("never moves down as the order count grows", () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a]
        return (
          stageRank(stageForOrderCount(low)) <=
          stageRank(stageForOrderCount(high))
        )
      })
    )
  })
})
