import { isDeepStrictEqual } from "util"
import type { Locator, Page } from "playwright-core"

/** Drives the Segments builder drawer the way an admin does. */
export const segmentBuilder = (page: Page) => {
  const drawer = page.getByRole("dialog")
  const condition = (index: number) =>
    drawer.getByTestId(`condition-rule.all[${index}]`)
  const choose = async (scope: Locator, select: string, option: string) => {
    await scope.getByRole("combobox", { name: select }).click()
    await page.getByRole("option", { name: option, exact: true }).click()
  }
  /** Opens a picker, searches and clicks the option whose name starts with `option`. */
  const pick = async (
    trigger: Locator,
    searchLabel: string,
    search: string,
    option: string | RegExp
  ) => {
    await trigger.click()
    await page.getByLabel(searchLabel).fill(search)
    await page.getByRole("option", { name: option }).click()
  }
  /** The builder's next POST /admin/segments/preview whose rule equals `rule`. */
  const previewOf = (rule: unknown) =>
    page.waitForResponse((response) => {
      const request = response.request()
      if (
        request.method() !== "POST" ||
        !response.url().includes("/admin/segments/preview")
      )
        return false
      const body = JSON.parse(request.postData() ?? "{}") as { rule?: unknown }
      return isDeepStrictEqual(body.rule, rule)
    })
  /** Waits until the live count has settled on `text` at its start. */
  const liveCountStartsWith = (text: string) =>
    page.waitForFunction((expected) => {
      const live = document.querySelector('[data-testid="segment-live-count"]')
      return (
        live?.getAttribute("aria-busy") === "false" &&
        (live.textContent ?? "").startsWith(expected)
      )
    }, text)
  return {
    drawer,
    condition,
    choose,
    pick,
    previewOf,
    liveCountStartsWith,
  }
}
