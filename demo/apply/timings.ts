/** Wall time spent per seeding step, to tune the mix of paths and the parallelism. */
export type Timings = {
  measure: <T>(label: string, work: () => Promise<T>) => Promise<T>
  report: () => string
}

export const createTimings = (): Timings => {
  const totals = new Map<string, { count: number; ms: number }>()
  return {
    measure: async (label, work) => {
      const started = performance.now()
      try {
        return await work()
      } finally {
        const total = totals.get(label) ?? { count: 0, ms: 0 }
        total.count += 1
        total.ms += performance.now() - started
        totals.set(label, total)
      }
    },
    report: () =>
      [...totals]
        .map(
          ([label, { count, ms }]) =>
            `${label} ${count}x ${Math.round(ms / count)} ms`
        )
        .join(", "),
  }
}
