import fc from "fast-check"
import { admitWithinCaps, capKey } from "../utils/caps"
import { decideContact, type PolicyInput } from "../utils/contact-policy"
import { quietHoursEnd } from "../utils/quiet-hours"

const base: PolicyInput = {
  category: "marketing",
  channels: ["email", "sms"],
  recipient: {
    addresses: { email: "a@b.test", sms: "+4912345" },
    consents: { email: false, sms: true },
  },
  rule_enabled: true,
  now: new Date("2026-06-15T10:00:00Z"),
  time_zone: "Europe/Berlin",
  quiet_hours: { start: "21:00", end: "08:00" },
}

describe("decideContact", () => {
  it("sends marketing on the first channel the member consents to", () => {
    expect(decideContact(base)).toEqual({
      action: "send",
      channel: "sms",
      address: "+4912345",
    })
  })
  it("suppresses marketing without consent, but not transactional messages", () => {
    const noConsent = {
      ...base,
      recipient: { ...base.recipient!, consents: {} },
    }
    expect(decideContact(noConsent)).toEqual({
      action: "suppress",
      reason: "no_consent:email,sms",
    })
    expect(
      decideContact({ ...noConsent, category: "transactional" })
    ).toMatchObject({ action: "send", channel: "email" })
  })
  it("postpones marketing in quiet hours until they end, in the store's time zone", () => {
    const night = { ...base, now: new Date("2026-06-15T21:30:00Z") } // 23:30 in Berlin (CEST)
    expect(decideContact(night)).toEqual({
      action: "postpone",
      reason: "quiet_hours",
      until: new Date("2026-06-16T06:00:00Z"),
    })
    expect(decideContact({ ...night, category: "transactional" }).action).toBe(
      "send"
    )
  })
  it("suppresses when the rule is off, the member is gone or has no address", () => {
    expect(decideContact({ ...base, rule_enabled: false })).toEqual({
      action: "suppress",
      reason: "rule_disabled",
    })
    expect(decideContact({ ...base, recipient: null })).toEqual({
      action: "suppress",
      reason: "no_member",
    })
    expect(decideContact({ ...base, channels: ["push"] })).toEqual({
      action: "suppress",
      reason: "no_address",
    })
  })
})

describe("quietHoursEnd", () => {
  const zone = "Asia/Shanghai"
  it("handles windows over midnight and inside one day", () => {
    expect(
      quietHoursEnd(new Date("2026-01-01T14:00:00Z"), zone, {
        start: "21:00",
        end: "08:00",
      })
    ).toEqual(new Date("2026-01-02T00:00:00Z")) // 22:00 in Shanghai -> 08:00 next day
    expect(
      quietHoursEnd(new Date("2026-01-01T23:30:00Z"), zone, {
        start: "21:00",
        end: "08:00",
      })
    ).toEqual(new Date("2026-01-02T00:00:00Z")) // 07:30 -> 08:00 the same day
    expect(
      quietHoursEnd(new Date("2026-01-01T04:00:00Z"), zone, {
        start: "12:00",
        end: "14:00",
      })
    ).toEqual(new Date("2026-01-01T06:00:00Z"))
    expect(
      quietHoursEnd(new Date("2026-01-01T02:00:00Z"), zone, {
        start: "21:00",
        end: "08:00",
      })
    ).toBeNull()
    expect(quietHoursEnd(new Date(), zone, null)).toBeNull()
  })
  it("ends at the configured wall-clock hour on a night the clocks go back", () => {
    // 31 Oct 2027 in Berlin: 03:00 CEST becomes 02:00 CET
    expect(
      quietHoursEnd(new Date("2027-10-30T22:00:00Z"), "Europe/Berlin", {
        start: "04:00",
        end: "03:00",
      })
    ).toEqual(new Date("2027-10-31T02:00:00Z"))
  })
  it("ends the night after when the clocks skip the open hours", () => {
    // 26 Mar 2023 in Berlin: 02:00 CET becomes 03:00 CEST, so 02:00-03:00 never happens
    expect(
      quietHoursEnd(new Date("2023-03-25T02:00:00Z"), "Europe/Berlin", {
        start: "03:00",
        end: "02:00",
      })
    ).toEqual(new Date("2023-03-27T00:00:00Z"))
  })
  it("never ends in the past and always ends outside the window (property)", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("2020-01-01"),
          max: new Date("2030-01-01"),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 23 }),
        (now, start, end) => {
          const quiet = {
            start: `${String(start).padStart(2, "0")}:00`,
            end: `${String(end).padStart(2, "0")}:00`,
          }
          const until = quietHoursEnd(now, "Europe/Berlin", quiet)
          if (!until) return true
          return (
            until > now && quietHoursEnd(until, "Europe/Berlin", quiet) === null
          )
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe("admitWithinCaps", () => {
  it("never lets a member and channel exceed its cap within a batch (property)", () => {
    const candidate = fc.record({
      id: fc.uuid(),
      customer_id: fc.constantFrom("a", "b", "c"),
      channel: fc.constantFrom("email", "sms", "push"),
    })
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 40 }),
        fc.nat({ max: 4 }),
        (candidates, already) => {
          const caps = {
            email: { max: 3, window_hours: 24 },
            sms: { max: 1, window_hours: 24 },
          }
          const recent = new Map([[capKey("a", "email"), already]])
          const { admitted, capped } = admitWithinCaps(candidates, recent, caps)
          expect(admitted.length + capped.length).toBe(candidates.length)
          for (const customer of ["a", "b", "c"]) {
            for (const [channel, cap] of Object.entries(caps)) {
              const sent = admitted.filter(
                (c) => c.customer_id === customer && c.channel === channel
              ).length
              const before = recent.get(capKey(customer, channel)) ?? 0
              expect(sent).toBeLessThanOrEqual(Math.max(0, cap.max - before))
            }
          }
          // an uncapped channel is never capped
          expect(capped.some((c) => c.channel === "push")).toBe(false)
        }
      ),
      { numRuns: 200 }
    )
  })
})
