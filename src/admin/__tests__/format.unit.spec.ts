import { calendarDateOf, dateOfCalendarDate } from "../lib/calendar-date"
import { createFormatters } from "../lib/format"
import { localeOfLanguage } from "../lib/locale"

describe("localeOfLanguage", () => {
  it("turns the dashboard's language codes into locales", () => {
    expect(localeOfLanguage("zhCN")).toBe("zh-CN")
    expect(localeOfLanguage("en")).toBe("en")
    expect(localeOfLanguage("ptBR")).toBe("pt-BR")
    expect(localeOfLanguage("not a language")).toBe("en")
    expect(localeOfLanguage(undefined)).toBe("en")
  })
})

describe("createFormatters", () => {
  const now = new Date("2026-06-15T12:00:00Z")

  it("formats in the given locale, not the machine's", () => {
    const en = createFormatters("en")
    const zh = createFormatters("zh-CN")
    expect(en.money(1234.5, "eur")).toBe("€1,234.50")
    expect(zh.money(1234.5, "eur")).toBe("€1,234.50")
    expect(en.calendarDate("1990-04-01")).toBe("Apr 1, 1990")
    expect(zh.calendarDate("1990-04-01")).toBe("1990年4月1日")
    expect(en.relative("2026-06-13T12:00:00Z", now)).toBe("2 days ago")
    expect(zh.relative("2026-06-13T12:00:00Z", now)).toBe("前天")
    expect(en.duration(7200)).toBe("2 hours")
    expect(zh.duration(7200)).toBe("2小时")
    expect(en.list(["a", "b", "c"])).toBe("a, b, and c")
  })

  it("shows an amount without a currency as a plain number", () => {
    expect(createFormatters("en").money(12, null)).toBe("12.00")
  })
})

describe("calendar dates", () => {
  it("round-trip through a local date", () => {
    expect(calendarDateOf(dateOfCalendarDate("2000-02-29"))).toBe("2000-02-29")
  })
})
