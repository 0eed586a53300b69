import { performance } from "perf_hooks"

export const timed = async (work: () => Promise<unknown>) => {
  const started = performance.now()
  await work()
  return performance.now() - started
}

export const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(
    sorted.length - 1,
    Math.ceil((p / 100) * sorted.length) - 1
  )
  return sorted[Math.max(0, rank)]
}

export const ms = (value: number) =>
  value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(2)} ms`

type Row = [string, string, string, string]

export const printTable = (
  rows: Row[],
  header: Row = ["measure", "module", "plain-SQL baseline", "goal"]
) => {
  const all = [header, ...rows]
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)))
  const line = (row: string[]) =>
    row.map((cell, i) => cell.padEnd(widths[i])).join(" | ")
  console.log(line(header))
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"))
  rows.forEach((row) => console.log(line(row)))
}
