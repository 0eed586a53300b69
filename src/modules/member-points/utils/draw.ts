export type Lot = { id: string; remaining: number }
export type Draw = { lot_id: string; points: number }

/**
 * Takes up to `points` from lots in the given order (callers sort them FIFO by
 * expiry). Returns the draws and what could not be covered.
 */
export function drawLots(
  lots: Lot[],
  points: number
): { draws: Draw[]; taken: number; shortfall: number } {
  const draws: Draw[] = []
  let left = points
  for (const lot of lots) {
    if (left <= 0) break
    const take = Math.min(lot.remaining, left)
    if (take <= 0) continue
    draws.push({ lot_id: lot.id, points: take })
    left -= take
  }
  return { draws, taken: points - left, shortfall: left }
}
