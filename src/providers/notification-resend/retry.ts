export type SendAttempt<T> =
  | { ok: true; value: T }
  | { ok: false; status: number | null; message: string; retryAfterMs?: number }

/** 429, 5xx and network failures (no status) are worth another try; 4xx are not. */
export const isRetryable = (status: number | null) =>
  status === null || status === 429 || status >= 500

/** Exponential backoff with full jitter, at least the server's Retry-After. */
export const backoffMs = (
  attempt: number,
  baseMs: number,
  retryAfterMs = 0,
  random = Math.random
) =>
  Math.max(
    retryAfterMs,
    Math.round(baseMs * 2 ** attempt * (0.5 + random() / 2))
  )

/** Runs `send` until it succeeds, fails for good, or the retries are used up. */
export async function withRetries<T>(
  send: () => Promise<SendAttempt<T>>,
  { retries, baseMs }: { retries: number; baseMs: number }
): Promise<SendAttempt<T>> {
  let result = await send()
  for (let attempt = 0; attempt < retries; attempt++) {
    if (result.ok || !isRetryable(result.status)) return result
    const wait = backoffMs(attempt, baseMs, result.retryAfterMs)
    await new Promise((resolve) => setTimeout(resolve, wait))
    result = await send()
  }
  return result
}
