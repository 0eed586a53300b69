import type { Page } from "playwright-core"
import {
  computedStyle,
  goTo,
  login,
  openDashboard,
  screenshot,
  type Dashboard,
} from "./support/browser"
import { waitForRows } from "./support/data-table"
import { listMembers, rowEmail } from "./support/members"

jest.setTimeout(60_000)

/** The member emails the table shows, once they are `expected` (or the wait timed out). */
const shownEmails = async (page: Page, expected: (string | null)[]) =>
  (
    await waitForRows(
      page,
      (rows) => JSON.stringify(rows.map(rowEmail)) === JSON.stringify(expected)
    )
  ).map(rowEmail)

const orderParam = (page: Page) =>
  new URL(page.url()).searchParams.get("order") ?? "-total_spent"

describe("Members page", () => {
  let dashboard: Dashboard

  beforeAll(async () => {
    dashboard = await openDashboard()
    await login(dashboard.page)
  })

  afterAll(() => dashboard?.close())

  it("lists the members by total spent, as the admin API does", async () => {
    const { page } = dashboard
    const expected = await listMembers()
    expect(expected.length).toBeGreaterThan(5)

    await goTo(page, "/members")
    await page.getByRole("link", { name: "Members" }).waitFor()
    const emails = expected.map((m) => m.email)
    expect(await shownEmails(page, emails)).toEqual(emails)
    // the backfill's bar animates its width
    const bar = page.getByRole("progressbar").first().locator("div")
    expect(await computedStyle(bar, "transition-property")).toBe("width")
    expect(await computedStyle(bar, "transition-duration")).toBe("0.5s")
    await screenshot(page, "members-page")
  })

  it("searches by name", async () => {
    const { page } = dashboard
    const [, , target] = await listMembers()
    const expected = await listMembers({ q: target.last_name! })

    await page
      .getByPlaceholder("Search by name or email")
      .fill(target.last_name!)
    await page.waitForURL(
      (url) => url.searchParams.get("q") === target.last_name
    )
    const emails = expected.map((m) => m.email)
    expect(await shownEmails(page, emails)).toEqual(emails)
    expect(emails).toContain(target.email)
    await screenshot(page, "members-search")

    await page.getByPlaceholder("Search by name or email").fill("")
    await page.waitForURL((url) => !url.searchParams.has("q"))
  })

  it("sorts by order count both ways, as the admin API does", async () => {
    const { page } = dashboard
    const ordersHeader = page.getByRole("columnheader", { name: "Orders" })

    for (const click of [1, 2]) {
      const before = orderParam(page)
      await ordersHeader.click()
      await page.waitForURL((url) => url.searchParams.get("order") !== before)
      const order = orderParam(page)
      expect([`order_count`, `-order_count`]).toContain(order)
      const expected = await listMembers({ order })
      const emails = expected.map((m) => m.email)
      expect(await shownEmails(page, emails)).toEqual(emails)

      const counts = expected.map((m) => m.metrics.order_count)
      const sorted = [...counts].sort((a, b) =>
        order.startsWith("-") ? b - a : a - b
      )
      expect(counts).toEqual(sorted)
      await screenshot(page, `members-sorted-${click}`)
    }
  })
})
