#!/usr/bin/env node
// Runs one or all jest projects in band and prints a closing
// "N passed, N failed" line from jest's JSON results.
// Usage: node dev/run-jest.js <unit|modules|http|plugin|e2e|all> [extra jest args]
// "all" is what `npm test` runs: every project but the browser specs (e2e).
const fs = require("fs")
const path = require("path")
const { spawn, spawnSync } = require("child_process")

const ALL = ["unit", "modules", "http", "plugin"]
const PROJECTS = [...ALL, "e2e"]
const ROOT = path.resolve(__dirname, "..")
const LATEST = path.join(ROOT, ".artifacts", "jest-results.json")
// Per run, so parallel runs on one machine never read each other's results.
const RESULTS = path.join(
  ROOT,
  ".artifacts",
  `jest-results-${process.pid}.json`
)

const [kind = "all", ...extra] = process.argv.slice(2)
const projects = kind === "all" ? ALL : [kind]
if (!projects.every((name) => PROJECTS.includes(name))) {
  process.stderr.write(
    `unknown test kind "${kind}": use ${PROJECTS.join(", ")} or all\n`
  )
  process.exit(2)
}

const bin = (name) => path.join(ROOT, "node_modules", ".bin", name)
// The HTTP runner imports medusa-config dynamically, which jest only allows in VM-modules mode.
const env = {
  ...process.env,
  NODE_OPTIONS:
    `${process.env.NODE_OPTIONS || ""} --experimental-vm-modules`.trim(),
  MEDUSA_DISABLE_TELEMETRY: "true",
  LOG_LEVEL: process.env.LOG_LEVEL || "error",
}
const run = (command, args) =>
  spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env }).status

/** Runs jest, echoing its stderr, and resolves with its exit status and that stderr. */
const runJest = (args) =>
  new Promise((resolve) => {
    const child = spawn(bin("jest"), args, {
      cwd: ROOT,
      stdio: ["inherit", "inherit", "pipe"],
      env,
    })
    let stderr = ""
    child.stderr.on("data", (chunk) => {
      stderr += chunk
      process.stderr.write(chunk)
    })
    child.on("exit", (code) => resolve({ status: code ?? 1, stderr }))
  })

// jest's own summary, for when its JSON writer fails (it cannot serialise some errors).
const summaryCounts = (stderr) => {
  const line = stderr.match(/^Tests:.*$/m)?.[0] ?? ""
  const count = (word) =>
    Number(line.match(new RegExp(`(\\d+) ${word}`))?.[1] ?? 0)
  return { passed: count("passed"), failed: count("failed") }
}

// Each failure jest reported ("  ● suite › test" and the lines after it, not
// console blocks), so the reason stands beside the closing line of a long log.
const failureDigest = (stderr, linesEach = 14) => {
  const lines = stderr.split("\n")
  const digest = []
  lines.forEach((line, index) => {
    if (/^\s+● /.test(line) && !/● Console/.test(line))
      digest.push(...lines.slice(index, index + linesEach), "")
  })
  return digest.join("\n")
}

async function main() {
  if (projects.includes("plugin") && kind === "all") {
    if (run(bin("medusa"), ["plugin:build"]) !== 0) {
      process.stdout.write("0 passed, 1 failed\n")
      process.exit(1)
    }
  }

  fs.mkdirSync(path.dirname(RESULTS), { recursive: true })
  const { status, stderr } = await runJest([
    "--runInBand",
    "--forceExit",
    "--json",
    `--outputFile=${RESULTS}`,
    ...extra,
    "--selectProjects",
    ...projects,
  ])

  let { passed, failed } = summaryCounts(stderr)
  if (fs.existsSync(RESULTS)) {
    const results = JSON.parse(fs.readFileSync(RESULTS, "utf8"))
    passed = results.numPassedTests
    failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    fs.renameSync(RESULTS, LATEST)
  }
  if (status !== 0 && failed === 0) failed = 1
  if (failed) process.stdout.write(`\nFailures:\n${failureDigest(stderr)}\n`)
  process.stdout.write(`${passed} passed, ${failed} failed\n`)
  process.exit(status === 0 && failed === 0 ? 0 : 1)
}

main()
