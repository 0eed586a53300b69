export type FrequencyCaps = Record<
  string,
  { max: number; window_hours: number }
>

export type CapCandidate = { id: string; customer_id: string; channel: string }

export const capKey = (customerId: string, channel: string) =>
  `${customerId}:${channel}`

/**
 * Which candidates still fit their channel's cap, counting the ones admitted
 * before them in this batch. A channel without a cap is unlimited.
 */
export function admitWithinCaps(
  candidates: CapCandidate[],
  recent: Map<string, number>,
  caps: FrequencyCaps
) {
  const used = new Map(recent)
  const admitted: CapCandidate[] = []
  const capped: CapCandidate[] = []
  for (const candidate of candidates) {
    const cap = caps[candidate.channel]
    const key = capKey(candidate.customer_id, candidate.channel)
    const count = used.get(key) ?? 0
    if (cap && count >= cap.max) {
      capped.push(candidate)
      continue
    }
    used.set(key, count + 1)
    admitted.push(candidate)
  }
  return { admitted, capped }
}

/** The start of each channel's rolling window. */
export const windowStart = (now: Date, windowHours: number) =>
  new Date(now.getTime() - windowHours * 3_600_000)
