import fs from "fs"
import os from "os"
import path from "path"
import {
  chromium,
  type BrowserContext,
  type Locator,
  type Page,
} from "playwright-core"
import { ADMIN } from "./admin-api"
import { CHROMIUM, SCREENSHOT_DIR } from "./paths"
import { readStoreState } from "./store"

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
]

export type Dashboard = {
  page: Page
  context: BrowserContext
  /** The host store's base URL, e.g. http://localhost:9100. */
  url: string
  close: () => Promise<void>
}

/** Debian's chromium with a fresh profile, on the e2e store's dashboard. */
export const openDashboard = async (): Promise<Dashboard> => {
  const { url } = readStoreState()
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "membership-e2e-"))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    baseURL: url,
    viewport: { width: 1440, height: 900 },
    locale: "en-US",
    timezoneId: "Europe/Berlin",
  })
  context.setDefaultTimeout(15_000)
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    page,
    context,
    url,
    close: async () => {
      await context.close()
      fs.rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Logs the seeded admin in through the dashboard's login form. */
export const login = async (page: Page) => {
  await page.goto("/app/login")
  await page.locator('input[name="email"]').fill(ADMIN.email)
  await page.locator('input[name="password"]').fill(ADMIN.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.startsWith("/app/login"))
}

/** Opens a dashboard path ("/members") and waits for the page's main heading. */
export const goTo = async (page: Page, dashboardPath: string) => {
  await page.goto(`/app${dashboardPath}`)
  await page.getByRole("heading").first().waitFor()
}

/**
 * Switches the dashboard's language the way an admin does: Settings → Profile
 * → Edit → Language. `languageName` is how the dashboard lists it ("简体中文").
 */
export const switchLanguage = async (page: Page, languageName: string) => {
  await page.goto("/app/settings/profile/edit")
  const drawer = page.getByRole("dialog")
  await drawer.getByRole("combobox").click()
  await page.getByRole("option", { name: languageName }).click()
  await drawer.locator('button[type="submit"]').click()
  await drawer.waitFor({ state: "detached" })
}

/**
 * What the browser really applies to an element, e.g. `computedStyle(drawer,
 * "width")` is "896px": a utility class the host's stylesheet lacks applies nothing.
 */
export const computedStyle = (locator: Locator, property: string) =>
  locator.evaluate(
    (element, name) => getComputedStyle(element).getPropertyValue(name),
    property
  )

/** Saves a full-page screenshot as .e2e/screenshots/<name>.png and returns its path. */
export const screenshot = async (page: Page, name: string) => {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}
