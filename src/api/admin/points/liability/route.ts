import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MEMBER_POINTS_MODULE } from "../../../../module-keys"
import type MemberPointsModuleService from "../../../../modules/member-points/service"
import type { LiabilityParamsType } from "../../points-program/validators"

/** Outstanding points and their money value by expiry month; issued / redeemed / expired per month. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, LiabilityParamsType>,
  res: MedusaResponse
) => {
  const points: MemberPointsModuleService =
    req.scope.resolve(MEMBER_POINTS_MODULE)
  const program = await points.retrieveProgram()
  const now = new Date()
  const since = new Date(
    Date.UTC(
      now.getUTCFullYear(),
      now.getUTCMonth() - req.validatedQuery.months + 1,
      1
    )
  )
  const { outstanding, flows } = await points.liability(since, now)
  const value = (p: number) =>
    Math.round(p * Number(program.point_value) * 100) / 100
  const total = outstanding.reduce((s, row) => s + row.points, 0)
  res.json({
    liability: {
      currency_code: program.currency_code,
      point_value: Number(program.point_value),
      outstanding_points: total,
      outstanding_value: value(total),
      by_expiry_month: outstanding.map((row) => ({
        ...row,
        value: value(row.points),
      })),
      by_month: flows,
    },
  })
}
