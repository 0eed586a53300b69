/** A member's lifecycle stage: never bought, bought once, bought two or more times. */
export const MEMBER_STAGES = ["registered", "first_time", "repeat"] as const
export type MemberStage = (typeof MEMBER_STAGES)[number]
