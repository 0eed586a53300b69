import {
  authenticate,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { StoreMemberPricesParams } from "./validators"

export const storeMemberPricesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/member-prices",
    middlewares: [
      // public; a customer session personalises the calculated price
      authenticate("customer", ["session", "bearer"], {
        allowUnauthenticated: true,
      }),
      validateAndTransformQuery(StoreMemberPricesParams, {}),
    ],
  },
]
