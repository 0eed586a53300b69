const pad = (value: number) => String(value).padStart(2, "0")

/** A local date as a calendar date "YYYY-MM-DD" (what the API stores for birthdays). */
export const calendarDateOf = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`

/** A calendar date as local midnight, for date pickers. */
export const dateOfCalendarDate = (value: string) => {
  const [year, month, day] = value.split("-").map(Number)
  return new Date(year, month - 1, day)
}

export const todayCalendarDate = (now: Date = new Date()) => calendarDateOf(now)
