import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEMO_NAMES } from "./names"

export const ensureSalesChannel = async (container: MedusaContainer) => {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannels.listSalesChannels({
    name: DEMO_NAMES.salesChannel,
  })
  if (existing) {
    return existing
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: {
      salesChannelsData: [
        { name: DEMO_NAMES.salesChannel, description: "The demo storefront" },
      ],
    },
  })
  return result[0]
}

/** The storefront's publishable key, linked to the demo sales channel. */
export const ensurePublishableKey = async (
  container: MedusaContainer,
  salesChannelId: string
) => {
  const apiKeys = container.resolve(Modules.API_KEY)
  const keys = await apiKeys.listApiKeys({
    title: DEMO_NAMES.publishableKey,
    type: "publishable",
  })
  const existing = keys.find((key) => !key.revoked_at)
  const key =
    existing ??
    (
      await createApiKeysWorkflow(container).run({
        input: {
          api_keys: [
            {
              title: DEMO_NAMES.publishableKey,
              type: "publishable",
              created_by: "",
            },
          ],
        },
      })
    ).result[0]
  if (!existing) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key.id, add: [salesChannelId] },
    })
  }
  return key
}
