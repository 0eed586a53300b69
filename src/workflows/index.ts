export * from "./member-data"
