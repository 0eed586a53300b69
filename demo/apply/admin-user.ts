import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"

export type AdminCredentials = { email: string; password: string }

/** An admin user with an email/password login, created once (what `medusa user` does). */
export const ensureAdminUser = async (
  container: MedusaContainer,
  { email, password }: AdminCredentials
) => {
  const [existing] = await container.resolve(Modules.USER).listUsers({ email })
  if (existing) {
    return { created: false }
  }
  const { result } = await createUsersWorkflow(container).run({
    input: { users: [{ email }] },
  })
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email, password },
  })
  if (error || !authIdentity) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Admin login for ${email} could not be registered: ${error}`
    )
  }
  await auth.updateAuthIdentities({
    id: authIdentity.id,
    app_metadata: { user_id: result[0].id },
  })
  return { created: true }
}
