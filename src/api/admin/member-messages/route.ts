import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MEMBER_CAMPAIGN_MODULE } from "../../../module-keys"
import type MemberCampaignModuleService from "../../../modules/member-campaign/service"
import { messageResponse } from "../../utils/message-response"
import type { AdminListMessagesParamsType } from "./validators"

/** The message log, newest first, filtered by member, source, status or channel. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { offset, limit, ...filters } =
    req.validatedQuery as AdminListMessagesParamsType
  const campaigns: MemberCampaignModuleService = req.scope.resolve(
    MEMBER_CAMPAIGN_MODULE
  )
  const defined = Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== undefined)
  )
  const [messages, count] = await campaigns.listAndCountMessages(defined, {
    skip: offset,
    take: limit,
    order: { created_at: "DESC", id: "DESC" },
  })
  res.json({
    messages: messages.map((m) => messageResponse(m)),
    count,
    offset,
    limit,
  })
}
