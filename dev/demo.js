#!/usr/bin/env node
// `npm run demo`: a seeded demo store on http://localhost:9000.
// Ensures PostgreSQL and the database, runs migrations, seeds the demo store
// (idempotent: a seeded store is detected and kept), creates the admin user,
// prints how to log in, then runs `medusa develop` until Ctrl-C.
const path = require("path")
const { spawn } = require("child_process")
const { ensureDatabase, createDatabaseIfMissing } = require("./database")

const ROOT = path.resolve(__dirname, "..")
const MEDUSA = path.join(ROOT, "node_modules", ".bin", "medusa")
const ADMIN = require("../demo/admin.json")
const KEY_LINE = /^DEMO_PUBLISHABLE_KEY=(\S+)$/m
const LOGIN_LINE = /^DEMO_LOGIN=(\S+) (\S+) (.+)$/gm

const log = (line) => process.stderr.write(`[demo] ${line}\n`)

function run(args, env, { captureStdout = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(MEDUSA, args, {
      cwd: ROOT,
      env,
      stdio: ["ignore", captureStdout ? "pipe" : "inherit", "inherit"],
    })
    let stdout = ""
    child.stdout?.on("data", (chunk) => {
      stdout += chunk
      process.stdout.write(chunk)
    })
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0
        ? resolve(stdout)
        : reject(new Error(`medusa ${args[0]} exited with code ${code}`))
    )
  })
}

/** The publishable key of an already completed demo, read without booting Medusa. */
async function completedDemoKey(env) {
  const { Client } = require("pg")
  const client = new Client({ connectionString: env.DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query(
      `SELECT k.token FROM store s, api_key k, "user" u
       WHERE s.metadata->'membership_demo'->>'completed_at' IS NOT NULL
         AND k.title = 'Membership Demo Storefront' AND k.type = 'publishable'
         AND k.revoked_at IS NULL AND k.deleted_at IS NULL
         AND u.email = $1 AND u.deleted_at IS NULL
       LIMIT 1`,
      [ADMIN.email]
    )
    return rows[0]?.token ?? null
  } catch {
    return null
  } finally {
    await client.end()
  }
}

/** Whether the member backfill already imported the seeded history. */
async function memberDataImported(env) {
  const { Client } = require("pg")
  const client = new Client({ connectionString: env.DATABASE_URL })
  await client.connect()
  try {
    const { rowCount } = await client.query(
      "SELECT 1 FROM mbr_backfill WHERE status = 'completed' AND deleted_at IS NULL LIMIT 1"
    )
    return rowCount > 0
  } finally {
    await client.end()
  }
}

function startServer(env, stopDatabase) {
  // medusa develop spawns children: give it its own process group and stop the group.
  const server = spawn(MEDUSA, ["develop"], {
    cwd: ROOT,
    env,
    stdio: "inherit",
    detached: true,
  })
  const stopGroup = (signal) => {
    try {
      process.kill(-server.pid, signal)
    } catch {
      // already gone
    }
  }
  process.on("SIGINT", () => stopGroup("SIGINT"))
  process.on("SIGTERM", () => stopGroup("SIGTERM"))
  process.on("exit", () => stopGroup("SIGKILL"))
  server.on("exit", async (code, signal) => {
    stopGroup("SIGTERM")
    await stopDatabase()
    process.exit(code ?? (signal ? 0 : 1))
  })
}

async function main() {
  const database = await ensureDatabase({ persistent: true, log })
  const env = {
    ...process.env,
    ...database.env,
    MEDUSA_DISABLE_TELEMETRY: process.env.MEDUSA_DISABLE_TELEMETRY || "true",
  }
  try {
    await createDatabaseIfMissing(database.env)
    log(`database ${database.env.DB_NAME}: running migrations`)
    await run(["db:migrate"], env)
    let key = await completedDemoKey(env)
    if (key) {
      log("demo store already seeded")
    } else {
      log("seeding the demo store (first run: a few minutes)")
      const output = await run(["exec", "./demo/seed.ts", "admin"], env, {
        captureStdout: true,
      })
      key = output.match(KEY_LINE)?.[1]
    }
    // Most seeded history is written in bulk and emits no events: import it once.
    if (!(await memberDataImported(env))) {
      log("importing the store's customers and orders into member data")
      await run(["exec", "./src/scripts/member-backfill.ts"], env)
      log("queueing the routine reminders for the imported members")
      await run(["exec", "./src/scripts/run-member-reminders.ts"], env)
    }
    log("tier ladder, member prices and storefront logins")
    const tierOutput = await run(["exec", "./demo/tiers.ts"], env, {
      captureStdout: true,
    })
    const logins = [...tierOutput.matchAll(LOGIN_LINE)].map(
      ([, email, password, tier]) =>
        `    ${tier.padEnd(14)} ${email} / ${password}`
    )
    process.stdout.write(
      [
        "",
        "Membership demo store",
        "  Admin:            http://localhost:9000/app",
        `  Login:            ${ADMIN.email} / ${ADMIN.password}`,
        `  Publishable key:  ${key}`,
        `  Try:              curl -H "x-publishable-api-key: ${key}" http://localhost:9000/store/products`,
        "  Storefront logins (POST /auth/customer/emailpass):",
        ...logins,
        "",
        "",
      ].join("\n")
    )
  } catch (error) {
    await database.stop()
    throw error
  }
  startServer(env, database.stop)
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`)
  process.exit(1)
})
