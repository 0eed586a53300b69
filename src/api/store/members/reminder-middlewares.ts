import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { StoreUpdatePreferences } from "./me/preferences/validators"
import {
  StoreUnsubscribeBody,
  StoreUnsubscribeParams,
} from "./unsubscribe/validators"

const unsubscribe = (matcher: string): MiddlewareRoute[] => [
  {
    method: ["GET", "POST"],
    matcher,
    middlewares: [validateAndTransformQuery(StoreUnsubscribeParams, {})],
  },
  {
    method: ["POST"],
    matcher,
    middlewares: [validateAndTransformBody(StoreUnsubscribeBody)],
  },
]

export const storeMemberPreferencesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET", "POST"],
    matcher: "/store/members/me/preferences",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["POST"],
    matcher: "/store/members/me/preferences",
    middlewares: [validateAndTransformBody(StoreUpdatePreferences)],
  },
  ...unsubscribe("/store/members/unsubscribe"),
  ...unsubscribe("/members/unsubscribe"),
]
