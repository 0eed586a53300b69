import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  generateJwtToken,
} from "@medusajs/framework/utils"

type ActorType = "user" | "customer"

function bearer(
  container: MedusaContainer,
  actorType: ActorType,
  actorId: string,
  authIdentityId: string
) {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const { jwtSecret, jwtOptions } = config.projectConfig.http
  const appMetadataKey = actorType === "user" ? "user_id" : "customer_id"
  const token = generateJwtToken(
    {
      actor_id: actorId,
      actor_type: actorType,
      auth_identity_id: authIdentityId,
      app_metadata: { [appMetadataKey]: actorId },
    },
    { secret: jwtSecret as string, expiresIn: "1d", jwtOptions }
  )
  return { authorization: `Bearer ${token}` }
}

async function identityFor(
  container: MedusaContainer,
  email: string,
  appMetadata: Record<string, string>
) {
  const auth = container.resolve(Modules.AUTH)
  return auth.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: appMetadata,
  })
}

export async function adminHeaders(container: MedusaContainer) {
  const email = "admin@membership.test"
  const user = await container.resolve(Modules.USER).createUsers({ email })
  const identity = await identityFor(container, email, { user_id: user.id })
  return { headers: bearer(container, "user", user.id, identity.id) }
}

/** Headers for a store request as an existing customer. */
export async function customerHeaders(
  container: MedusaContainer,
  customer: { id: string; email: string },
  publishableKey: string
) {
  const identity = await identityFor(container, customer.email, {
    customer_id: customer.id,
  })
  return {
    headers: {
      ...bearer(container, "customer", customer.id, identity.id),
      "x-publishable-api-key": publishableKey,
    },
  }
}
