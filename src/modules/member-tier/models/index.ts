export { default as Membership } from "./membership"
export { default as Tier } from "./tier"
export { default as TierChange } from "./tier-change"
export { default as TierReevaluation } from "./tier-reevaluation"
