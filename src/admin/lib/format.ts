const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 60 * 60],
  ["month", 30 * 24 * 60 * 60],
  ["week", 7 * 24 * 60 * 60],
  ["day", 24 * 60 * 60],
  ["hour", 60 * 60],
  ["minute", 60],
]

const DURATION_UNITS: [string, number][] = [
  ["hour", 60 * 60],
  ["minute", 60],
]

const largestUnit = <U extends string>(seconds: number, units: [U, number][]) =>
  units.find(([, size]) => Math.abs(seconds) >= size) ??
  (["second", 1] as const)

/** Numbers, money and dates in one locale: the dashboard's current language. */
export const createFormatters = (locale: string) => ({
  // Without a currency (a member with no orders yet) the amount is a plain number.
  money: (amount: number, currencyCode: string | null) =>
    new Intl.NumberFormat(
      locale,
      currencyCode
        ? {
            style: "currency",
            currency: currencyCode.toUpperCase(),
            currencyDisplay: "narrowSymbol",
          }
        : { minimumFractionDigits: 2, maximumFractionDigits: 2 }
    ).format(amount),

  number: (value: number, fractionDigits = 0) =>
    new Intl.NumberFormat(locale, {
      maximumFractionDigits: fractionDigits,
    }).format(value),

  list: (items: string[]) => new Intl.ListFormat(locale).format(items),

  percent: (ratio: number) =>
    new Intl.NumberFormat(locale, { style: "percent" }).format(ratio),

  /** A rate as a percentage with up to two decimals: 0.015 → "1.5%". */
  percentPrecise: (ratio: number) =>
    new Intl.NumberFormat(locale, {
      style: "percent",
      maximumFractionDigits: 2,
    }).format(ratio),

  /** A duration in its largest whole unit: "2 hours", "14 minutes", "40 seconds". */
  duration: (seconds: number) => {
    const [unit, size] = largestUnit(seconds, DURATION_UNITS)
    return new Intl.NumberFormat(locale, {
      style: "unit",
      unit,
      unitDisplay: "long",
    }).format(Math.round(seconds / size))
  },

  date: (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(
      new Date(iso)
    ),

  dateTime: (iso: string) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: "medium",
      timeStyle: "short",
    }).format(new Date(iso)),

  // A calendar date ("YYYY-MM-DD") shown as is, without a time-zone shift.
  calendarDate: (date: string) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: "medium",
      timeZone: "UTC",
    }).format(new Date(`${date}T00:00:00Z`)),

  relative: (iso: string, now: Date = new Date()) => {
    const seconds = (new Date(iso).getTime() - now.getTime()) / 1000
    const [unit, size] = largestUnit(seconds, RELATIVE_UNITS)
    return new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(
      Math.round(seconds / size),
      unit
    )
  },
})

export type Formatters = ReturnType<typeof createFormatters>

/** A currency's narrow symbol in a locale ("eur" → "€"), or its code when it has none. */
export const currencySymbol = (locale: string, currencyCode: string) =>
  new Intl.NumberFormat(locale, {
    style: "currency",
    currency: currencyCode.toUpperCase(),
    currencyDisplay: "narrowSymbol",
  })
    .formatToParts(0)
    .find((part) => part.type === "currency")?.value ??
  currencyCode.toUpperCase()
