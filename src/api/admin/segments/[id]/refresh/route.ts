import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { refreshSegmentWorkflow } from "../../../../../workflows/member-segments"
import { loadSegment } from "../../helpers"

/** Refreshes a segment now (by diff, under its lock). */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await loadSegment(req.scope, req.params.id)
  const started = performance.now()
  const { result } = await refreshSegmentWorkflow(req.scope).run({
    input: { segment_id: req.params.id },
  })
  const segment = await loadSegment(req.scope, req.params.id)
  res.json({
    id: segment.id,
    count: result.count,
    entered: result.entered.length,
    exited: result.exited.length,
    computed_at: segment.computed_at,
    took_ms: Math.round(performance.now() - started),
  })
}
