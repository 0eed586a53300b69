import { MedusaError } from "@medusajs/framework/utils"
import { profileChanges, type ProfileState } from "../utils/profile"

const now = new Date("2025-06-15T12:00:00.000Z")
const blank: ProfileState = {
  birthday: null,
  birthday_set_by: null,
  tags: [],
  email_consent: false,
  email_consent_at: null,
  sms_consent: false,
  sms_consent_at: null,
}

const errorOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return error as MedusaError
  }
  throw new Error("expected an error")
}

describe("profileChanges", () => {
  it("lets a customer set an unset birthday", () => {
    expect(
      profileChanges(blank, { birthday: "1990-05-01" }, "customer", now)
    ).toEqual({ birthday: "1990-05-01", birthday_set_by: "customer" })
  })

  it("refuses a customer changing a set birthday", () => {
    const current = { ...blank, birthday: "1990-05-01" }
    const error = errorOf(() =>
      profileChanges(current, { birthday: "1991-05-01" }, "customer", now)
    )
    expect(error.type).toBe(MedusaError.Types.NOT_ALLOWED)
    expect(error.message).toMatch(/birthday/)
  })

  it("treats the same birthday again as no change", () => {
    const current = { ...blank, birthday: "1990-05-01" }
    expect(
      profileChanges(current, { birthday: "1990-05-01" }, "customer", now)
    ).toEqual({})
  })

  it("lets an admin change or clear a birthday", () => {
    const current = { ...blank, birthday: "1990-05-01" }
    expect(
      profileChanges(current, { birthday: "1991-05-01" }, "admin", now)
    ).toEqual({ birthday: "1991-05-01", birthday_set_by: "admin" })
    expect(profileChanges(current, { birthday: null }, "admin", now)).toEqual({
      birthday: null,
      birthday_set_by: null,
    })
  })

  it("stamps consent only when it changes", () => {
    expect(
      profileChanges(
        blank,
        { email_consent: true, sms_consent: false },
        "customer",
        now
      )
    ).toEqual({ email_consent: true, email_consent_at: now })
  })

  it("stores normalised tags and skips unchanged ones", () => {
    expect(
      profileChanges(blank, { tags: [" VIP ", "vip"] }, "admin", now)
    ).toEqual({
      tags: ["vip"],
    })
    expect(
      profileChanges(
        { ...blank, tags: ["vip"] },
        { tags: ["VIP"] },
        "admin",
        now
      )
    ).toEqual({})
  })
})
