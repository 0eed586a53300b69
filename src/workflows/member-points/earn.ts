/** Rounds down, forgiving binary float noise (0.1 * 3 * 10 is 3, not 2). */
const floorPoints = (value: number) => Math.max(0, Math.floor(value + 1e-9))

/** Points an earn base gives: base × rate × tier multiplier, rounded down. */
export const earnPoints = (base: number, rate: number, multiplier: number) =>
  floorPoints(base * rate * multiplier)

/** Cash-back as points: the money (base × rate) at the program's point value. */
export const cashbackPoints = (
  base: number,
  cashbackRate: number,
  pointValue: number
) => (pointValue > 0 ? floorPoints((base * cashbackRate) / pointValue) : 0)

/** What a refund takes back of a lot: the refunded money at the lot's rate, at most what is owed. */
export const reversalPoints = (amount: number, lotRate: number, owed: number) =>
  Math.min(owed, floorPoints(amount * lotRate))

/** Money `points` are worth, in the currency's minor precision (2 decimals). */
export const pointsValue = (points: number, pointValue: number) =>
  Math.round(points * pointValue * 100) / 100

export const addMonths = (date: Date, months: number) => {
  const d = new Date(date)
  d.setUTCMonth(d.getUTCMonth() + months)
  return d
}
