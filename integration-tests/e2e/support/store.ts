import fs from "fs"
import { run, secondsSince } from "./commands"
import {
  createThrowawayDatabase,
  dropStaleDatabases,
  dropThrowawayDatabase,
  type DatabaseEnv,
} from "./database"
import { buildHostAdmin } from "./host-admin"
import { adminToken, runBackfill } from "./admin-api"
import { E2E_DIR, HOST, MEDUSA, STATE_FILE } from "./paths"
import { buildPlugin } from "./plugin-build"
import { freePort, startServer, stopServer } from "./server"

/** What the specs read: where the store runs. */
export type StoreState = { url: string; pgid: number; database: DatabaseEnv }

export const baseEnv = (database: DatabaseEnv): NodeJS.ProcessEnv => ({
  ...process.env,
  ...database,
  // Not "production": that marks the session cookie Secure, which plain http never sets.
  // Not "development": that serves the dashboard from vite instead of the build.
  NODE_ENV: "test",
  LOG_LEVEL: process.env.LOG_LEVEL || "error",
  MEDUSA_DISABLE_TELEMETRY: "true",
})

const seedStore = async (env: NodeJS.ProcessEnv) => {
  await run(
    MEDUSA,
    ["db:migrate", "--execute-safe-links", "--concurrency", "4"],
    {
      cwd: HOST,
      env,
      log: "migrate",
    }
  )
  await run(MEDUSA, ["exec", "../../demo/seed.ts", "size=small", "admin"], {
    cwd: HOST,
    env,
    log: "seed",
  })
}

/**
 * Builds the plugin and the host's dashboard, seeds a small demo store in a
 * throwaway database, starts it and imports its history into member data.
 */
export const startStore = async (log: (line: string) => void) => {
  const started = Date.now()
  fs.mkdirSync(E2E_DIR, { recursive: true })
  await dropStaleDatabases()
  const database = await createThrowawayDatabase()
  const env = baseEnv(database)
  let pgid: number | undefined
  try {
    const rebuilt = await buildPlugin(env)
    log(
      `plugin ${rebuilt ? "built" : "build up to date"} (${secondsSince(started)} s)`
    )
    // The dashboard build needs no database: run it beside the seeding.
    await Promise.all([
      buildHostAdmin(env).then((built) =>
        log(
          `dashboard ${built ? "built" : "unchanged, kept"} (${secondsSince(started)} s)`
        )
      ),
      seedStore(env).then(() =>
        log(`store seeded (${secondsSince(started)} s)`)
      ),
    ])
    const server = await startServer(env, await freePort())
    pgid = server.pgid
    const state: StoreState = { url: server.url, pgid, database }
    fs.writeFileSync(STATE_FILE, JSON.stringify(state, null, 2))
    await runBackfill(server.url, await adminToken(server.url))
    log(`store ready on ${server.url} (${secondsSince(started)} s)`)
    return state
  } catch (error) {
    if (pgid) {
      await stopServer(pgid)
    }
    await dropThrowawayDatabase(database)
    throw error
  }
}

export const stopStore = async (state: StoreState) => {
  await stopServer(state.pgid)
  await dropThrowawayDatabase(state.database)
  fs.rmSync(STATE_FILE, { force: true })
}

export const readStoreState = (): StoreState =>
  JSON.parse(fs.readFileSync(STATE_FILE, "utf8"))
