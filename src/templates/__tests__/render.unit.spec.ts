import { REMINDER_KEYS } from "../../modules/member-campaign/reminders/keys"
import { SUPPORTED_LOCALES } from "../../modules/member-campaign/utils/locale"
import { REMINDER_TEMPLATES } from "../index"
import { assertTemplatesParse, renderMessage, templateSources } from "../render"
import { sampleData } from "../samples"

const context = {
  store: { name: "Shop & Co" },
  member: { first_name: "<Ada>", last_name: null, email: "ada@x.test" },
  offer: { code: "BACK10" },
  unsubscribe_url: "https://shop.test/u?token=abc",
}

describe("templates", () => {
  it("render every reminder in both languages with its sample data", async () => {
    for (const key of REMINDER_KEYS) {
      for (const locale of SUPPORTED_LOCALES) {
        const message = await renderMessage(
          REMINDER_TEMPLATES[key][locale],
          { ...context, ...sampleData(key) },
          locale
        )
        expect(message.subject.length).toBeGreaterThan(3)
        expect(message.subject).not.toContain("{{")
        expect(message.text).toContain("https://shop.test/u?token=abc")
        expect(message.html).toContain(`lang="${locale}"`)
      }
    }
  })
  it("escape member data in HTML, not in text, and format money per language", async () => {
    const message = await renderMessage(
      REMINDER_TEMPLATES.unpaid_order.en,
      { ...context, ...sampleData("unpaid_order") },
      "en"
    )
    expect(message.html).toContain("&lt;Ada&gt;")
    expect(message.html).toContain("Shop &#38; Co")
    expect(message.text).toContain("Hi <Ada>,")
    expect(message.text).toContain("€89.90")
  })
  it("let merchants override parts, and reject templates that do not parse or reach outside", async () => {
    const sources = templateSources(
      REMINDER_TEMPLATES.dormant,
      { en: { subject: "Back, {{ member.first_name }}?" } },
      "en"
    )
    expect(sources.html).toBe(REMINDER_TEMPLATES.dormant.en.html)
    expect((await renderMessage(sources, context, "en")).subject).toBe(
      "Back, <Ada>?"
    )
    expect(() =>
      assertTemplatesParse({ "zh-CN": { html: "{% for %}" } })
    ).toThrow("templates.zh-CN.html does not parse")
    expect(() =>
      assertTemplatesParse({ en: { text: "{{ x | shell }}" } })
    ).toThrow("templates.en.text")
    await expect(
      renderMessage(
        { ...sources, text: "{% include '/etc/passwd' %}" },
        context,
        "en"
      )
    ).rejects.toThrow()
  })
})
