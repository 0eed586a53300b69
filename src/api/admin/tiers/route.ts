import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { saveTierWorkflow } from "../../../workflows/member-tiers"
import {
  adminTier,
  ladderWithStandings,
  latestTierReevaluation,
} from "../../utils/tier-views"
import type { AdminTierType } from "./validators"

/** The ladder with standings, and the current (or last) re-evaluation of every member. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const [tiers, reevaluation] = await Promise.all([
    ladderWithStandings(req.scope),
    latestTierReevaluation(req.scope),
  ])
  res.json({
    tiers,
    count: tiers.length,
    offset: 0,
    limit: tiers.length,
    reevaluation,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminTierType>,
  res: MedusaResponse
) => {
  const { result } = await saveTierWorkflow(req.scope).run({
    input: { tier: req.validatedBody },
  })
  res.status(201).json({ tier: adminTier(result) })
}
