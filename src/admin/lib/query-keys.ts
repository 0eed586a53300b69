export type QueryParams = Record<string, unknown>

/** Query keys for one resource, scoped so a plugin key never meets a core one. */
export const queryKeysFactory = <const Scope extends string>(scope: Scope) => {
  const all = ["membership", scope] as const
  return {
    all,
    lists: () => [...all, "list"] as const,
    list: (query: QueryParams = {}) => [...all, "list", query] as const,
    details: () => [...all, "detail"] as const,
    detail: (id: string) => [...all, "detail", id] as const,
  }
}

export const memberQueryKeys = queryKeysFactory("member")
export const memberBackfillQueryKeys = queryKeysFactory("member_backfill")
export const reminderQueryKeys = queryKeysFactory("reminder")
export const messageQueryKeys = queryKeysFactory("member_message")
export const pointsQueryKeys = queryKeysFactory("member_points")
export const pointsProgramQueryKeys = queryKeysFactory("points_program")
export const orderPointsQueryKeys = queryKeysFactory("order_points")
export const segmentQueryKeys = queryKeysFactory("member_segment")
export const tierQueryKeys = queryKeysFactory("tier")
export const memberTierQueryKeys = queryKeysFactory("member_tier")
