import { SingleBar } from "cli-progress"

export type Progress = {
  tick: () => void
  stop: () => void
}

const SILENT: Progress = { tick: () => {}, stop: () => {} }

/** A progress bar with rate and ETA on stderr (one line every 10 s when not a terminal). */
export const startProgress = (
  label: string,
  total: number,
  enabled: boolean
): Progress => {
  if (!enabled || total === 0) {
    return SILENT
  }
  const started = Date.now()
  const bar = new SingleBar({
    format: `${label} [{bar}] {value}/{total} | {rate}/s | elapsed {duration_formatted} | ETA {eta_formatted}`,
    stream: process.stderr,
    noTTYOutput: true,
    notTTYSchedule: 10000,
    etaBuffer: 100,
    hideCursor: true,
  })
  bar.start(total, 0, { rate: "0.0" })
  let done = 0
  return {
    tick: () => {
      done += 1
      const seconds = (Date.now() - started) / 1000
      bar.update(done, { rate: (done / Math.max(seconds, 0.001)).toFixed(1) })
    },
    stop: () => bar.stop(),
  }
}
