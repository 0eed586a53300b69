import {
  goTo,
  login,
  openDashboard,
  screenshot,
  switchLanguage,
  type Dashboard,
} from "./support/browser"
import { waitForFirstRow } from "./support/data-table"
import { listMembers } from "./support/members"

jest.setTimeout(60_000)

describe("The dashboard in Simplified Chinese", () => {
  let dashboard: Dashboard

  beforeAll(async () => {
    dashboard = await openDashboard()
    await login(dashboard.page)
    await switchLanguage(dashboard.page, "简体中文")
  })

  afterAll(() => dashboard?.close())

  it("shows the Members page, its sidebar entry and its money in Chinese", async () => {
    const { page } = dashboard
    const [top] = await listMembers()
    await goTo(page, "/members")
    await page.getByRole("link", { name: "会员", exact: true }).waitFor()
    await page.getByRole("heading", { name: "会员数据回填" }).waitFor()
    await waitForFirstRow(page, top.email!)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(
      "zh-CN"
    )
    for (const header of ["会员", "阶段", "订单", "累计消费", "入会时间"]) {
      await page.getByRole("columnheader", { name: header }).waitFor()
    }
    await page.getByPlaceholder("按姓名或邮箱搜索").waitFor()
    const money = new Intl.NumberFormat("zh-CN", {
      style: "currency",
      currency: "EUR",
      currencyDisplay: "narrowSymbol",
    }).format(top.metrics.total_spent)
    await page.getByRole("cell", { name: money }).first().waitFor()
    await screenshot(page, "members-page-zh")
  })

  it("shows the member card and its drawer in Chinese", async () => {
    const { page } = dashboard
    const [member] = await listMembers()
    await goTo(page, `/customers/${member.customer_id}`)
    await page.getByRole("heading", { name: "会员信息" }).waitFor()
    await page.getByText("累计消费").waitFor()
    await page.getByRole("button", { name: "编辑会员资料" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByText("同意接收营销邮件").waitFor()
    await drawer.getByRole("button", { name: "保存" }).waitFor()
    await screenshot(page, "member-edit-zh")
  })
})
