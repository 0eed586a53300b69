export * from "./points-program"
export * from "./points-account"
export * from "./points-entry"
