import { adminFetch, adminToken } from "./support/admin-api"
import {
  goTo,
  login,
  openDashboard,
  screenshot,
  switchLanguage,
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
    const dormant = page.getByTestId("preset-dormant")
    await dormant.waitFor()
    // The member count is an i18next plural: "1 member", "4 members".
    expect(await dormant.textContent()).toMatch(
      /\d+ members? · \d+% of revenue/
    )
    await screenshot(page, "segments-page")
  })

  it("shows a live count while a rule is edited", async () => {
    const { page } = dashboard
    await page.getByRole("button", { name: "New segment" }).click()
    const live = page.getByTestId("segment-live-count")
    await live.waitFor()
    expect(await live.textContent()).toMatch(
      /^[\d,]+ members? · \d+% of members · \d+% of revenue [\d.,]+ ms/
    )
    await screenshot(page, "segment-builder")
  })
})

describe("The Segments page in Simplified Chinese", () => {
  let dashboard: Dashboard

  beforeAll(async () => {
    dashboard = await openDashboard()
    await login(dashboard.page)
    await switchLanguage(dashboard.page, "简体中文")
  })

  afterAll(() => dashboard?.close())

  it("shows the table, the gallery and the builder's live count in Chinese", async () => {
    const { page } = dashboard
    await goTo(page, "/segments")
    await page.getByRole("heading", { name: "客群", exact: true }).waitFor()
    for (const header of ["规则", "会员数", "占比", "计算时间"]) {
      await page.getByRole("columnheader", { name: header }).waitFor()
    }
    await page.getByRole("heading", { name: "发现分组" }).waitFor()
    const dormant = page.getByTestId("preset-dormant")
    await dormant.waitFor()
    expect(await dormant.textContent()).toMatch(/\d+ 位会员 · 占收入 \d+%/)
    await page.getByRole("button", { name: "新建客群" }).click()
    const live = page.getByTestId("segment-live-count")
    await live.waitFor()
    expect(await live.textContent()).toMatch(
      /^[\d,]+ 位会员 · 占会员 \d+% · 占收入 \d+% [\d.,]+ 毫秒/
    )
    await page.getByRole("dialog").getByText("满足全部").first().waitFor()
    await screenshot(page, "segment-builder-zh")
  })
})
