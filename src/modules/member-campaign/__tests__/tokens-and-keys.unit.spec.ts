import fc from "fast-check"
import { messageKey } from "../utils/message-key"
import {
  signUnsubscribeToken,
  verifyUnsubscribeToken,
} from "../utils/unsubscribe-token"
import { templateLocale } from "../utils/locale"
import { parseCampaignOptions } from "../options"

const SECRET = "unit-secret-unit-secret-unit-secret-00"
const now = new Date("2026-06-15T10:00:00Z")
const exp = Math.floor(now.getTime() / 1000) + 3600

describe("unsubscribe tokens", () => {
  it("verify what was signed, and nothing altered (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.constantFrom("email", "sms"),
        fc.nat(),
        (customer, channel, flip) => {
          const token = signUnsubscribeToken(
            { customer_id: customer, channel, exp },
            SECRET
          )
          expect(verifyUnsubscribeToken(token, SECRET, now)).toEqual({
            ok: true,
            claim: { customer_id: customer, channel, exp },
          })
          const index = flip % token.length
          const altered =
            token.slice(0, index) +
            (token[index] === "A" ? "B" : "A") +
            token.slice(index + 1)
          expect(verifyUnsubscribeToken(altered, SECRET, now).ok).toBe(false)
        }
      ),
      { numRuns: 200 }
    )
  })
  it("reject expired tokens, other secrets and garbage", () => {
    const token = signUnsubscribeToken(
      { customer_id: "cus_1", channel: "email", exp },
      SECRET
    )
    expect(verifyUnsubscribeToken(token, SECRET, new Date(exp * 1000))).toEqual(
      { ok: false, reason: "expired" }
    )
    expect(verifyUnsubscribeToken(token, `${SECRET}x`, now)).toEqual({
      ok: false,
      reason: "signature",
    })
    expect(verifyUnsubscribeToken("abc", SECRET, now)).toEqual({
      ok: false,
      reason: "malformed",
    })
  })
})

describe("messageKey", () => {
  it("is stable per member and occasion and differs otherwise", () => {
    expect(messageKey("reminder", "dormant", "cus_1", "since:x")).toBe(
      messageKey("reminder", "dormant", "cus_1", "since:x")
    )
    expect(messageKey("reminder", "dormant", "cus_1", "since:x")).not.toBe(
      messageKey("reminder", "dormant", "cus_2", "since:x")
    )
    expect(messageKey("reminder", "dormant", "cus_1", "since:x")).toMatch(
      /^mbr_[0-9a-f]{48}$/
    )
  })
})

describe("templateLocale", () => {
  it("maps BCP 47 tags to a template language", () => {
    expect(templateLocale("zh-Hans-CN", "en")).toBe("zh-CN")
    expect(templateLocale("en-GB", "zh-CN")).toBe("en")
    expect(templateLocale("de", "zh-CN")).toBe("zh-CN")
    expect(templateLocale(null, "en")).toBe("en")
  })
})

describe("parseCampaignOptions", () => {
  it("applies defaults and names every bad option", () => {
    expect(parseCampaignOptions({ membershipCurrency: "eur" })).toMatchObject({
      storeTimeZone: "UTC",
      defaultLocale: "en",
    })
    expect(() =>
      parseCampaignOptions({
        storeTimeZone: "Mars/Base",
        unsubscribeSecret: "short",
        quietHours: { start: "25:00", end: "08:00" },
      })
    ).toThrow(
      /storeTimeZone: must be an IANA time zone.*unsubscribeSecret.*quietHours.start/
    )
  })
})
