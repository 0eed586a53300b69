import type { Page } from "playwright-core"
import { reminders as strings } from "../../src/admin/i18n/reminders"
import {
  computedStyle,
  goTo,
  login,
  openDashboard,
  screenshot,
  type Dashboard,
} from "./support/browser"
import { tableRows } from "./support/data-table"
import {
  getMessage,
  listMessages,
  waitFor,
  waitForSeededMessages,
  type ApiMessage,
} from "./support/reminders"

jest.setTimeout(180_000)

const en = strings.en
const names = en.names as Record<string, string>

/** The Reminder, Status and Subject cells of a message's row. */
const rowOf = (m: ApiMessage) => [
  names[m.source_id] ?? m.source_id,
  en.messages.statuses[m.status],
  m.subject ?? en.messages.none,
]

const shownRows = async (page: Page) =>
  (await tableRows(page)).map(([source, status, , , subject]) => [
    source,
    status,
    subject,
  ])

/** Polls page and API until the table shows the API's first page for `query`. */
const rowsMatchApi = async (page: Page, query: Record<string, string> = {}) => {
  let expected: string[][] = []
  let count = 0
  const rows = await waitFor(
    async () => {
      const list = await listMessages(query)
      expected = list.messages.map(rowOf)
      count = list.count
      return shownRows(page)
    },
    (rows) => JSON.stringify(rows) === JSON.stringify(expected)
  )
  return { rows, expected, count }
}

const choose = async (page: Page, filter: string, option: string) => {
  await page.getByRole("combobox", { name: filter }).click()
  await page.getByRole("option", { name: option, exact: true }).click()
}

const range = (page: Page) => page.getByTestId("messages-range").innerText()

describe("Messages log", () => {
  let dashboard: Dashboard

  beforeAll(async () => {
    await waitForSeededMessages()
    dashboard = await openDashboard()
    await login(dashboard.page)
  })

  afterAll(() => dashboard?.close())

  it("lists the seeded store's reminder messages, as the admin API does", async () => {
    const { page } = dashboard
    await goTo(page, "/reminders/messages")
    await page.getByRole("heading", { name: en.messages.title }).waitFor()
    const { rows, expected, count } = await rowsMatchApi(page)
    expect(rows).toEqual(expected)
    expect(rows.length).toBe(Math.min(count, 20))
    expect(count).toBeGreaterThan(0)
    expect(await range(page)).toBe(
      `1–${rows.length} of ${count} message${count === 1 ? "" : "s"}`
    )
    await screenshot(page, "messages-log")
  })

  it("filters by status and by reminder", async () => {
    const { page } = dashboard
    const { messages } = await listMessages({ limit: "100" })
    const status = messages[0].status
    await choose(page, en.messages.status, en.messages.statuses[status])
    const byStatus = await rowsMatchApi(page, { status })
    expect(byStatus.rows).toEqual(byStatus.expected)
    expect(new Set(byStatus.rows.map((r) => r[1]))).toEqual(
      new Set([en.messages.statuses[status]])
    )
    await screenshot(page, `messages-log-${status}`)

    // another status narrows further (or empties the list)
    const other = (["sent", "suppressed", "queued", "failed"] as const).find(
      (s) => s !== status
    )!
    await choose(page, en.messages.status, en.messages.statuses[other])
    const byOther = await rowsMatchApi(page, { status: other })
    expect(byOther.rows).toEqual(byOther.expected)
    if (!byOther.count) {
      await page.getByText(en.messages.empty).waitFor()
    }

    await choose(page, en.messages.status, en.messages.allStatuses)
    const source = messages[messages.length - 1].source_id
    await choose(page, en.messages.source, names[source])
    const bySource = await rowsMatchApi(page, { source_id: source })
    expect(bySource.rows).toEqual(bySource.expected)
    expect(bySource.count).toBeGreaterThan(0)
    expect(new Set(bySource.rows.map((r) => r[0]))).toEqual(
      new Set([names[source]])
    )
    await screenshot(page, `messages-log-${source}`)

    await choose(page, en.messages.source, en.messages.allSources)
    const all = await rowsMatchApi(page)
    expect(all.rows).toEqual(all.expected)
  })

  it("filters by member", async () => {
    const { page } = dashboard
    const { messages, count } = await listMessages({ limit: "100" })
    const member = messages.find((m) => m.customer_id)!.customer_id!
    const customer = page.getByRole("textbox", { name: en.messages.customer })
    await customer.fill(member)
    const byMember = await rowsMatchApi(page, { customer_id: member })
    expect(byMember.rows).toEqual(byMember.expected)
    expect(byMember.count).toBeGreaterThan(0)
    // the seeded messages go to several members: the filter narrows the log
    if (new Set(messages.map((m) => m.customer_id)).size > 1) {
      expect(byMember.count).toBeLessThan(count)
    }
    await waitFor(
      () => range(page),
      (text) =>
        text.endsWith(
          `of ${byMember.count} message${byMember.count === 1 ? "" : "s"}`
        )
    )
    await screenshot(page, "messages-log-member")

    await customer.fill("cus_nobody")
    await page.getByText(en.messages.empty).waitFor()
    await customer.fill("")
    const all = await rowsMatchApi(page)
    expect(all.rows).toEqual(all.expected)
  })

  it("opens a message and shows it as it was rendered", async () => {
    const { page } = dashboard
    // a sent message (at night the marketing ones wait): filter the log to it
    const withBody = async (query: Record<string, string>) => {
      for (const m of (await listMessages(query)).messages) {
        const full = await getMessage(m.id)
        if (full.rendered?.html && full.rendered.text) return full
      }
      return null
    }
    let message = await withBody({ status: "sent" })
    if (message) {
      await choose(page, en.messages.status, en.messages.statuses.sent)
      await rowsMatchApi(page, { status: "sent" })
    } else {
      message = await withBody({})
    }
    expect(message).not.toBeNull()
    // the reason and subject are capped at 20rem inside their cells, with an ellipsis
    const cells = page.getByTestId(`message-${message!.id}`).locator("td")
    for (const cell of [cells.nth(2), cells.nth(4)]) {
      const text = cell.locator("div").first()
      expect((await text.boundingBox())!.width).toBeLessThanOrEqual(320)
      expect(await computedStyle(text, "text-overflow")).toBe("ellipsis")
    }
    await page.getByTestId(`message-${message!.id}`).click()
    const drawer = page.getByTestId("message-drawer")
    await drawer.waitFor()
    await drawer.getByRole("heading", { name: message!.subject! }).waitFor()
    await drawer
      .getByText(en.messages.statuses[message!.status])
      .first()
      .waitFor()
    expect((await drawer.locator("pre").innerText()).trim()).toBe(
      message!.rendered!.text!.trim()
    )
    // long lines (the unsubscribe link) wrap inside the drawer
    expect(
      await drawer
        .locator("pre")
        .evaluate((pre) => pre.scrollWidth <= pre.clientWidth)
    ).toBe(true)
    // the facts in two columns (label, value); the email 24rem high on a white page
    const columns = await computedStyle(
      drawer.locator("dl"),
      "grid-template-columns"
    )
    expect(columns.split(" ")).toHaveLength(2)
    const iframe = drawer.locator("iframe")
    expect(await computedStyle(iframe, "height")).toBe("384px")
    expect(await computedStyle(iframe, "background-color")).toBe(
      "rgb(255, 255, 255)"
    )
    const frame = page.frameLocator(`iframe[title="${en.messages.rendered}"]`)
    const firstLine = message!.rendered!.text!.trim().split("\n")[0]
    await frame.locator("body").getByText(firstLine).first().waitFor()
    await screenshot(page, "message-drawer")
    await page.keyboard.press("Escape")
    await drawer.waitFor({ state: "detached" })
  })
})
