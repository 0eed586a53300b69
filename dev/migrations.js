#!/usr/bin/env node
// Generates migrations for every module under src/modules from its models,
// against a scratch database. With --check, fails (and removes what it wrote)
// when the models have changes that no committed migration covers.
const fs = require("fs")
const path = require("path")
const { spawnSync } = require("child_process")
const {
  ensureDatabase,
  createDatabaseIfMissing,
  dropDatabase,
} = require("./database")

const ROOT = path.resolve(__dirname, "..")
const MODULES = path.join(ROOT, "src", "modules")

function migrationFiles() {
  if (!fs.existsSync(MODULES)) return new Set()
  return new Set(
    fs
      .readdirSync(MODULES)
      .map((name) => path.join(MODULES, name, "migrations"))
      .filter((dir) => fs.existsSync(dir))
      .flatMap((dir) => fs.readdirSync(dir).map((file) => path.join(dir, file)))
  )
}

function snapshotContents() {
  return new Map(
    [...migrationFiles()]
      .filter((file) => path.basename(file).startsWith(".snapshot-"))
      .map((file) => [file, fs.readFileSync(file, "utf8")])
  )
}

async function main() {
  const check = process.argv.includes("--check")
  const database = await ensureDatabase({
    persistent: false,
    database: "medusa_membership_migrations",
    log: (line) => process.stderr.write(`[database] ${line}\n`),
  })
  const env = { ...database.env, DB_NAME: "medusa_membership_migrations" }
  env.DATABASE_URL = env.DATABASE_URL.replace(/\/[^/]*$/, `/${env.DB_NAME}`)
  const before = migrationFiles()
  const snapshotsBefore = snapshotContents()
  let status
  try {
    await createDatabaseIfMissing(env)
    status = spawnSync(
      path.join(ROOT, "node_modules", ".bin", "medusa"),
      ["plugin:db:generate"],
      { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } }
    ).status
  } finally {
    await dropDatabase(env).catch(() => {})
    await database.stop()
  }
  if (status !== 0) process.exit(status ?? 1)
  if (!check) return

  const created = [...migrationFiles()].filter((file) => !before.has(file))
  const changedSnapshots = [...snapshotsBefore].filter(
    ([file, contents]) => fs.readFileSync(file, "utf8") !== contents
  )
  if (!created.length && !changedSnapshots.length) {
    process.stdout.write("migrations match the models\n")
    return
  }
  for (const file of created) {
    process.stderr.write(
      `uncommitted model change: ${path.relative(ROOT, file)}\n`
    )
    fs.rmSync(file)
  }
  for (const [file, contents] of changedSnapshots) {
    process.stderr.write(`snapshot out of date: ${path.relative(ROOT, file)}\n`)
    fs.writeFileSync(file, contents)
  }
  process.stderr.write("run `npm run db:generate` and commit the result\n")
  process.exit(1)
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`)
  process.exit(1)
})
