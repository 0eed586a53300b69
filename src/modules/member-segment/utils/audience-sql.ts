import {
  ALL_MEMBERS_SQL,
  BIRTHDAY_MEMBERS_SQL,
  DELIVERED_ORDERS_SQL,
  DORMANT_MEMBERS_SQL,
  FIRST_DELIVERED_ORDERS_SQL,
  NEAR_NEXT_TIER_SQL,
  UNPAID_ORDERS_SQL,
} from "../sql/reminder-audiences"
import type { AudienceQuery } from "../types"

type Window = { now: Date; after_days: number; within_days: number }

const windowBindings = ({ now, after_days, within_days }: Window) => {
  const at = now.toISOString()
  return [at, after_days, at, after_days + within_days]
}

/** The statement and bindings of one audience query. */
export function audienceSql(query: AudienceQuery): [string, unknown[]] {
  switch (query.kind) {
    case "unpaid_orders": {
      const at = query.now.toISOString()
      return [UNPAID_ORDERS_SQL, [at, query.after_hours, at, query.within_days]]
    }
    case "delivered_orders":
      return [DELIVERED_ORDERS_SQL, windowBindings(query)]
    case "first_delivered_orders":
      return [FIRST_DELIVERED_ORDERS_SQL, windowBindings(query)]
    case "dormant_members":
      return [DORMANT_MEMBERS_SQL, windowBindings(query)]
    case "birthdays":
      return [
        BIRTHDAY_MEMBERS_SQL,
        [query.reference, JSON.stringify(query.days)],
      ]
    case "all_members":
      return [ALL_MEMBERS_SQL, [query.reference]]
    case "near_next_tier":
      return [
        NEAR_NEXT_TIER_SQL,
        [JSON.stringify(query.ladder), query.within, query.period],
      ]
  }
}
