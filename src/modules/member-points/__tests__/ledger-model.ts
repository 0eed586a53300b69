import { drawLots } from "../utils/draw"

/** An in-memory twin of the ledger rules, for the property test. */
export type ModelLot = {
  key: string
  order: string | null
  points: number
  remaining: number
  available: boolean
  expires_at: number | null
  seq: number
}

export class LedgerModel {
  lots: ModelLot[] = []
  private seq = 0

  credit(lot: Omit<ModelLot, "remaining" | "seq">) {
    this.lots.push({ ...lot, remaining: lot.points, seq: this.seq++ })
  }

  private drawable(now: number, order: string | null) {
    const own = (l: ModelLot) => order !== null && l.order === order
    return this.lots
      .filter(
        (l) =>
          l.remaining > 0 &&
          (l.expires_at === null || l.expires_at > now) &&
          (l.available || own(l))
      )
      .sort(
        (a, b) =>
          Number(own(b)) - Number(own(a)) ||
          (a.expires_at ?? Infinity) - (b.expires_at ?? Infinity) ||
          a.seq - b.seq
      )
  }

  /** Returns the draws, or null when it cannot be covered and clamp is off. */
  debit(points: number, now: number, clamp: boolean, order: string | null) {
    const lots = this.drawable(now, order)
    const result = drawLots(
      lots.map((l) => ({ id: l.key, remaining: l.remaining })),
      points
    )
    if (result.shortfall > 0 && !clamp) return null
    for (const d of result.draws) {
      this.lots.find((l) => l.key === d.lot_id)!.remaining -= d.points
    }
    return result.draws
  }

  restore(draws: { lot_id: string; points: number }[]) {
    for (const d of draws) {
      this.lots.find((l) => l.key === d.lot_id)!.remaining += d.points
    }
  }

  activate(order: string) {
    for (const l of this.lots) if (l.order === order) l.available = true
  }

  expire(now: number) {
    for (const l of this.lots) {
      if (l.expires_at !== null && l.expires_at <= now) l.remaining = 0
    }
  }

  balances(now: number) {
    let available = 0
    let pending = 0
    for (const l of this.lots) {
      if (!l.available) pending += l.remaining
      else if (l.expires_at === null || l.expires_at > now)
        available += l.remaining
    }
    return { available, pending }
  }
}
