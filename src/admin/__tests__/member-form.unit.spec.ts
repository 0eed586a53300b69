import i18next from "i18next"
import resources from "../i18n"
import { MEMBERSHIP_NS } from "../i18n/define"
import {
  memberFormChanges,
  memberFormSchema,
  memberIssueMessage,
  type MemberFormOutput,
} from "../lib/member-form"
import { firstErrorMessage } from "../lib/form-errors"
import type { AdminMember } from "../lib/types"
import { zodIssueMessages } from "../lib/zod-issue-message"

const TODAY = "2026-06-15"

const member = {
  customer_id: "cus_1",
  tags: ["student"],
  birthday: "1990-04-01",
  consents: {
    email: { granted: true, changed_at: null },
    sms: { granted: false, changed_at: null },
  },
} as unknown as AdminMember

const values = (changes: Partial<MemberFormOutput> = {}): MemberFormOutput => ({
  tags: ["student"],
  birthday: "1990-04-01",
  consents: { email: true, sms: false },
  ...changes,
})

const messagesIn = async (language: string) => {
  const i18n = i18next.createInstance()
  await i18n.init({ resources, lng: language })
  const t = i18n.getFixedT(null, MEMBERSHIP_NS)
  return zodIssueMessages(t, memberIssueMessage(t))
}

describe("the member edit form", () => {
  it("names the over-long tag and the future birthday in the admin's language", async () => {
    const tag = "x".repeat(41)
    const input = values({ tags: ["ok", tag], birthday: "2026-06-16" })
    const schema = memberFormSchema(TODAY)

    const en = schema.safeParse(input, { error: await messagesIn("en") })
    expect(
      en.error?.issues.map(({ path, message }) => [path, message])
    ).toEqual([
      [["tags", 1], `“${tag}” is longer than 40 characters`],
      [["birthday"], "The birthday cannot be in the future"],
    ])
    const zh = schema.safeParse(input, { error: await messagesIn("zhCN") })
    expect(zh.error?.issues.map(({ message }) => message)).toEqual([
      `“${tag}”超过 40 个字符`,
      "生日不能晚于今天",
    ])
  })

  it("accepts today's birthday and no birthday", () => {
    const schema = memberFormSchema(TODAY)
    expect(schema.safeParse(values({ birthday: TODAY })).success).toBe(true)
    expect(schema.safeParse(values({ birthday: null })).success).toBe(true)
  })

  it("falls back to a generic message for rules it has no words for", async () => {
    const tags = Array.from({ length: 51 }, (_, index) => `tag-${index}`)
    const result = memberFormSchema(TODAY).safeParse(values({ tags }), {
      error: await messagesIn("en"),
    })
    expect(result.error?.issues.map(({ message }) => message)).toEqual([
      "Add at most 50 items",
    ])
  })

  it("sends only what changed", () => {
    expect(memberFormChanges(member, values())).toBeNull()
    expect(
      memberFormChanges(
        member,
        values({ birthday: null, consents: { email: true, sms: true } })
      )
    ).toEqual({ birthday: null, consents: { sms: true } })
    expect(memberFormChanges(member, values({ tags: ["vip"] }))).toEqual({
      tags: ["vip"],
    })
  })
})

describe("firstErrorMessage", () => {
  it("finds the message of a list field's item", () => {
    const tagsError = [undefined, { type: "too_big", message: "too long" }]
    expect(firstErrorMessage(tagsError)).toBe("too long")
    expect(firstErrorMessage({ message: "required" })).toBe("required")
    expect(firstErrorMessage(undefined)).toBeUndefined()
  })
})
