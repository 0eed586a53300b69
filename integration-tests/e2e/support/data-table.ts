import type { Page } from "playwright-core"

/** The text of each cell of each body row of the page's (first) data table. */
export const tableRows = (page: Page) =>
  page
    .locator("table")
    .first()
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll("td"), (cell) =>
          (cell as HTMLElement).innerText.trim()
        )
      )
    )

/** Waits until the table's first body row shows `text` (the list has loaded). */
export const waitForFirstRow = (page: Page, text: string) =>
  page
    .locator("table")
    .first()
    .locator("tbody tr")
    .first()
    .getByText(text, { exact: false })
    .first()
    .waitFor()

/** Waits until the URL's query has `name=value` (the table pushed its state). */
export const waitForQuery = (page: Page, name: string, value: string) =>
  page.waitForURL((url) => url.searchParams.get(name) === value)

/**
 * Polls the table until `accept(rows)` holds (the page has fetched and drawn
 * what the spec expects) and returns those rows; after the timeout it returns
 * the rows as they are, for the spec's assertion to report.
 */
export const waitForRows = async (
  page: Page,
  accept: (rows: string[][]) => boolean,
  timeoutMs = 15_000
) => {
  const deadline = Date.now() + timeoutMs
  let rows = await tableRows(page)
  while (!accept(rows) && Date.now() < deadline) {
    await page.waitForTimeout(200)
    rows = await tableRows(page)
  }
  return rows
}
