export const HOUR = 60 * 60 * 1000
export const DAY = 24 * HOUR

/** The planning clock: midnight UTC of the anchor date; every planned date is earlier. */
export const anchorTime = (anchor: string) =>
  Date.parse(`${anchor}T00:00:00.000Z`)

export const todayAnchor = (now = new Date()) => now.toISOString().slice(0, 10)

export const toIso = (time: number) => new Date(time).toISOString()

export const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate()
