import {
  goTo,
  login,
  openDashboard,
  screenshot,
  type Dashboard,
} from "./support/browser"
import { adminFetch, adminToken } from "./support/admin-api"
import { listMembers } from "./support/members"
import { readStoreState } from "./support/store"

type MemberPoints = { entries: { points: number; reason: string | null }[] }

/** A member's points as the admin API answers them. */
const memberPoints = async (customerId: string) => {
  const { url } = readStoreState()
  return adminFetch<MemberPoints>(
    url,
    await adminToken(url),
    `/admin/members/${customerId}/points`
  )
}

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
    expect(await drawer.getByLabel("Reason").getAttribute("aria-invalid")).toBe(
      "true"
    )
    expect((await memberPoints(member.customer_id)).entries).not.toContainEqual(
      expect.objectContaining({ reason: "e2e goodwill" })
    )
    await drawer.getByLabel("Reason").fill("e2e goodwill")
    await drawer.getByRole("button", { name: "Save" }).click()
    await page.getByText("Points adjusted").waitFor()
    await section.getByText("e2e goodwill").waitFor()
    const after = await memberPoints(member.customer_id)
    expect(after.entries[0]).toEqual(
      expect.objectContaining({ points: 25, reason: "e2e goodwill" })
    )
  })

  it("recomputes the cost guardrail while the earn rate is edited", async () => {
    const { page } = dashboard
    await goTo(page, "/points-program")
    const cost = page.getByTestId("points-cost")
    await cost.getByText("Cost guardrail").waitFor()
    await page.getByLabel("Points per currency unit").fill("20")
    await cost.getByRole("alert").waitFor()
    expect(await cost.getByRole("alert").count()).toBe(1)
    await screenshot(page, "points-program-warning")
    await page.getByLabel("Points per currency unit").fill("1")
    await cost.getByText(/Within/).waitFor()
    expect(await cost.getByRole("alert").count()).toBe(0)
  })
})
