import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MEMBER_TIER_MODULE } from "../../../../../module-keys"
import type MemberTierModuleService from "../../../../../modules/member-tier/service"
import {
  evaluateMemberTiersWorkflow,
  setMemberTierWorkflow,
} from "../../../../../workflows/member-tiers"
import { memberTierProgress } from "../../../../utils/tier-progress"
import type { AdminSetMemberTierType } from "../../../tiers/validators"

async function memberTier(req: AuthenticatedMedusaRequest) {
  const tiers: MemberTierModuleService = req.scope.resolve(MEMBER_TIER_MODULE)
  const customerId = req.params.customer_id
  const [membership] = await tiers.listMemberships({ customer_id: customerId })
  if (!membership) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Member ${customerId} was not found`
    )
  }
  const history = await tiers.listTierChanges(
    { customer_id: customerId },
    { order: { created_at: "DESC" }, take: 50 }
  )
  return {
    ...(await memberTierProgress(req.scope, membership)),
    pinned: membership.tier_pinned,
    history: history.map((change) => ({
      id: change.id,
      from_tier_id: change.from_tier_id,
      to_tier_id: change.to_tier_id,
      reason: change.reason,
      actor: change.actor,
      value: change.value == null ? null : Number(change.value),
      created_at: change.created_at,
    })),
  }
}

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({ member_tier: await memberTier(req) })
}

/** Pin a member to a tier (or move them), or unpin them: they are then evaluated again. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSetMemberTierType>,
  res: MedusaResponse
) => {
  const customerId = req.params.customer_id
  await setMemberTierWorkflow(req.scope).run({
    input: {
      customer_id: customerId,
      tier_id: req.validatedBody.tier_id,
      pinned: req.validatedBody.pinned,
      actor: req.auth_context.actor_id,
    },
  })
  if (!req.validatedBody.pinned) {
    await evaluateMemberTiersWorkflow(req.scope).run({
      input: { customer_ids: [customerId] },
    })
  }
  res.json({ member_tier: await memberTier(req) })
}
