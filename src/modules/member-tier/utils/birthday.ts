import { MedusaError } from "@medusajs/framework/utils"

export const BIRTHDAY_SOURCES = ["customer", "admin", "import"] as const

export type BirthdaySource = (typeof BIRTHDAY_SOURCES)[number]

const BIRTHDAY_FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/
const MIN_YEAR = 1900
// The date already reached somewhere on Earth (UTC+14), so nobody's "today" is refused.
const LATEST_OFFSET_MS = 14 * 60 * 60 * 1000

const invalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message)

export function latestCalendarDate(now: Date): string {
  return new Date(now.getTime() + LATEST_OFFSET_MS).toISOString().slice(0, 10)
}

/**
 * Validates a calendar date "YYYY-MM-DD": a real date, from 1900 on, and not
 * in the future. Returns it unchanged so callers can store it as is.
 */
export function parseBirthday(value: string, now: Date = new Date()): string {
  const match = BIRTHDAY_FORMAT.exec(value)
  if (!match) {
    throw invalid(
      `birthday must be a date formatted YYYY-MM-DD, received: ${value}`
    )
  }
  const [year, month, day] = match.slice(1).map(Number)
  if (year < MIN_YEAR) {
    throw invalid(
      `birthday must be on or after ${MIN_YEAR}-01-01, received: ${value}`
    )
  }
  const date = new Date(Date.UTC(year, month - 1, day))
  const isRealDate =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  if (!isRealDate) {
    throw invalid(`birthday is not a real date, received: ${value}`)
  }
  if (value > latestCalendarDate(now)) {
    throw invalid(`birthday cannot be in the future, received: ${value}`)
  }
  return value
}
