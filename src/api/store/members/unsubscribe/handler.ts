import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MEMBER_CAMPAIGN_MODULE } from "../../../../module-keys"
import type MemberCampaignModuleService from "../../../../modules/member-campaign/service"
import { verifyUnsubscribeToken } from "../../../../modules/member-campaign/utils/unsubscribe-token"
import { updateMemberProfileWorkflow } from "../../../../workflows/member-data"
import { unsubscribeSecret } from "../../../../workflows/member-reminders/unsubscribe-secret"
import type { StoreUnsubscribeParamsType } from "./validators"

const CONSENT_FIELD: Record<string, "email_consent" | "sms_consent"> = {
  email: "email_consent",
  sms: "sms_consent",
}

const REASONS = {
  malformed: "token is malformed",
  signature: "token is not genuine",
  expired: "token has expired",
}

/**
 * One-click unsubscribe: a signed token, no login. It withdraws the member's
 * marketing consent on the token's channel through the profile workflow (so the
 * profile copy and consent time follow); transactional messages still go.
 */
export async function unsubscribe(req: MedusaRequest, res: MedusaResponse) {
  const { token } = req.validatedQuery as StoreUnsubscribeParamsType
  const campaigns: MemberCampaignModuleService = req.scope.resolve(
    MEMBER_CAMPAIGN_MODULE
  )
  const secret = unsubscribeSecret(req.scope, campaigns.campaignOptions())
  const check = verifyUnsubscribeToken(token, secret, new Date())
  if (!check.ok) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, REASONS[check.reason])
  }
  const field = CONSENT_FIELD[check.claim.channel]
  if (!field) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `token names an unknown channel: ${check.claim.channel}`
    )
  }
  await updateMemberProfileWorkflow(req.scope).run({
    input: {
      customer_id: check.claim.customer_id,
      actor: "customer",
      [field]: false,
    },
  })
  res.json({ unsubscribed: { channel: check.claim.channel } })
}
