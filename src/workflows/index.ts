export * from "./member-backfill"
export * from "./member-data"
