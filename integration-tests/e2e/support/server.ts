import { spawn } from "child_process"
import fs from "fs"
import net from "net"
import path from "path"
import { LOG_DIR, HOST, MEDUSA } from "./paths"

const HEALTH_TIMEOUT_MS = 120_000
const STOP_GRACE_MS = 5_000

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)))
  })

/** A free port: the first free one of E2E_PORTS ("9100-9109") if set, else any. */
export const freePort = async () => {
  const range = process.env.E2E_PORTS?.match(/^(\d+)-(\d+)$/)
  if (range) {
    for (let port = Number(range[1]); port <= Number(range[2]); port++) {
      if (await isFree(port)) {
        return port
      }
    }
    throw new Error(`No free port in E2E_PORTS=${process.env.E2E_PORTS}`)
  }
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

const signalGroup = (pgid: number, signal: NodeJS.Signals) => {
  try {
    process.kill(-pgid, signal)
  } catch {
    // already gone
  }
}

/** Stops a server's whole process group (started as its own group): TERM, then KILL. */
export const stopServer = async (pgid: number) => {
  signalGroup(pgid, "SIGTERM")
  const deadline = Date.now() + STOP_GRACE_MS
  while (groupAlive(pgid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  signalGroup(pgid, "SIGKILL")
}

/** For a dying process: no waiting, just end the group. */
export const killServerNow = (pgid: number) => signalGroup(pgid, "SIGKILL")

const waitForHealth = async (url: string, exited: () => boolean) => {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS
  while (Date.now() < deadline && !exited()) {
    const ok = await fetch(`${url}/health`)
      .then((response) => response.ok)
      .catch(() => false)
    if (ok) {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(
    `The host store did not answer ${url}/health (log: ${LOG_DIR}/server.log)`
  )
}

/** `medusa start` in the host, in its own process group; resolves once it answers. */
export const startServer = async (env: NodeJS.ProcessEnv, port: number) => {
  fs.mkdirSync(LOG_DIR, { recursive: true })
  const out = fs.openSync(path.join(LOG_DIR, "server.log"), "w")
  const child = spawn(MEDUSA, ["start", "--port", String(port)], {
    cwd: HOST,
    env,
    detached: true,
    stdio: ["ignore", out, out],
  })
  fs.closeSync(out)
  let exited = false
  child.on("exit", () => (exited = true))
  child.unref()
  const url = `http://localhost:${port}`
  try {
    await waitForHealth(url, () => exited)
  } catch (error) {
    killServerNow(child.pid!)
    throw error
  }
  return { url, pgid: child.pid! }
}
