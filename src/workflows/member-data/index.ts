export * from "./refresh-order-facts"
export * from "./sync-members"
export * from "./update-member-profile"
