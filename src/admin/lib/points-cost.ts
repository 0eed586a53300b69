/** Above this share of revenue the program page warns. */
export const COST_WARNING_SHARE = 0.05
/** Redemption rate assumed while the ledger has too little history. */
export const ASSUMED_REDEMPTION_RATE = 0.7

export type CostInput = {
  earn_rate: number
  point_value: number
  aov: number
  /** share of issued points redeemed; null: not known yet (no redemption yet counts as not known) */
  redemption_rate: number | null
}

/**
 * What the program costs: the points an average order earns, the money they
 * return once redeemed at the store's redemption rate, and that as a share of
 * revenue (the sources' "set the rate against your AOV" guardrail).
 */
export function programCost(input: CostInput) {
  // nothing redeemed yet is no evidence points will never be: assume the usual rate
  const known = !!input.redemption_rate
  const rate = known ? input.redemption_rate! : ASSUMED_REDEMPTION_RATE
  const perOrder = Math.floor(input.aov * input.earn_rate)
  const returned = perOrder * input.point_value * rate
  const share = input.earn_rate * input.point_value * rate
  return {
    redemption_rate: rate,
    assumed: !known,
    points_per_order: perOrder,
    returned_per_order: Math.round(returned * 100) / 100,
    share,
    warning: share > COST_WARNING_SHARE,
  }
}
