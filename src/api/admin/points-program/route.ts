import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updatePointsProgramWorkflow } from "../../../workflows/member-points/update-program"
import { programResponse } from "../../utils/points-response"
import { MEMBER_POINTS_MODULE } from "../../../module-keys"
import type MemberPointsModuleService from "../../../modules/member-points/service"
import { loadProgramStats } from "./program-stats"
import type { AdminUpdatePointsProgramType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const points: MemberPointsModuleService =
    req.scope.resolve(MEMBER_POINTS_MODULE)
  const program = await points.retrieveProgram()
  res.json({
    program: programResponse(program),
    stats: await loadProgramStats(req.scope, program.currency_code),
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdatePointsProgramType>,
  res: MedusaResponse
) => {
  const { result } = await updatePointsProgramWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res.json({ program: programResponse(result) })
}
