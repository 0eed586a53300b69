import { adminFetch, adminToken } from "./support/admin-api"
import {
  goTo,
  login,
  openDashboard,
  screenshot,
  type Dashboard,
} from "./support/browser"
import { readStoreState } from "./support/store"

jest.setTimeout(90_000)

type ApiSegment = { id: string; name: string; count: number }

const listSegments = async () => {
  const { url } = readStoreState()
  const token = await adminToken(url)
  const { segments } = await adminFetch<{ segments: ApiSegment[] }>(
    url,
    token,
    "/admin/segments"
  )
  return segments
}

describe("Segments page", () => {
  let dashboard: Dashboard

  beforeAll(async () => {
    dashboard = await openDashboard()
    await login(dashboard.page)
  })

  afterAll(() => dashboard?.close())

  it("lists the seeded segments with their counts, as the admin API does", async () => {
    const { page } = dashboard
    const segments = await listSegments()
    expect(segments.length).toBeGreaterThanOrEqual(5)
    await goTo(page, "/segments")
    for (const segment of segments) {
      const row = page.getByTestId(`segment-${segment.id}`)
      await row.waitFor()
      expect(await row.textContent()).toContain(segment.name)
    }
    await page.getByTestId("preset-dormant").waitFor()
    await screenshot(page, "segments-page")
  })

  it("shows a live count while a rule is edited", async () => {
    const { page } = dashboard
    await page.getByRole("button", { name: "New segment" }).click()
    const live = page.getByTestId("segment-live-count")
    await live.waitFor()
    expect(await live.textContent()).toMatch(/members/)
    await screenshot(page, "segment-builder")
  })
})
