import { DateTime } from "luxon"

export type QuietHours = { start: string; end: string }

const minutes = (clock: string) => {
  const [hours, mins] = clock.split(":").map(Number)
  return hours * 60 + mins
}

/**
 * When the quiet hours around `now` end in the store's time zone, or null when
 * `now` is outside them. A window may run over midnight (21:00-08:00).
 */
export function quietHoursEnd(
  now: Date,
  timeZone: string,
  quiet: QuietHours | null
): Date | null {
  if (!quiet || quiet.start === quiet.end) return null
  const local = DateTime.fromJSDate(now, { zone: timeZone })
  const at = local.hour * 60 + local.minute
  const start = minutes(quiet.start)
  const end = minutes(quiet.end)
  const overnight = start > end
  const inside = overnight ? at >= start || at < end : at >= start && at < end
  if (!inside) return null
  // wall-clock time, so a day with a DST change still ends at the configured hour
  const day = overnight && at >= start ? local.plus({ days: 1 }) : local
  const ends = day.set({
    hour: Math.floor(end / 60),
    minute: end % 60,
    second: 0,
    millisecond: 0,
  })
  const endsAt = ends.toJSDate()
  // A clock change can swallow the open hours (quiet 03:00-02:00 on the night
  // the clocks skip from 02:00 to 03:00): then they end the night after.
  return quietHoursEnd(endsAt, timeZone, quiet) ?? endsAt
}

/** The store's calendar date at `now` (for birthdays and holidays). */
export function localDate(now: Date, timeZone: string) {
  const local = DateTime.fromJSDate(now, { zone: timeZone })
  return { year: local.year, month: local.month, day: local.day }
}
