import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MEMBER_TIER_MODULE } from "../../../../../module-keys"
import type MemberTierModuleService from "../../../../../modules/member-tier/service"
import { updateMemberProfileWorkflow } from "../../../../../workflows/member-data"
import { consentChanges } from "../../../../utils/member-fields"
import type { StoreUpdatePreferencesType } from "./validators"

async function preferences(req: AuthenticatedMedusaRequest) {
  const tiers: MemberTierModuleService = req.scope.resolve(MEMBER_TIER_MODULE)
  const [membership] = await tiers.listMemberships({
    customer_id: req.auth_context.actor_id,
  })
  return {
    locale: membership?.locale ?? null,
    channels: {
      email: membership?.email_consent ?? false,
      sms: membership?.sms_consent ?? false,
    },
  }
}

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({ preferences: await preferences(req) })
}

/** The member's message language and marketing consent per channel. */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreUpdatePreferencesType>,
  res: MedusaResponse
) => {
  const { locale, channels } = req.validatedBody
  await updateMemberProfileWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      actor: "customer",
      locale: locale === undefined ? undefined : (locale ?? null),
      ...consentChanges(channels),
    },
  })
  res.json({ preferences: await preferences(req) })
}
