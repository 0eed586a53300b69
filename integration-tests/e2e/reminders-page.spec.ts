import type { Page } from "playwright-core"
import { reminders as strings } from "../../src/admin/i18n/reminders"
import {
  computedStyle,
  goTo,
  login,
  openDashboard,
  screenshot,
  switchLanguage,
  type Dashboard,
} from "./support/browser"
import { tableRows, waitForRows } from "./support/data-table"
import {
  getReminder,
  listReminders,
  previewReminder,
  storeApi,
  waitFor,
  waitForSeededMessages,
  type ApiReminder,
} from "./support/reminders"

jest.setTimeout(180_000)

const TEST_ADDRESS = "e2e-test-send@example.com"
const en = strings.en
const zh = strings.zhCN

/** A reminder's row as the page must draw it: name, kind, switch, counts, Edit. */
const expectedRow = (r: ApiReminder, s: typeof en | typeof zh = en) => [
  s.names[r.key as keyof typeof en.names],
  s.kinds[r.category],
  "",
  String(r.counts_7d.sent),
  String(r.counts_7d.suppressed),
  String(r.counts_7d.failed),
  s.edit,
]

const normalized = (rows: string[][]) =>
  rows.map((cells) => cells.map((cell) => cell.replace(/\s+/g, " ").trim()))

/** Polls page and API together until the table shows what the API answers now. */
const rowsMatchApi = async (page: Page, s: typeof en | typeof zh = en) => {
  let expected: string[][] = []
  const rows = await waitFor(
    async () => {
      expected = normalized(
        (await listReminders()).map((r) => expectedRow(r, s))
      )
      return normalized(await tableRows(page))
    },
    (rows) => JSON.stringify(rows) === JSON.stringify(expected)
  )
  return { rows, expected }
}

const openEditDrawer = async (page: Page, key: string, edit = en.edit) => {
  await page
    .getByTestId(`reminder-${key}`)
    .getByRole("button", { name: edit })
    .click()
  const drawer = page.getByRole("dialog")
  await drawer.waitFor()
  return drawer
}

describe("Reminders page", () => {
  let dashboard: Dashboard

  beforeAll(async () => {
    await waitForSeededMessages()
    dashboard = await openDashboard()
    await login(dashboard.page)
  })

  afterAll(() => dashboard?.close())

  it("lists every reminder with its last-7-days counts, as the admin API does", async () => {
    const { page } = dashboard
    await goTo(page, "/reminders")
    await page.getByRole("link", { name: "Reminders" }).waitFor()
    await page.getByRole("heading", { name: "Reminders" }).waitFor()
    await waitForRows(page, (rows) => rows.length === 11)
    const { rows, expected } = await rowsMatchApi(page)
    expect(rows).toEqual(expected)
    expect(rows).toHaveLength(11)
    // the seeded store has sent or suppressed something this week
    const reminders = await listReminders()
    expect(
      reminders.some((r) => r.counts_7d.sent + r.counts_7d.suppressed > 0)
    ).toBe(true)
    await screenshot(page, "reminders-page")
  })

  it("switches a reminder off and on, and the change persists", async () => {
    const { page } = dashboard
    expect((await getReminder("birthday")).enabled).toBe(true)
    const toggle = page
      .getByTestId("reminder-birthday")
      .getByRole("switch", { name: en.names.birthday })
    expect(await toggle.getAttribute("aria-checked")).toBe("true")

    await toggle.click()
    await page.getByText(`${en.names.birthday} switched off`).first().waitFor()
    expect((await getReminder("birthday")).enabled).toBe(false)
    await page.reload()
    await page.getByTestId("reminder-birthday").waitFor()
    expect(await toggle.getAttribute("aria-checked")).toBe("false")
    await screenshot(page, "reminders-birthday-off")

    await toggle.click()
    await page.getByText(`${en.names.birthday} switched on`).first().waitFor()
    expect((await getReminder("birthday")).enabled).toBe(true)
    expect(await toggle.getAttribute("aria-checked")).toBe("true")
  })

  it("refuses a negative delay inline, then saves a valid change", async () => {
    const { page } = dashboard
    const before = await getReminder("honeymoon")
    const drawer = await openEditDrawer(page, "honeymoon")
    const delay = drawer.getByLabel(en.params.after_days)
    expect(await delay.inputValue()).toBe(String(before.params.after_days))

    await delay.fill("-3")
    await drawer.getByRole("button", { name: "Save" }).click()
    const error = drawer
      .getByRole("alert")
      .filter({ hasText: "Enter 1 or more" })
    await error.waitFor()
    expect(await delay.getAttribute("aria-invalid")).toBe("true")
    expect(await delay.getAttribute("aria-describedby")).toContain(
      (await error.getAttribute("id"))!
    )
    await screenshot(page, "reminder-edit-negative-delay")
    // nothing was sent to the server
    expect((await getReminder("honeymoon")).params).toEqual(before.params)

    const next = Number(before.params.after_days) + 3
    await delay.fill(String(next))
    await drawer.getByRole("button", { name: "Save" }).click()
    await page.getByText(en.saved).first().waitFor()
    await drawer.waitFor({ state: "detached" })
    expect((await getReminder("honeymoon")).params).toEqual({
      ...before.params,
      after_days: next,
    })
  })

  it("previews the template being edited in English and Chinese", async () => {
    const { page } = dashboard
    const drawer = await openEditDrawer(page, "honeymoon")
    expect(await computedStyle(drawer, "width")).toBe("896px")
    const preview = drawer.getByTestId("reminder-preview")
    const saved = await previewReminder("honeymoon")
    for (const locale of ["en", "zh-CN"] as const) {
      // each language's email on a white page, 16rem high
      const frame = preview.locator(`iframe[title="honeymoon-${locale}"]`)
      expect(await computedStyle(frame, "height")).toBe("256px")
      expect(await computedStyle(frame, "background-color")).toBe(
        "rgb(255, 255, 255)"
      )
      await preview.getByText(saved[locale].subject, { exact: true }).waitFor()
      const body = page
        .frameLocator(`iframe[title="honeymoon-${locale}"]`)
        .locator("body")
      await body.getByText(locale === "en" ? "Hi Alex," : "Alex，").waitFor()
    }

    // an unsaved English subject renders live; Chinese keeps the built-in one
    const subject = "Welcome back, {{ member.first_name }}!"
    await drawer.getByLabel(en.form.subject).fill(subject)
    await preview.getByText("Welcome back, Alex!", { exact: true }).waitFor()
    const edited = await previewReminder("honeymoon", {
      en: { subject },
    })
    expect(edited.en.subject).toBe("Welcome back, Alex!")
    await preview.getByText(edited["zh-CN"].subject, { exact: true }).waitFor()

    // Chinese tab: the editor's fields for zh-CN
    await drawer.getByRole("tab", { name: en.languages["zh-CN"] }).click()
    await drawer
      .getByLabel(en.form.subject)
      .fill("{{ member.first_name }}，欢迎回来")
    await preview.getByText("Alex，欢迎回来", { exact: true }).waitFor()
    await preview.scrollIntoViewIfNeeded()
    await screenshot(page, "reminder-preview")

    // a template that does not parse: the preview says why
    await drawer.getByLabel(en.form.subject).fill("{% if %}")
    await preview
      .getByRole("alert")
      .filter({ hasText: "The template cannot be rendered" })
      .waitFor()
    await drawer.getByRole("button", { name: "Cancel" }).click()
    await drawer.waitFor({ state: "detached" })
    // nothing saved
    expect((await previewReminder("honeymoon")).en.subject).toBe(
      saved.en.subject
    )
  })

  it("sends a test message to an address", async () => {
    const { page } = dashboard
    const drawer = await openEditDrawer(page, "dormant")
    const testSend = drawer.getByTestId("reminder-test-send")
    const to = testSend.getByLabel(en.testSend.to)
    expect(
      await computedStyle(testSend.getByLabel(en.testSend.language), "width")
    ).toBe("160px")

    await to.fill("not-an-address")
    await testSend.getByRole("button", { name: en.testSend.send }).click()
    await testSend
      .getByRole("alert")
      .filter({ hasText: en.testSend.invalidAddress })
      .waitFor()

    await to.fill(TEST_ADDRESS)
    await testSend.getByRole("button", { name: en.testSend.send }).click()
    await page
      .getByText(`Test message sent to ${TEST_ADDRESS}`)
      .first()
      .waitFor()
    const { notifications } = await storeApi<{
      notifications: {
        to: string
        channel: string
        template: string
        data: unknown
      }[]
    }>(`/admin/notifications?to=${encodeURIComponent(TEST_ADDRESS)}`)
    expect(notifications).toEqual([
      expect.objectContaining({
        to: TEST_ADDRESS,
        channel: "email",
        template: "dormant",
      }),
    ])
    await testSend.scrollIntoViewIfNeeded()
    await screenshot(page, "reminder-test-send")
    await drawer.getByRole("button", { name: "Cancel" }).click()
  })
})

describe("Reminders page in Simplified Chinese", () => {
  let dashboard: Dashboard

  beforeAll(async () => {
    dashboard = await openDashboard()
    await login(dashboard.page)
    await switchLanguage(dashboard.page, "简体中文")
  })

  afterAll(() => dashboard?.close())

  it("shows the page, its sidebar entry, table and drawer in Chinese", async () => {
    const { page } = dashboard
    await goTo(page, "/reminders")
    await page.getByRole("link", { name: zh.title }).waitFor()
    await page.getByRole("heading", { name: zh.title }).waitFor()
    for (const header of Object.values(zh.columns)) {
      await page.getByRole("columnheader", { name: header }).waitFor()
    }
    await waitForRows(page, (rows) => rows.length === 11)
    const { rows, expected } = await rowsMatchApi(page, zh)
    expect(rows).toEqual(expected)
    expect(rows.map((r) => r[0])).toContain("沉睡会员唤醒")
    await screenshot(page, "reminders-page-zh")

    const drawer = await openEditDrawer(page, "dormant", zh.edit)
    await drawer.getByText(zh.form.preview).waitFor()
    const delay = drawer.getByLabel(zh.params.after_days)
    await delay.fill("-1")
    await drawer.getByRole("button", { name: "保存" }).click()
    await drawer
      .getByRole("alert")
      .filter({ hasText: "请输入不小于 1 的数" })
      .waitFor()
    await screenshot(page, "reminder-edit-zh")
    await drawer.getByRole("button", { name: "取消" }).click()
    await drawer.waitFor({ state: "detached" })
  })

  it("shows the Messages log in Chinese", async () => {
    const { page } = dashboard
    await goTo(page, "/reminders/messages")
    await page.getByRole("heading", { name: zh.messages.title }).waitFor()
    await page.getByRole("columnheader", { name: zh.messages.reason }).waitFor()
    await page
      .getByTestId("messages-range")
      .getByText(/^第 1–\d+ 条，共 \d+ 条消息$/)
      .waitFor()
    await screenshot(page, "messages-log-zh")
  })
})
