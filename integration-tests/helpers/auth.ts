import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  generateJwtToken,
} from "@medusajs/framework/utils"
import { createRbacRolesWorkflow } from "@medusajs/medusa/core-flows"

type ActorType = "user" | "customer"

function bearer(
  container: MedusaContainer,
  actorType: ActorType,
  actorId: string,
  authIdentityId: string,
  roles?: string[]
) {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const { jwtSecret, jwtOptions } = config.projectConfig.http
  const appMetadataKey = actorType === "user" ? "user_id" : "customer_id"
  const token = generateJwtToken(
    {
      actor_id: actorId,
      actor_type: actorType,
      auth_identity_id: authIdentityId,
      app_metadata: { [appMetadataKey]: actorId, ...(roles && { roles }) },
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

/**
 * Headers for an admin user whose one role grants exactly these RBAC policies
 * (`resource:operation` keys); for specs that run with MEDUSA_FF_RBAC=true.
 */
export async function roleHeaders(
  container: MedusaContainer,
  name: string,
  policyKeys: string[]
) {
  const rbac = container.resolve(Modules.RBAC)
  const policies = policyKeys.length
    ? await rbac.listRbacPolicies({ key: policyKeys })
    : []
  if (policies.length !== policyKeys.length) {
    throw new Error(`Unknown RBAC policies among: ${policyKeys.join(", ")}`)
  }
  const {
    result: [role],
  } = await createRbacRolesWorkflow(container).run({
    input: {
      roles: [{ name, policy_ids: policies.map((policy) => policy.id) }],
    },
  })
  const email = `${name}@membership.test`
  const user = await container.resolve(Modules.USER).createUsers({ email })
  const identity = await identityFor(container, email, { user_id: user.id })
  return {
    headers: bearer(container, "user", user.id, identity.id, [role.id]),
  }
}
