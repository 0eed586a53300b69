import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateMemberProfileWorkflow } from "../../../../workflows/member-data"
import { MEMBER_TIER_MODULE } from "../../../../module-keys"
import type MemberTierModuleService from "../../../../modules/member-tier/service"
import { loadMember } from "../../../utils/load-members"
import { memberTierProgress } from "../../../utils/tier-progress"
import { consentChanges } from "../../../utils/member-fields"
import { ensureSignedInMember } from "../../../utils/signed-in-member"
import type { StoreUpdateMemberType } from "../validators"

/** What a customer sees of their own membership: no internal rates or refund figures. */
async function ownMember(req: AuthenticatedMedusaRequest) {
  const member = await loadMember(req.scope, req.auth_context.actor_id)
  const tiers: MemberTierModuleService = req.scope.resolve(MEMBER_TIER_MODULE)
  const [membership] = await tiers.listMemberships({
    customer_id: req.auth_context.actor_id,
  })
  const { tier, progress } = await memberTierProgress(req.scope, membership)
  return {
    customer_id: member.customer_id,
    stage: member.stage,
    joined_at: member.joined_at,
    birthday: member.birthday,
    consents: member.consents,
    order_count: member.metrics.order_count,
    total_spent: member.metrics.total_spent,
    currency_code: member.metrics.currency_code,
    tier,
    progress,
  }
}

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await ensureSignedInMember(req.scope, req.auth_context.actor_id)
  res.json({ member: await ownMember(req) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<StoreUpdateMemberType>,
  res: MedusaResponse
) => {
  const { birthday, consents } = req.validatedBody
  await ensureSignedInMember(req.scope, req.auth_context.actor_id)
  await updateMemberProfileWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      actor: "customer",
      birthday,
      ...consentChanges(consents),
    },
  })
  res.json({ member: await ownMember(req) })
}
