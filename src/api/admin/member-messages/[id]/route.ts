import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MEMBER_CAMPAIGN_MODULE } from "../../../../module-keys"
import type MemberCampaignModuleService from "../../../../modules/member-campaign/service"
import { messageResponse } from "../../../utils/message-response"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const campaigns: MemberCampaignModuleService = req.scope.resolve(
    MEMBER_CAMPAIGN_MODULE
  )
  const [message] = await campaigns.listMessages({ id: req.params.id })
  if (!message) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Message with id: ${req.params.id} was not found`
    )
  }
  res.json({ message: messageResponse(message, true) })
}
