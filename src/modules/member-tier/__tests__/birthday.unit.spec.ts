import fc from "fast-check"
import { latestCalendarDate, parseBirthday } from "../utils/birthday"

const now = new Date("2025-06-15T12:00:00.000Z")

describe("parseBirthday", () => {
  it.each(["1990-02-28", "2000-02-29", "1900-01-01", "2025-06-15"])(
    "accepts %s",
    (value) => {
      expect(parseBirthday(value, now)).toBe(value)
    }
  )

  it.each([
    ["1990-2-28", /YYYY-MM-DD/],
    ["28/02/1990", /YYYY-MM-DD/],
    ["1990-02-30", /not a real date/],
    ["1991-02-29", /not a real date/],
    ["1990-13-01", /not a real date/],
    ["1899-12-31", /on or after/],
    ["0099-01-01", /on or after/],
    ["2025-06-17", /future/],
  ])("rejects %s", (value, reason) => {
    expect(() => parseBirthday(value, now)).toThrow(reason)
    expect(() => parseBirthday(value, now)).toThrow(/^birthday /)
  })

  it("accepts a date that is already today somewhere on Earth", () => {
    expect(parseBirthday("2025-06-16", now)).toBe("2025-06-16")
  })

  it("accepts exactly the real past dates", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1900-01-01T00:00:00.000Z"),
          max: new Date("2100-12-31T00:00:00.000Z"),
          noInvalidDate: true,
        }),
        (date) => {
          const value = date.toISOString().slice(0, 10)
          if (value <= latestCalendarDate(now)) {
            expect(parseBirthday(value, now)).toBe(value)
          } else {
            expect(() => parseBirthday(value, now)).toThrow(/future/)
          }
        }
      )
    )
  })
})
