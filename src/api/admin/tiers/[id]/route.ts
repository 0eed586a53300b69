import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  deleteTierWorkflow,
  saveTierWorkflow,
} from "../../../../workflows/member-tiers"
import { ladderWithStandings } from "../../../utils/tier-views"
import type { AdminTierType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const tier = (await ladderWithStandings(req.scope)).find(
    (t) => t.id === req.params.id
  )
  if (!tier) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Tier ${req.params.id} was not found`
    )
  }
  res.json({ tier })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminTierType>,
  res: MedusaResponse
) => {
  await saveTierWorkflow(req.scope).run({
    input: { id: req.params.id, tier: req.validatedBody },
  })
  const tier = (await ladderWithStandings(req.scope)).find(
    (t) => t.id === req.params.id
  )
  res.json({ tier })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest<unknown, { target_tier_id?: string }>,
  res: MedusaResponse
) => {
  const { result } = await deleteTierWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      target_tier_id: req.validatedQuery.target_tier_id,
    },
  })
  res.json({
    id: result.id,
    object: "tier",
    deleted: true,
    moved: result.moved.length,
  })
}
