import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { AdminCredentials, ensureAdminUser } from "./apply/admin-user"
import { ensureCustomers } from "./apply/customers"
import { ensurePointsDemo } from "./apply/points"
import { ensureReminderDemo } from "./apply/reminders"
import { ensureSegmentDemo } from "./apply/segments"
import { ensureShipping } from "./apply/fulfillment"
import { applyOrders } from "./apply/orders/apply-orders"
import { countDemoOrders } from "./apply/orders/order-state"
import { ensureProducts } from "./apply/products"
import { ensureRegion } from "./apply/region"
import { ensurePublishableKey, ensureSalesChannel } from "./apply/sales-channel"
import { createTimings } from "./apply/timings"
import { DemoMarker, loadStore, updateDemoStore } from "./apply/store"
import { buildDemoPlan, DEFAULT_DEMO_SEED } from "./plan"
import { todayAnchor } from "./plan-dates"
import { DemoSizeName } from "./types"

export type SeedDemoOptions = {
  size?: DemoSizeName
  seed?: number
  /** "YYYY-MM-DD" the history ends at; defaults to today, then to what the store recorded. */
  anchor?: string
  concurrency?: number
  progress?: boolean
  admin?: AdminCredentials
  /** Seed consents and languages and switch every reminder on (npm run demo does). */
  reminders?: boolean
}

export type SeedDemoSummary = {
  skipped: boolean
  seconds: number
  publishableKey: string
  size: DemoSizeName
  anchor: string
  customers: number
  products: number
  orders: { planned: number; created: number; resumed: number }
  adminCreated: boolean
  timings: string
  /** Demo segment name -> member count (absent when the seed was skipped). */
  segments?: Record<string, number>
}

const sameDemo = (marker: DemoMarker, size: DemoSizeName, seed: number) =>
  marker.size === size && marker.seed === seed

/**
 * Seeds the demo store from its plan. Idempotent: records it finds are kept,
 * an interrupted run resumes, and a completed demo is recognised and skipped.
 */
export const seedDemoStore = async (
  container: MedusaContainer,
  options: SeedDemoOptions = {}
): Promise<SeedDemoSummary> => {
  const started = Date.now()
  const size = options.size ?? "full"
  const seed = options.seed ?? DEFAULT_DEMO_SEED
  const { store, marker } = await loadStore(container)
  if (marker && !sameDemo(marker, size, seed)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `This database holds the ${marker.size} demo (seed ${marker.seed}); drop it to seed the ${size} demo (seed ${seed})`
    )
  }
  const anchor = marker?.anchor ?? options.anchor ?? todayAnchor()
  const plan = buildDemoPlan({ seed, size, anchor })

  const salesChannel = await ensureSalesChannel(container)
  const key = await ensurePublishableKey(container, salesChannel.id)
  const adminCreated = options.admin
    ? (await ensureAdminUser(container, options.admin)).created
    : false
  const summary = {
    publishableKey: key.token,
    size,
    anchor,
    customers: plan.customers.length,
    products: plan.products.length,
    adminCreated,
  }
  if (marker?.completed_at) {
    const count = await countDemoOrders(container, salesChannel.id)
    if (count === plan.orders.length) {
      return {
        ...summary,
        skipped: true,
        seconds: (Date.now() - started) / 1000,
        orders: { planned: plan.orders.length, created: 0, resumed: 0 },
        timings: "",
      }
    }
  }

  const region = await ensureRegion(container, plan)
  const shipping = await ensureShipping(container, plan, {
    salesChannelId: salesChannel.id,
    regionId: region.id,
  })
  const inProgress: DemoMarker = {
    seed,
    size,
    anchor,
    orders: plan.orders.length,
    completed_at: null,
  }
  await updateDemoStore(container, store.id, {
    currencyCode: plan.currency_code,
    salesChannelId: salesChannel.id,
    regionId: region.id,
    stockLocationId: shipping.stockLocationId,
    marker: inProgress,
  })
  const productIds = await ensureProducts(container, plan, {
    salesChannelId: salesChannel.id,
    shippingProfileId: shipping.shippingProfileId,
  })
  const customerIds = await ensureCustomers(container, plan)
  const timings = createTimings()
  const orders = await applyOrders(
    container,
    {
      ...shipping,
      plan,
      salesChannelId: salesChannel.id,
      regionId: region.id,
      customers: new Map(
        plan.customers.map((c) => [
          c.email,
          { ...c, id: customerIds.get(c.email)! },
        ])
      ),
      timings,
      products: new Map(
        plan.products.map((p) => [
          p.handle,
          { ...p, ...productIds.get(p.handle)! },
        ])
      ),
    },
    {
      concurrency: options.concurrency ?? 3,
      progress: options.progress ?? true,
    }
  )
  if (options.reminders) {
    await ensureReminderDemo(container, plan, customerIds)
  }
  await ensurePointsDemo(container)
  const segments = await ensureSegmentDemo(container)
  await updateDemoStore(container, store.id, {
    marker: { ...inProgress, completed_at: new Date().toISOString() },
  })
  return {
    ...summary,
    skipped: false,
    seconds: (Date.now() - started) / 1000,
    orders: {
      planned: plan.orders.length,
      created: orders.created,
      resumed: orders.resumed,
    },
    timings: timings.report(),
    segments,
  }
}
