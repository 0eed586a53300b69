import path from "path"

export const ROOT = path.resolve(__dirname, "../../..")
/** The host store that installs the built plugin (integration-tests/plugin-app). */
export const HOST = path.join(ROOT, "integration-tests/plugin-app")
/** Everything a run leaves behind: state, logs, screenshots (git-ignored). */
export const E2E_DIR = path.join(ROOT, ".e2e")
export const STATE_FILE = path.join(E2E_DIR, "store.json")
export const LOG_DIR = path.join(E2E_DIR, "logs")
export const SCREENSHOT_DIR = path.join(E2E_DIR, "screenshots")
export const MEDUSA = path.join(ROOT, "node_modules/.bin/medusa")
export const CHROMIUM = process.env.E2E_CHROMIUM || "/usr/bin/chromium"
