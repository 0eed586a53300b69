import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateMemberProfileWorkflow } from "../../../../workflows/member-data"
import { loadMember } from "../../../utils/load-members"
import { consentChanges } from "../../../utils/member-fields"
import type { AdminUpdateMemberType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const member = await loadMember(req.scope, req.params.customer_id)
  res.json({ member })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateMemberType>,
  res: MedusaResponse
) => {
  const customerId = req.params.customer_id
  const { birthday, tags, consents } = req.validatedBody
  await updateMemberProfileWorkflow(req.scope).run({
    input: {
      customer_id: customerId,
      actor: "admin",
      birthday,
      tags,
      ...consentChanges(consents),
    },
  })
  res.json({ member: await loadMember(req.scope, customerId) })
}
