const isLeapYear = (year: number) =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

/** The birthdays celebrated on a calendar day: 29 February ones on the 28th in common years. */
export function birthdayDays(today: {
  year: number
  month: number
  day: number
}) {
  const days = [{ month: today.month, day: today.day }]
  if (today.month === 2 && today.day === 28 && !isLeapYear(today.year)) {
    days.push({ month: 2, day: 29 })
  }
  return days
}
