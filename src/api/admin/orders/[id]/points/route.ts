import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MEMBER_POINTS_MODULE } from "../../../../../module-keys"
import type MemberPointsModuleService from "../../../../../modules/member-points/service"
import { loadOrderPoints } from "../../../../../workflows/member-points/steps/load-order-points"
import { entryResponse } from "../../../../utils/points-response"

/** What one order earned, redeemed and had reversed. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const points: MemberPointsModuleService =
    req.scope.resolve(MEMBER_POINTS_MODULE)
  const order = await loadOrderPoints(req.scope, req.params.id)
  const entries = await points.listOrderEntries(
    req.params.id,
    order?.cart_ids ?? []
  )
  const sum = (types: string[]) =>
    entries
      .filter((e) => types.includes(e.type))
      .reduce((s, e) => s + e.points, 0)
  res.json({
    order_points: {
      earned: sum(["earn", "cashback"]),
      cashback: sum(["cashback"]),
      redeemed: -sum(["redeem", "restore"]),
      reversed: -sum(["reverse", "void"]),
      shortfall: entries.reduce((s, e) => s + e.shortfall, 0),
      entries: entries.map(entryResponse),
    },
  })
}
