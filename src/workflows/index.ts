export * from "./member-backfill"
export * from "./member-data"
export * from "./member-reminders"
export * from "./member-segments"
