import autocannon from "autocannon"

import { percentile } from "./stats"

export type LoadOptions = { connections: number; seconds: number }

export type LoadResult = {
  /** Every response time, ms. */
  samples: number[]
  requests: number
  seconds: number
}

/**
 * Drives GET `url` with autocannon for `seconds` over `connections` and
 * collects every response time, so p95 is exact (autocannon's own summary
 * has no p95). Rejects when any answer is not a 2xx or the socket failed.
 */
export const load = async (
  url: string,
  headers: Record<string, string>,
  { connections, seconds }: LoadOptions
): Promise<LoadResult> => {
  const samples: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, headers, connections, duration: seconds },
      (error, result) => (error ? reject(error) : resolve(result))
    )
    instance.on("response", (_client, _status, _bytes, time) =>
      samples.push(time)
    )
  })
  if (result.non2xx || result.errors || result.timeouts) {
    throw new Error(
      `${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`
    )
  }
  return { samples, requests: result.requests.total, seconds }
}

/** Slices of the same load merged: p50, p95 and requests per second. */
export const summarise = (slices: LoadResult[]) => {
  const samples = slices.flatMap((s) => s.samples)
  const requests = slices.reduce((sum, s) => sum + s.requests, 0)
  const seconds = slices.reduce((sum, s) => sum + s.seconds, 0)
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    perSecond: requests / seconds,
  }
}
