import {
  goTo,
  login,
  openDashboard,
  screenshot,
  type Dashboard,
} from "./support/browser"
import { listMembers } from "./support/members"

jest.setTimeout(60_000)

describe("Points in the dashboard", () => {
  let dashboard: Dashboard

  beforeAll(async () => {
    dashboard = await openDashboard()
    await login(dashboard.page)
  })

  afterAll(() => dashboard?.close())

  it("shows a member's points and adjusts them through the drawer, errors inline", async () => {
    const { page } = dashboard
    const [member] = await listMembers({ order: "-order_count" })
    await goTo(page, `/customers/${member.customer_id}`)
    const section = page.getByTestId("member-points")
    await section.getByText("Available").waitFor()
    await screenshot(page, "member-points")

    await section.getByRole("button", { name: "Adjust points" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByText("Adjust points").first().waitFor()
    // no reason: refused on the Reason field
    await drawer.getByLabel("Points").fill("25")
    await drawer.getByRole("button", { name: "Save" }).click()
    await drawer.getByRole("alert").waitFor()
    await drawer.getByLabel("Reason").fill("e2e goodwill")
    await drawer.getByRole("button", { name: "Save" }).click()
    await page.getByText("Points adjusted").waitFor()
    await section.getByText("e2e goodwill").waitFor()
  })

  it("recomputes the cost guardrail while the earn rate is edited", async () => {
    const { page } = dashboard
    await goTo(page, "/points-program")
    const cost = page.getByTestId("points-cost")
    await cost.getByText("Cost guardrail").waitFor()
    await page.getByLabel("Points per currency unit").fill("20")
    await cost.getByRole("alert").waitFor()
    await screenshot(page, "points-program-warning")
    await page.getByLabel("Points per currency unit").fill("1")
    await cost.getByText(/Within/).waitFor()
  })
})
