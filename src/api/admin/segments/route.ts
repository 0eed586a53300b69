import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { createSegmentWorkflow } from "../../../workflows/member-segments"
import type { RuleNode } from "../../../modules/member-segment/rules/types"
import {
  loadSegment,
  membershipCurrency,
  memberTotal,
  resolveRule,
  segmentResponse,
  segmentService,
} from "./helpers"
import type {
  AdminCreateSegmentType,
  AdminListSegmentsParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListSegmentsParamsType>,
  res: MedusaResponse
) => {
  const { offset, limit, q } = req.validatedQuery
  const [rows, count] = await segmentService(req.scope).listAndCountSegments(
    q ? { name: { $ilike: `%${q.replace(/[\\%_]/g, "\\$&")}%` } } : {},
    { skip: offset, take: limit, order: { name: "ASC" } }
  )
  const [currency, members] = await Promise.all([
    membershipCurrency(req.scope),
    memberTotal(req.scope),
  ])
  res.json({
    segments: rows.map((row) => segmentResponse(row, currency, members)),
    count,
    offset,
    limit,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateSegmentType>,
  res: MedusaResponse
) => {
  const { name, description, ...source } = req.validatedBody
  const resolved = await resolveRule(req.scope, {
    ...source,
    rule: source.rule as RuleNode | undefined,
  })
  const { result } = await createSegmentWorkflow(req.scope).run({
    input: { name, description, ...resolved },
  })
  const [segment, currency, members] = await Promise.all([
    loadSegment(req.scope, result.id),
    membershipCurrency(req.scope),
    memberTotal(req.scope),
  ])
  res.status(201).json({ segment: segmentResponse(segment, currency, members) })
}
