import fs from "fs"
import path from "path"
import { run } from "./commands"
import { MEDUSA, ROOT } from "./paths"

const BUILT = path.join(ROOT, ".medusa/server/src/admin/index.mjs")
const INPUTS = ["src", "package.json", "package-lock.json", "tsconfig.json"]

// Files only: the build itself writes and removes an entry file in src/admin.
const newestChange = (target: string): number => {
  const stat = fs.statSync(target)
  if (!stat.isDirectory()) {
    return stat.mtimeMs
  }
  return fs
    .readdirSync(target)
    .filter((name) => name !== "__tests__")
    .reduce(
      (newest, name) => Math.max(newest, newestChange(path.join(target, name))),
      0
    )
}

/** `medusa plugin:build`, unless the build is newer than every source file. Returns whether it built. */
export const buildPlugin = async (env: NodeJS.ProcessEnv) => {
  const built = fs.existsSync(BUILT) ? fs.statSync(BUILT).mtimeMs : 0
  const changed = Math.max(
    ...INPUTS.map((input) => newestChange(path.join(ROOT, input)))
  )
  if (built > changed) {
    return false
  }
  await run(MEDUSA, ["plugin:build"], { cwd: ROOT, env, log: "plugin-build" })
  return true
}
