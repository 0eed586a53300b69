import { Client } from "pg"

// dev/database.js creates and drops databases for the dev scripts too.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const database = require("../../../dev/database")

const PREFIX = "membership_e2e_"

export type DatabaseEnv = Record<string, string>

const serverEnv = (): DatabaseEnv => ({
  DB_HOST: process.env.DB_HOST ?? "localhost",
  DB_PORT: process.env.DB_PORT ?? "5432",
  DB_USERNAME: process.env.DB_USERNAME ?? "postgres",
  DB_PASSWORD: process.env.DB_PASSWORD ?? "",
})

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Drops e2e databases left by runs that died before their teardown. */
export const dropStaleDatabases = async () => {
  const env = serverEnv()
  const client = new Client({
    host: env.DB_HOST,
    port: Number(env.DB_PORT),
    user: env.DB_USERNAME,
    password: env.DB_PASSWORD,
    database: "postgres",
  })
  await client.connect()
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1",
      [`${PREFIX}%`]
    )
    const stale = rows
      .map(({ datname }) => datname)
      .filter((name) => !isRunning(Number(name.slice(PREFIX.length))))
    for (const name of stale) {
      await database.dropDatabase({ ...env, DB_NAME: name })
    }
  } finally {
    await client.end()
  }
}

/** A new, empty database on the configured server, named after this process. */
export const createThrowawayDatabase = async (): Promise<DatabaseEnv> => {
  const env = serverEnv()
  const name = `${PREFIX}${process.pid}`
  const credentials = env.DB_PASSWORD
    ? `${env.DB_USERNAME}:${encodeURIComponent(env.DB_PASSWORD)}`
    : env.DB_USERNAME
  const full = {
    ...env,
    DB_NAME: name,
    DATABASE_URL: `postgres://${credentials}@${env.DB_HOST}:${env.DB_PORT}/${name}`,
  }
  await database.dropDatabase(full)
  await database.createDatabaseIfMissing(full)
  return full
}

export const dropThrowawayDatabase = (env: DatabaseEnv) =>
  database.dropDatabase(env)
