import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createHmac } from "crypto"
import type { CampaignOptions } from "../../modules/member-campaign/options"

/**
 * The key unsubscribe links are signed with: the `unsubscribeSecret` option, else
 * one derived from the app's own JWT secret (never a constant in code).
 */
export function unsubscribeSecret(
  container: MedusaContainer,
  options: CampaignOptions
): string {
  if (options.unsubscribeSecret) return options.unsubscribeSecret
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const jwtSecret = config.projectConfig.http.jwtSecret
  if (!jwtSecret) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Set the plugin option `unsubscribeSecret` (or projectConfig.http.jwtSecret) to sign unsubscribe links"
    )
  }
  return createHmac("sha256", String(jwtSecret))
    .update("medusa-plugin-membership:unsubscribe")
    .digest("base64url")
}
