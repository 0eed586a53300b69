import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MEMBER_SEGMENT_MODULE } from "../../../../module-keys"
import type MemberSegmentModuleService from "../../../../modules/member-segment/service"
import { startMemberBackfillWorkflow } from "../../../../workflows/member-backfill"
import { backfillResponse } from "../../../utils/backfill-response"

/** The latest backfill run, or null when none ran yet. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const segments: MemberSegmentModuleService = req.scope.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const [latest] = await segments.listMemberBackfills(
    {},
    { order: { created_at: "DESC" }, take: 1 }
  )
  res.json({ backfill: latest ? backfillResponse(latest) : null })
}

/** Starts a backfill, or answers with the one already running. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { result: run } = await startMemberBackfillWorkflow(req.scope).run({
    input: {},
  })
  res.status(202).json({ backfill: backfillResponse(run) })
}
