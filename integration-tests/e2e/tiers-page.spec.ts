import type { Page } from "playwright-core"
import { tiers as strings } from "../../src/admin/i18n/tiers"
import {
  computedStyle,
  goTo,
  login,
  openDashboard,
  screenshot,
  switchLanguage,
  type Dashboard,
} from "./support/browser"
import { tableRows } from "./support/data-table"
import { listMembers } from "./support/members"
import { storeApi, waitFor } from "./support/reminders"
import {
  listTiers,
  memberTier,
  previewLadder,
  tierBody,
  tierPrices,
  waitForPlacedMembers,
  type ApiTier,
} from "./support/tiers"

jest.setTimeout(180_000)

const en = strings.en
const zh = strings.zhCN
const number = (n: number) => new Intl.NumberFormat("en-US").format(n)
const percent = (r: number) =>
  new Intl.NumberFormat("en-US", { style: "percent" }).format(r)

/** What the ladder table must show of a tier: name, rank, members, revenue share. */
const expectedRow = (tier: ApiTier) => [
  tier.name,
  number(tier.rank),
  number(tier.member_count),
  percent(tier.revenue_share),
]
const shownRow = (cells: string[]) => [cells[0], cells[1], cells[4], cells[5]]

/** Polls the page's table until it shows `expected` rows; returns what it shows. */
const waitForLadder = async (page: Page, expected: string[][]) => {
  let rows: string[][] = []
  const deadline = Date.now() + 15_000
  do {
    rows = (await tableRows(page)).map(shownRow)
    if (JSON.stringify(rows) === JSON.stringify(expected)) break
    await page.waitForTimeout(250)
  } while (Date.now() < deadline)
  return rows
}

const openRowDrawer = async (page: Page, handle: string) => {
  await page
    .getByTestId(`tier-${handle}`)
    .getByRole("button", { name: en.edit, exact: true })
    .click()
  const drawer = page.getByRole("dialog")
  await drawer.waitFor()
  return drawer
}

describe("Tiers page", () => {
  let dashboard: Dashboard

  beforeAll(async () => {
    dashboard = await openDashboard()
    await login(dashboard.page)
  })

  afterAll(() => dashboard?.close())

  it("starts a store with no tiers from the template, then lists the ladder as the admin API does", async () => {
    const { page } = dashboard
    await goTo(page, "/tiers")
    await page.getByRole("link", { name: en.title }).waitFor()
    await page.getByRole("heading", { name: en.title }).waitFor()

    if ((await listTiers()).length === 0) {
      const start = page.getByRole("button", { name: en.template.action })
      await start.waitFor()
      await screenshot(page, "tiers-empty")
      await start.click()
      await page.getByText(en.template.created).first().waitFor()
    }
    const ladder = await waitForPlacedMembers()
    expect(ladder.map((t) => [t.handle, t.rank])).toEqual([
      ["member", 0],
      ["silver", 1],
      ["gold", 2],
      ["vip", 3],
    ])
    expect(ladder.reduce((sum, t) => sum + t.member_count, 0)).toBeGreaterThan(
      0
    )

    // the counts settled after the page loaded: read them afresh
    await page.reload()
    await page.getByTestId("tier-vip").waitFor()
    const expected = ladder.map(expectedRow)
    expect(await waitForLadder(page, expected)).toEqual(expected)
    const silver = (await tableRows(page))[1]
    expect(silver[2]).toMatch(/^€250\.00 spent in 365 days$/)
    expect(silver[3]).toContain("1.25× points")
    await screenshot(page, "tiers-page")
  })

  it("refuses a threshold below the tier under it inline, shows the what-if the preview API answers, then saves", async () => {
    const { page } = dashboard
    const ladder = await listTiers()
    const gold = ladder.find((t) => t.handle === "gold")!
    const drawer = await openRowDrawer(page, "gold")
    // 56rem, not the dashboard's 560px: the form and the what-if side by side
    expect(await computedStyle(drawer, "width")).toBe("896px")
    const threshold = drawer.getByLabel(/^Threshold/)
    expect(Number(await threshold.inputValue())).toBe(gold.threshold)

    await threshold.fill("100")
    await drawer.getByRole("button", { name: "Save" }).click()
    const error = drawer
      .getByRole("alert")
      .filter({ hasText: "Must be above Silver's threshold (250)" })
    await error.waitFor()
    expect(await threshold.getAttribute("aria-invalid")).toBe("true")
    expect(await threshold.getAttribute("aria-describedby")).toContain(
      (await error.getAttribute("id"))!
    )
    // the what-if waits for a valid ladder
    await drawer.getByText(en.whatIf.invalid).waitFor()
    await screenshot(page, "tier-edit-threshold-error")
    expect((await listTiers()).find((t) => t.id === gold.id)!.threshold).toBe(
      gold.threshold
    )

    // Gold just above Silver: the what-if shows what POST /admin/tiers/preview answers
    const next = 260
    await threshold.fill(String(next))
    const proposed = ladder.map((t) =>
      t.id === gold.id ? { ...tierBody(t), threshold: next } : tierBody(t)
    )
    const preview = await previewLadder(proposed)
    const whatIf = drawer.getByTestId("tier-what-if")
    const shown = await waitFor(
      async () =>
        Promise.all(
          preview.tiers.map(async (t) => {
            const row = whatIf.getByTestId(`what-if-${t.handle}`)
            if (!(await row.count())) return null
            return [
              await row.getByTestId("what-if-members").innerText(),
              await row.getByTestId("what-if-share").innerText(),
            ]
          })
        ),
      (rows) =>
        JSON.stringify(rows) ===
        JSON.stringify(
          preview.tiers.map((t) => [
            number(t.member_count),
            percent(t.revenue_share),
          ])
        )
    )
    expect(shown).toEqual(
      preview.tiers.map((t) => [
        number(t.member_count),
        percent(t.revenue_share),
      ])
    )
    expect(await whatIf.getByTestId("what-if-moves").innerText()).toBe(
      `Would move up: ${number(preview.moves.up)} · down: ${number(preview.moves.down)} · stay: ${number(preview.moves.unchanged)}`
    )
    // a lower Gold bar moves members up and no one down
    expect(preview.moves.down).toBe(0)
    await whatIf.scrollIntoViewIfNeeded()
    await screenshot(page, "tier-what-if")

    await drawer.getByRole("button", { name: "Save" }).click()
    await page.getByText(en.form.saved).first().waitFor()
    await drawer.waitFor({ state: "detached" })
    expect((await listTiers()).find((t) => t.id === gold.id)!.threshold).toBe(
      next
    )
  })

  it("saves a member price for a variant found by search, a percentage off a product, and removes one, as GET prices then lists", async () => {
    const { page } = dashboard
    const gold = (await listTiers()).find((t) => t.handle === "gold")!
    const {
      products: [product],
    } = await storeApi<{
      products: {
        id: string
        title: string
        variants: { id: string; title: string }[]
      }[]
    }>("/admin/products?limit=1&order=title&fields=id,title,*variants")
    const variant = product.variants[0]

    await page
      .getByTestId("tier-gold")
      .getByRole("button", { name: /Member prices/ })
      .click()
    await page.getByRole("menuitem", { name: en.prices }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByText(en.priceEditor.empty).waitFor()

    await drawer
      .getByPlaceholder(en.priceEditor.searchPlaceholder)
      .fill(product.title)
    const form = drawer.getByTestId("fixed-price-form")
    // no variant chosen and no amount: both named on their fields
    await form.getByRole("button", { name: en.priceEditor.addFixed }).click()
    await form.getByText(en.priceEditor.pickVariant).waitFor()
    await form.getByText(en.form.errors.number).waitFor()
    await screenshot(page, "tier-price-errors")

    const chooseVariant = drawer.getByRole("button", {
      name: `${en.priceEditor.chooseVariant} ${product.title} · ${variant.title}`,
    })
    // variant rows are indented under their product
    expect(
      await computedStyle(chooseVariant.locator(".."), "padding-left")
    ).toBe("24px")
    await chooseVariant.click()
    await form.getByLabel(en.priceEditor.amount).fill("12.34")
    await form.getByRole("button", { name: en.priceEditor.addFixed }).click()
    await page.getByText(en.priceEditor.saved).first().waitFor()

    const prices = await tierPrices(gold.id)
    expect(prices).toEqual([
      expect.objectContaining({ variant_id: variant.id, amount: 12.34 }),
    ])
    const row = drawer.getByTestId(`tier-price-${variant.id}`)
    await row.getByText(`${product.title} · ${variant.title}`).waitFor()
    expect(await row.getByTestId("tier-price-amount").innerText()).toBe(
      new Intl.NumberFormat("en-US", {
        style: "currency",
        currency: prices[0].currency_code.toUpperCase(),
        currencyDisplay: "narrowSymbol",
      }).format(12.34)
    )
    await screenshot(page, "tier-prices")

    // 10% off another product: each of its variants gets 90% of its regular price
    const {
      products: [, other],
    } = await storeApi<{
      products: {
        id: string
        title: string
        variants: {
          id: string
          prices: { currency_code: string; amount: number }[]
        }[]
      }[]
    }>(
      "/admin/products?limit=2&order=title&fields=id,title,*variants,*variants.prices"
    )
    const search = drawer.getByPlaceholder(en.priceEditor.searchPlaceholder)
    await search.fill(other.title)
    const results = drawer.getByTestId("product-results")
    await results.getByText(other.title, { exact: true }).waitFor()
    await results
      .locator("label")
      .filter({ hasText: other.title })
      .getByRole("checkbox")
      .click()
    const percentForm = drawer.getByTestId("percent-off-form")
    await percentForm.getByLabel(en.priceEditor.percent).fill("10")
    await percentForm
      .getByRole("button", { name: en.priceEditor.addPercent })
      .click()
    const currency = prices[0].currency_code
    const withPercent = await waitFor(
      () => tierPrices(gold.id),
      (list) => list.length === 1 + other.variants.length
    )
    for (const v of other.variants) {
      const regular = v.prices.find((p) => p.currency_code === currency)!
      expect(withPercent.find((p) => p.variant_id === v.id)?.amount).toBe(
        Math.round(regular.amount * 90) / 100
      )
    }
    await drawer.getByTestId(`tier-price-${other.variants[0].id}`).waitFor()
    await screenshot(page, "tier-prices-percent")

    // remove the fixed price: GET prices no longer lists it
    await drawer
      .getByTestId(`tier-price-${variant.id}`)
      .getByRole("button", { name: en.priceEditor.remove })
      .click()
    await page.getByText(en.priceEditor.removed).first().waitFor()
    await drawer.getByTestId(`tier-price-${variant.id}`).waitFor({
      state: "detached",
    })
    expect((await tierPrices(gold.id)).map((p) => p.variant_id).sort()).toEqual(
      other.variants.map((v) => v.id).sort()
    )
    await page.keyboard.press("Escape")
    await drawer.waitFor({ state: "detached" })
  })

  it("shows the member's tier on the customer card, pins it to another tier and unpins it", async () => {
    const { page } = dashboard
    const [member] = await listMembers({ order: "-total_spent" })
    const before = await memberTier(member.customer_id)
    expect(before.tier).not.toBeNull()

    await goTo(page, `/customers/${member.customer_id}`)
    const section = page.getByTestId("member-tier")
    await section
      .getByTestId("member-tier-name")
      .getByText(before.tier!.name, { exact: true })
      .waitFor()
    const progress = section.getByTestId("member-tier-progress")
    await progress
      .getByText(
        before.progress?.next_tier
          ? new RegExp(`more to ${before.progress.next_tier.name}$`)
          : en.member.topTier
      )
      .waitFor()
    await section.scrollIntoViewIfNeeded()
    await screenshot(page, "member-card-tier")

    // pin the top spender to the base tier
    await section.getByRole("combobox").click()
    await page.getByRole("option", { name: "Member", exact: true }).click()
    await section.getByRole("button", { name: en.member.pin }).click()
    await page.getByText("Pinned to Member").first().waitFor()
    const pinned = await memberTier(member.customer_id)
    expect([pinned.pinned, pinned.tier?.name]).toEqual([true, "Member"])
    const name = section.getByTestId("member-tier-name")
    await name.getByText(en.member.pinned, { exact: true }).waitFor()
    await section
      .getByTestId("member-tier-name")
      .getByText("Member", { exact: true })
      .waitFor()
    await section
      .getByTestId("member-tier-history")
      .getByText("Member")
      .first()
      .waitFor()
    // core's Customer Groups section on the page follows the tier group
    await page.getByText("Tier: Member", { exact: true }).waitFor()
    await screenshot(page, "member-card-tier-pinned")

    await section.getByRole("button", { name: en.member.unpin }).click()
    await page.getByText(en.member.unpinnedToast).first().waitFor()
    const unpinned = await memberTier(member.customer_id)
    expect([unpinned.pinned, unpinned.tier?.id]).toEqual([
      false,
      before.tier!.id,
    ])
    await section
      .getByTestId("member-tier-name")
      .getByText(before.tier!.name, { exact: true })
      .waitFor()
    expect(
      await name.getByText(en.member.pinned, { exact: true }).count()
    ).toBe(0)
  })
})

describe("Tiers page in Chinese", () => {
  let dashboard: Dashboard

  beforeAll(async () => {
    dashboard = await openDashboard()
    await login(dashboard.page)
    await switchLanguage(dashboard.page, "简体中文")
  })

  afterAll(() => dashboard?.close())

  it("shows the sidebar entry, the ladder and the drawer in Chinese", async () => {
    const { page } = dashboard
    await goTo(page, "/tiers")
    await page.getByRole("link", { name: zh.title }).waitFor()
    await page.getByRole("heading", { name: zh.title }).waitFor()
    const ladder = await listTiers()
    const expected = ladder.map(expectedRow)
    expect(await waitForLadder(page, expected)).toEqual(expected)
    const silver = (await tableRows(page))[1]
    expect(silver[2]).toBe("365 天内消费 €250.00")
    expect(silver[3]).toContain("1.25 倍积分")
    await page
      .getByTestId("tier-gold")
      .getByRole("button", { name: zh.edit, exact: true })
      .click()
    const drawer = page.getByRole("dialog")
    await drawer.getByText(zh.whatIf.title).waitFor()
    await drawer.getByTestId("what-if-gold").waitFor()
    await screenshot(page, "tiers-page-zh")
  })
})
