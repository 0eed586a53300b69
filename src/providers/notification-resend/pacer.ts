/**
 * Spaces requests of this process at most `perSecond` apart. It only shapes
 * throughput: the provider's 429 answers are retried either way, so several
 * processes sharing one account stay correct.
 */
export function createPacer(perSecond: number) {
  const interval = 1000 / perSecond
  let next = 0
  return async function pace() {
    const now = Date.now()
    const at = Math.max(now, next)
    next = at + interval
    if (at > now) {
      await new Promise((resolve) => setTimeout(resolve, at - now))
    }
  }
}
