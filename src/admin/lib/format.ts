const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 60 * 60],
  ["month", 30 * 24 * 60 * 60],
  ["week", 7 * 24 * 60 * 60],
  ["day", 24 * 60 * 60],
  ["hour", 60 * 60],
  ["minute", 60],
]

const DURATION_UNITS: [Intl.NumberFormatOptions["unit"], number][] = [
  ["hour", 60 * 60],
  ["minute", 60],
]

// Without a currency (a member with no orders yet) the amount is a plain number.
export const formatMoney = (amount: number, currencyCode: string | null) =>
  new Intl.NumberFormat(
    [],
    currencyCode
      ? {
          style: "currency",
          currency: currencyCode.toUpperCase(),
          currencyDisplay: "narrowSymbol",
        }
      : { minimumFractionDigits: 2, maximumFractionDigits: 2 }
  ).format(amount)

export const formatNumber = (value: number, fractionDigits = 0) =>
  new Intl.NumberFormat([], { maximumFractionDigits: fractionDigits }).format(
    value
  )

export const formatPercent = (ratio: number) =>
  new Intl.NumberFormat([], { style: "percent" }).format(ratio)

/** A duration in its largest whole unit: "2 hours", "14 minutes", "40 seconds". */
export const formatDuration = (seconds: number) => {
  const [unit, size] = DURATION_UNITS.find(([, size]) => seconds >= size) ?? [
    "second",
    1,
  ]
  return new Intl.NumberFormat([], {
    style: "unit",
    unit,
    unitDisplay: "long",
  }).format(Math.round(seconds / size))
}

export const formatDate = (iso: string) =>
  new Intl.DateTimeFormat([], { dateStyle: "medium" }).format(new Date(iso))

export const formatDateTime = (iso: string) =>
  new Intl.DateTimeFormat([], {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(iso))

// A calendar date ("YYYY-MM-DD") shown as is, without a time-zone shift.
export const formatCalendarDate = (date: string) =>
  new Intl.DateTimeFormat([], { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`)
  )

export const formatRelative = (iso: string, now: Date = new Date()) => {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000
  const format = new Intl.RelativeTimeFormat([], { numeric: "auto" })
  const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? [
    "second",
    1,
  ]
  return format.format(Math.round(seconds / size), unit)
}

// Today's date in the browser's time zone, as the date input expects it.
export const todayCalendarDate = (now: Date = new Date()) =>
  new Date(now.getTime() - now.getTimezoneOffset() * 60_000)
    .toISOString()
    .slice(0, 10)
