import i18next from "i18next"
import resources from "../i18n"
import { MEMBERSHIP_NS } from "../i18n/define"
import { createFormatters } from "../lib/format"
import { messageReason } from "../lib/message-reason"
import {
  reminderFormSchema,
  reminderIssueMessage,
  reminderUpdate,
  type ReminderFormValues,
} from "../lib/reminder-form"
import { localeOfLanguage } from "../lib/locale"
import { zodIssueMessages } from "../lib/zod-issue-message"

const empty = { subject: "", html: "", text: "" }
const values = (
  changes: Partial<ReminderFormValues> = {}
): ReminderFormValues => ({
  enabled: true,
  params: { after_days: 7, within_days: 7 },
  holidays: "[]",
  channels: ["email"],
  offer_type: "none",
  offer_code: "",
  offer_points: "",
  templates: { en: { ...empty }, "zh-CN": { ...empty } },
  ...changes,
})

const inLanguage = async (language: string) => {
  const i18n = i18next.createInstance()
  await i18n.init({ resources, lng: language })
  const t = i18n.getFixedT(null, MEMBERSHIP_NS)
  const format = createFormatters(localeOfLanguage(language))
  return {
    t,
    format,
    error: zodIssueMessages(t, reminderIssueMessage(t, format)),
  }
}

const issues = (result: {
  error?: { issues: { path: PropertyKey[]; message: string }[] }
}) => result.error?.issues.map(({ path, message }) => [path.join("."), message])

describe("the reminder edit form", () => {
  it("checks the server's parameter rules and says why in the admin's language", async () => {
    const input = values({ params: { after_days: -1, within_days: 1.5 } })
    const schema = reminderFormSchema("honeymoon")
    const en = await inLanguage("en")
    expect(issues(schema.safeParse(input, { error: en.error }))).toEqual([
      ["params.after_days", "Enter 1 or more"],
      ["params.within_days", "Enter a whole number"],
    ])
    const zh = await inLanguage("zhCN")
    expect(issues(schema.safeParse(input, { error: zh.error }))).toEqual([
      ["params.after_days", "请输入不小于 1 的数"],
      ["params.within_days", "请输入整数"],
    ])
  })

  it("rejects no channel, an empty promotion code, bad points and a bad calendar", async () => {
    const { error } = await inLanguage("en")
    expect(
      issues(
        reminderFormSchema("honeymoon").safeParse(
          values({ channels: [], offer_type: "promotion" }),
          { error }
        )
      )
    ).toEqual([
      ["channels", "Choose at least one channel"],
      ["offer_code", "Enter a promotion code"],
    ])
    expect(
      issues(
        reminderFormSchema("honeymoon").safeParse(
          values({ offer_type: "points", offer_points: "2.5" }),
          { error }
        )
      )
    ).toEqual([
      ["offer_points", "Enter a whole number of points from 1 to 1,000,000"],
    ])
    const holiday = reminderFormSchema("holiday")
    expect(
      issues(
        holiday.safeParse(values({ params: {}, holidays: "[" }), { error })
      )
    ).toEqual([["holidays", "Enter valid JSON"]])
    expect(
      issues(
        holiday.safeParse(
          values({ params: {}, holidays: '[{"date":"13-01"}]' }),
          { error }
        )
      )
    ).toEqual([
      [
        "holidays",
        'Each holiday needs a "date" as MM-DD and a "name" in English and Chinese',
      ],
    ])
  })

  it("sends the server the offer and only the template parts that were written", () => {
    const body = reminderUpdate(
      "honeymoon",
      values({
        offer_type: "points",
        offer_points: "50",
        templates: {
          en: { subject: "Hi {{ first_name }}", html: "", text: "" },
          "zh-CN": { ...empty },
        },
      })
    )
    expect(body).toEqual({
      enabled: true,
      params: { after_days: 7, within_days: 7 },
      channels: ["email"],
      offer: { type: "points", points: 50 },
      templates: { en: { subject: "Hi {{ first_name }}" } },
    })
  })
})

describe("a message's reason", () => {
  it("reads the dispatcher's codes in both languages and keeps a provider's text", async () => {
    const en = await inLanguage("en")
    expect(messageReason(en.t, en.format, "no_consent:email,sms")).toBe(
      "No consent on Email and SMS"
    )
    expect(messageReason(en.t, en.format, "capped:email")).toBe(
      "Frequency cap reached on Email"
    )
    expect(messageReason(en.t, en.format, "quiet_hours")).toBe(
      "Postponed: quiet hours"
    )
    expect(messageReason(en.t, en.format, "connect ECONNREFUSED")).toBe(
      "connect ECONNREFUSED"
    )
    const zh = await inLanguage("zhCN")
    expect(messageReason(zh.t, zh.format, "no_consent:email,sms")).toBe(
      "未获得邮件和短信许可"
    )
  })

  it("counts the log's messages with plurals", async () => {
    const en = await inLanguage("en")
    expect(
      en.t("reminders.messages.range", { count: 1, from: "1", to: "1" })
    ).toBe("1–1 of 1 message")
    expect(
      en.t("reminders.messages.range", { count: 57, from: "1", to: "20" })
    ).toBe("1–20 of 57 messages")
    const zh = await inLanguage("zhCN")
    expect(
      zh.t("reminders.messages.range", { count: 57, from: "1", to: "20" })
    ).toBe("第 1–20 条，共 57 条消息")
  })
})
