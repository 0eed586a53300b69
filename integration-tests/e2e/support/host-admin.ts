import { createHash } from "crypto"
import fs from "fs"
import path from "path"
import { run } from "./commands"
import { HOST, MEDUSA, ROOT } from "./paths"

// `medusa start` serves the dashboard from <app>/public/admin.
const SERVED_ADMIN = path.join(HOST, "public/admin")
const BUILT_ADMIN = path.join(HOST, ".medusa/admin")
const STAMP = path.join(SERVED_ADMIN, ".membership-e2e-stamp")
const PACKAGE_LINK = path.join(HOST, "node_modules/medusa-plugin-membership")

/** The host installs the plugin the way `npm install ../..` would: a link in its node_modules. */
const linkPlugin = () => {
  fs.mkdirSync(path.dirname(PACKAGE_LINK), { recursive: true })
  if (!fs.existsSync(PACKAGE_LINK)) {
    fs.symlinkSync(
      path.relative(path.dirname(PACKAGE_LINK), ROOT),
      PACKAGE_LINK
    )
  }
}

// What the dashboard build depends on: the plugin's admin bundle, the lockfile, the host config.
const inputsHash = () =>
  createHash("sha256")
    .update(
      fs.readFileSync(path.join(ROOT, ".medusa/server/src/admin/index.mjs"))
    )
    .update(fs.readFileSync(path.join(ROOT, "package-lock.json")))
    .update(fs.readFileSync(path.join(HOST, "medusa-config.ts")))
    .digest("hex")

/**
 * Builds the host's dashboard with the built plugin in it (`medusa build
 * --admin-only`, the production bundle). Skipped when nothing it reads changed.
 * Returns whether it built.
 */
export const buildHostAdmin = async (env: NodeJS.ProcessEnv) => {
  linkPlugin()
  const hash = inputsHash()
  if (fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === hash) {
    return false
  }
  await run(MEDUSA, ["build", "--admin-only"], {
    cwd: HOST,
    env,
    log: "admin-build",
  })
  fs.rmSync(SERVED_ADMIN, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(SERVED_ADMIN), { recursive: true })
  fs.renameSync(BUILT_ADMIN, SERVED_ADMIN)
  fs.writeFileSync(STAMP, hash)
  return true
}
