import i18next from "i18next"
import resources, { features } from "../i18n"
import { MEMBERSHIP_NS, type Messages } from "../i18n/define"

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/

/** Every leaf key with its text, plural forms grouped under their base key. */
const leaves = (messages: Messages, prefix = ""): [string, string][] =>
  Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`)
  )

const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map(([, name]) => name).sort()

const baseKeys = (messages: Messages) =>
  [
    ...new Set(leaves(messages).map(([key]) => key.replace(PLURAL, "$1"))),
  ].sort()

describe.each(Object.entries(features))("%s translations", (_, feature) => {
  it("has every English key in Chinese", () => {
    expect(baseKeys(feature.zhCN as Messages)).toEqual(baseKeys(feature.en))
  })

  it("gives English every plural form it uses and Chinese none", () => {
    const categories = new Intl.PluralRules("en").resolvedOptions()
      .pluralCategories
    const forms = new Map<string, string[]>()
    for (const [key] of leaves(feature.en)) {
      const match = PLURAL.exec(key)
      if (match) {
        forms.set(match[1], [...(forms.get(match[1]) ?? []), match[2]])
      }
    }
    for (const [key, found] of forms) {
      expect([key, found.sort()]).toEqual([key, [...categories].sort()])
    }
    const chinese = leaves(feature.zhCN as Messages).map(([key]) => key)
    expect(chinese.filter((key) => PLURAL.test(key))).toEqual([])
  })

  it("keeps each message's placeholders in Chinese", () => {
    const english = new Map(
      leaves(feature.en).map(([key, text]) => [
        key.replace(PLURAL, "$1"),
        placeholders(text),
      ])
    )
    for (const [key, text] of leaves(feature.zhCN as Messages)) {
      const base = key.replace(PLURAL, "$1")
      expect([key, placeholders(text)]).toEqual([key, english.get(base)])
    }
  })
})

describe("the dashboard resources", () => {
  // The dashboard's own i18next setup: language codes "en" and "zhCN".
  it("hold both languages under the plugin's namespace and resolve plurals", async () => {
    const i18n = i18next.createInstance()
    await i18n.init({ resources, lng: "en", fallbackLng: "en" })
    const t = i18n.getFixedT(null, MEMBERSHIP_NS)
    expect(t("common.errors.tooLong", { count: 1 })).toBe(
      "Use at most 1 character"
    )
    expect(t("common.errors.tooLong", { count: 40 })).toBe(
      "Use at most 40 characters"
    )
    await i18n.changeLanguage("zhCN")
    expect(t("common.errors.tooLong", { count: 1 })).toBe("最多 1 个字符")
    expect(t("common.errors.tooLong", { count: 40 })).toBe("最多 40 个字符")
    expect(t("memberList.title")).toBe("会员")
  })

  it("count the Segments builder's members with plurals in both languages", async () => {
    const i18n = i18next.createInstance()
    await i18n.init({ resources, lng: "en", fallbackLng: "en" })
    const t = i18n.getFixedT(null, MEMBERSHIP_NS)
    const values = { share: "1%", revenue: "2%" }
    expect(
      t("segments.builder.liveCount", { ...values, count: 1, members: "1" })
    ).toBe("1 member · 1% of members · 2% of revenue")
    expect(
      t("segments.builder.liveCount", {
        ...values,
        count: 1200,
        members: "1,200",
      })
    ).toBe("1,200 members · 1% of members · 2% of revenue")
    expect(t("segments.operators.gte")).toBe("at least")
    await i18n.changeLanguage("zhCN")
    expect(
      t("segments.builder.liveCount", {
        ...values,
        count: 1200,
        members: "1,200",
      })
    ).toBe("1,200 位会员 · 占会员 1% · 占收入 2%")
    expect(t("segments.discover.members", { count: 1, members: "1" })).toBe(
      "1 位会员"
    )
  })
})
