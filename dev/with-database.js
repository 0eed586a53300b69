#!/usr/bin/env node
// Runs a command with a PostgreSQL available (see database.js) and stops an
// embedded server when the command exits.
// Usage: node dev/with-database.js [--throwaway] <command> [args...]
// --throwaway: an embedded server keeps its data in a temporary folder (tests).
const { spawn } = require("child_process")
const { ensureDatabase } = require("./database")

async function main() {
  const argv = process.argv.slice(2)
  const throwaway = argv[0] === "--throwaway"
  const [command, ...args] = throwaway ? argv.slice(1) : argv
  if (!command) {
    process.stderr.write(
      "usage: node dev/with-database.js [--throwaway] <command> [args...]\n"
    )
    process.exit(2)
  }
  const database = await ensureDatabase({
    persistent: !throwaway,
    log: (line) => process.stderr.write(`[database] ${line}\n`),
  })
  const child = spawn(command, args, {
    stdio: "inherit",
    env: { ...process.env, ...database.env },
    shell: process.platform === "win32",
  })
  const forward = (signal) => child.kill(signal)
  process.on("SIGINT", forward)
  process.on("SIGTERM", forward)
  child.on("exit", async (code, signal) => {
    await database.stop()
    process.exit(code ?? (signal ? 1 : 0))
  })
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`)
  process.exit(1)
})
