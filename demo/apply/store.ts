import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { DemoSizeName } from "../types"
import { DEMO_MARKER_KEY, DEMO_NAMES } from "./names"

/** What the store's metadata records about the seeded demo. */
export type DemoMarker = {
  seed: number
  size: DemoSizeName
  anchor: string
  orders: number
  completed_at: string | null
}

const isMarker = (value: unknown): value is DemoMarker =>
  typeof value === "object" &&
  value !== null &&
  "seed" in value &&
  "size" in value &&
  "anchor" in value

export const loadStore = async (container: MedusaContainer) => {
  const [store] = await container.resolve(Modules.STORE).listStores()
  if (!store) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "No store found: run the migrations before seeding the demo"
    )
  }
  const marker = store.metadata?.[DEMO_MARKER_KEY]
  return { store, marker: isMarker(marker) ? marker : null }
}

export const updateDemoStore = async (
  container: MedusaContainer,
  storeId: string,
  update: {
    currencyCode?: string
    salesChannelId?: string
    regionId?: string
    stockLocationId?: string
    marker: DemoMarker
  }
) => {
  const { store } = await loadStore(container)
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: storeId },
      update: {
        name: DEMO_NAMES.store,
        ...(update.currencyCode && {
          supported_currencies: [
            { currency_code: update.currencyCode, is_default: true },
          ],
        }),
        default_sales_channel_id: update.salesChannelId,
        default_region_id: update.regionId,
        default_location_id: update.stockLocationId,
        metadata: { ...store.metadata, [DEMO_MARKER_KEY]: update.marker },
      },
    },
  })
}
