import { adminFetch, adminToken } from "./support/admin-api"
import {
  goTo,
  login,
  openDashboard,
  screenshot,
  switchLanguage,
  type Dashboard,
} from "./support/browser"
import { segmentBuilder } from "./support/segment-builder"
import { readStoreState } from "./support/store"

jest.setTimeout(90_000)

type ApiSegment = { id: string; name: string; count: number; rule: unknown }
type ApiPreview = { preview: { count: number } }

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

  it("builds a rule through the typed editors, counts it as the API does and stores the chosen ids", async () => {
    const { page } = dashboard
    const { url } = readStoreState()
    const token = await adminToken(url)
    const { product_categories } = await adminFetch<{
      product_categories: { id: string; name: string }[]
    }>(url, token, "/admin/product-categories?q=Apparel&fields=id,name")
    const apparel = product_categories.find((c) => c.name === "Apparel")
    expect(apparel).toBeDefined()
    const rule = {
      all: [
        { field: "tags", op: "contains", value: "students" },
        { field: "total_spent", op: "gte", value: 20.5 },
        {
          field: "purchases",
          op: "purchased",
          value: { category_ids: [apparel!.id], within_days: 3650 },
        },
        { field: "last_order_at", op: "within_last_days", value: 3650 },
      ],
    }

    await goTo(page, "/segments")
    await page.getByRole("button", { name: "New segment" }).click()
    const builder = segmentBuilder(page)
    const { drawer, condition, choose, pick } = builder
    const name = `Students in apparel ${Date.now()}`
    await drawer.getByLabel("Name", { exact: true }).fill(name)

    // A tag members really hold, from the field's values (with how many hold it).
    await choose(condition(0), "Field", "Tags")
    await pick(
      condition(0).getByRole("button", { name: "Value" }),
      "Value: Search",
      "stu",
      /^students\s*\d+ members?$/
    )
    expect(await condition(0).textContent()).toContain("students")

    // An amount in the membership currency (EUR), in major units.
    await drawer.getByRole("button", { name: "Add condition" }).click()
    await choose(condition(1), "Field", "Total spent")
    await choose(condition(1), "Operator", "at least")
    await condition(1).getByLabel("Amount").fill("20.50")
    const money = await condition(1).textContent()
    expect(money).toContain("EUR")
    expect(money).toContain("€")

    // A category found by name through Medusa's admin search; its id is stored.
    await drawer.getByRole("button", { name: "Add condition" }).click()
    await choose(condition(2), "Field", "Purchases")
    await pick(
      condition(2)
        .getByRole("group", { name: "Categories" })
        .getByRole("button", { name: "Any category" }),
      "Categories: Search",
      "app",
      "Apparel"
    )
    await page
      .getByRole("option", { name: "Apparel", selected: true })
      .waitFor()
    await screenshot(page, "segment-builder-category-picker")
    await page.keyboard.press("Escape")
    await condition(2).getByLabel("Within the last … days").fill("3650")
    expect(
      await condition(2)
        .getByRole("group", { name: "Categories" })
        .textContent()
    ).toContain("Apparel")

    // Days back from today, labelled in days with the date they make.
    await drawer.getByRole("button", { name: "Add condition" }).click()
    await choose(condition(3), "Field", "Last order")
    const previewed = builder.previewOf(rule)
    await condition(3).getByLabel("Days ago").fill("3650")
    expect(await condition(3).textContent()).toMatch(/days · since /)

    const shown = ((await (await previewed).json()) as ApiPreview).preview
    const { preview } = await adminFetch<ApiPreview>(
      url,
      token,
      "/admin/segments/preview",
      { method: "POST", body: { rule } }
    )
    // Two seeded students bought apparel: the rule matches someone, so equal counts mean something.
    expect(preview.count).toBeGreaterThan(0)
    expect(shown.count).toBe(preview.count)
    await builder.liveCountStartsWith(
      `${preview.count} member${preview.count === 1 ? "" : "s"} · `
    )
    await screenshot(page, "segment-builder-typed-editors")

    await drawer.getByRole("button", { name: "Save" }).click()
    await drawer.waitFor({ state: "detached" })
    const saved = (await listSegments()).find((s) => s.name === name)
    expect(saved?.rule).toEqual(rule)
    expect(saved?.count).toBe(preview.count)
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
    const { condition, choose } = segmentBuilder(page)
    await choose(condition(0), "字段", "最近下单")
    await choose(condition(0), "运算符", "在…天以前")
    await condition(0).getByLabel("天前").fill("45")
    expect(await condition(0).textContent()).toMatch(/天前 · 早于 /)
    await choose(condition(0), "字段", "累计消费")
    expect(await condition(0).textContent()).toContain("EUR")
    await condition(0).getByLabel("金额").waitFor()
    await screenshot(page, "segment-builder-zh")
  })
})
