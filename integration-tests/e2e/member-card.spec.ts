import {
  computedStyle,
  goTo,
  login,
  openDashboard,
  screenshot,
  type Dashboard,
} from "./support/browser"
import { getMember, listMembers } from "./support/members"

jest.setTimeout(60_000)

const TOO_LONG_TAG = "a-tag-that-is-far-too-long-for-any-member-x"

describe("Member card on a customer", () => {
  let dashboard: Dashboard

  beforeAll(async () => {
    dashboard = await openDashboard()
    await login(dashboard.page)
  })

  afterAll(() => dashboard?.close())

  it("shows errors inline on the field, then saves the edit", async () => {
    const { page } = dashboard
    const [member] = await listMembers({ order: "-order_count" })
    await goTo(page, `/customers/${member.customer_id}`)
    await page.getByRole("heading", { name: "Membership" }).waitFor()
    await screenshot(page, "member-card")

    await page.getByRole("button", { name: "Edit membership" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByText("Edit membership").waitFor()
    const tags = drawer.getByPlaceholder("e.g. student")

    // An over-long tag: the drawer names it under the Tags field.
    await tags.fill(TOO_LONG_TAG)
    await tags.press("Enter")
    // the tag's chip sits tight around its remove button
    const remove = drawer.getByRole("button", {
      name: `Remove tag ${TOO_LONG_TAG}`,
    })
    expect(await computedStyle(remove.locator(".."), "padding-right")).toBe(
      "2px"
    )
    await drawer.getByRole("button", { name: "Save" }).click()
    const tagError = drawer.getByRole("alert")
    await tagError.waitFor()
    expect(await tagError.innerText()).toBe(
      `“${TOO_LONG_TAG}” is longer than 40 characters`
    )
    expect(await tags.getAttribute("aria-invalid")).toBe("true")
    expect(await tags.getAttribute("aria-describedby")).toContain(
      (await tagError.getAttribute("id"))!
    )
    await screenshot(page, "member-edit-tag-error")

    // A birthday in the future: refused on the Birthday field.
    await drawer
      .getByRole("button", { name: `Remove tag ${TOO_LONG_TAG}` })
      .click()
    const birthday = drawer.getByRole("group").filter({
      has: page.locator('[role="spinbutton"]'),
    })
    await birthday.locator('[role="spinbutton"]').first().click()
    await page.keyboard.type("06152099")
    await drawer.getByRole("button", { name: "Save" }).click()
    await drawer.getByText("The birthday cannot be in the future").waitFor()
    expect(await drawer.getByRole("alert").count()).toBe(1)
    await screenshot(page, "member-edit-birthday-error")
    // Nothing was sent while the form was invalid.
    const unchanged = await getMember(member.customer_id)
    expect([unchanged.tags, unchanged.birthday]).toEqual([
      member.tags,
      member.birthday,
    ])

    await birthday.locator('[role="spinbutton"]').first().click()
    await page.keyboard.type("04011990")
    await tags.fill("e2e-vip")
    await tags.press("Enter")
    await drawer.getByRole("button", { name: "Save" }).click()
    await page.getByText("Membership updated").waitFor()
    await drawer.waitFor({ state: "detached" })

    const saved = await getMember(member.customer_id)
    expect(saved.birthday).toBe("1990-04-01")
    expect(saved.tags).toEqual([...member.tags, "e2e-vip"])
    await page.getByText("Apr 1, 1990").waitFor()
    await screenshot(page, "member-card-saved")
  })
})
