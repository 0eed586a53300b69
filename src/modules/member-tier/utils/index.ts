export * from "./birthday"
export * from "./stage"
export * from "./tags"
export * from "./profile"
