import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { RuleNode } from "../../../../modules/member-segment/rules/types"
import {
  deleteSegmentWorkflow,
  updateSegmentWorkflow,
} from "../../../../workflows/member-segments"
import {
  loadSegment,
  membershipCurrency,
  memberTotal,
  resolveRule,
  segmentResponse,
} from "../helpers"
import type { AdminUpdateSegmentType } from "../validators"

const respond = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const [segment, currency, members] = await Promise.all([
    loadSegment(req.scope, req.params.id),
    membershipCurrency(req.scope),
    memberTotal(req.scope),
  ])
  res.json({ segment: segmentResponse(segment, currency, members) })
}

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await respond(req, res)
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateSegmentType>,
  res: MedusaResponse
) => {
  const { name, description, rule, preset, preset_params } = req.validatedBody
  await loadSegment(req.scope, req.params.id)
  const ruleChange =
    rule !== undefined || preset
      ? await resolveRule(req.scope, {
          rule: rule as RuleNode | undefined,
          preset,
          preset_params,
        })
      : {}
  await updateSegmentWorkflow(req.scope).run({
    input: { id: req.params.id, name, description, ...ruleChange },
  })
  await respond(req, res)
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await loadSegment(req.scope, req.params.id)
  await deleteSegmentWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "segment", deleted: true })
}
