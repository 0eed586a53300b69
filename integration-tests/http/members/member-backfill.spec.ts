import { isDeepStrictEqual } from "util"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import {
  medusaIntegrationTestRunner,
  TestEventUtils,
} from "@medusajs/test-utils"
import { seedDemoStore } from "../../../demo/seed-demo-store"
import {
  MEMBER_SEGMENT_MODULE,
  MEMBER_TIER_MODULE,
} from "../../../src/module-keys"
import type MemberSegmentModuleService from "../../../src/modules/member-segment/service"
import type MemberTierModuleService from "../../../src/modules/member-tier/service"
import {
  BACKFILL_STALE_AFTER_MS,
  runMemberBackfill,
} from "../../../src/workflows/member-backfill"
import { adminHeaders } from "../../helpers/auth"
import { settle } from "../../helpers/http"
import { waitFor } from "../../helpers/wait"

jest.setTimeout(300 * 1000)

type BackfillBody = { backfill: Record<string, unknown> & { status: string } }

const PLUGIN_TABLES = [
  "mbr_order_fact",
  "mbr_customer_metrics",
  "mbr_membership",
  "mbr_backfill",
]

/** Member data without row ids and write times, keyed by customer and order. */
async function memberData(container: MedusaContainer) {
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
  const [facts, metrics, memberships] = await Promise.all([
    segments.listOrderFacts({}, { take: 10000 }),
    segments.listCustomerMetrics({}, { take: 10000 }),
    tiers.listMemberships({}, { take: 10000 }),
  ])
  const strip = <T extends object>(row: T) =>
    Object.fromEntries(
      Object.entries(row).filter(
        ([key]) =>
          ![
            "id",
            "created_at",
            "updated_at",
            "computed_at",
            "deleted_at",
            // pool-relative scores: a full rebuild rescores the whole pool
            "rfm_recency",
            "rfm_frequency",
            "rfm_monetary",
            "rfm_group",
            "spend_percentile",
          ].includes(key)
      )
    )
  return {
    facts: Object.fromEntries(facts.map((f) => [f.order_id, strip(f)])),
    metrics: Object.fromEntries(metrics.map((m) => [m.customer_id, strip(m)])),
    memberships: Object.fromEntries(
      memberships.map((m) => [
        m.customer_id,
        {
          stage: m.stage,
          tags: m.tags,
          birthday: m.birthday,
          joined_at: m.joined_at,
        },
      ])
    ),
  }
}

async function wipePluginData(container: MedusaContainer) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await pg.raw(`TRUNCATE ${PLUGIN_TABLES.join(", ")}`)
}

/** Subscribers run after the workflows that emit: wait until member data stops moving. */
async function settled(container: MedusaContainer) {
  let previous = ""
  return waitFor(
    async () => {
      const current = JSON.stringify(await memberData(container))
      const stable = current === previous
      previous = current
      return stable
    },
    Boolean,
    { timeoutMs: 60000, intervalMs: 1500 }
  )
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer

    beforeEach(() => {
      container = getContainer()
    })

    it("rebuilds the event-built member data after a wipe, resuming a run stopped midway", async () => {
      await seedDemoStore(container, {
        size: "small",
        anchor: "2026-06-15",
        progress: false,
      })
      // The seed's bulk path emits no order.placed for unpaid orders: replay it for every order.
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id"],
      })
      const eventBus = container.resolve(Modules.EVENT_BUS)
      const replayed = TestEventUtils.waitSubscribersExecution(
        "order.placed",
        eventBus,
        { triggerCount: orders.length, timeout: 120_000 }
      )
      await eventBus.emit(
        orders.map((order: { id: string }) => ({
          name: "order.placed",
          data: { id: order.id },
        }))
      )
      await replayed
      await settled(container)
      const built = await memberData(container)
      const orderCount = Object.keys(built.facts).length
      expect(orderCount).toBe(orders.length)
      expect(Object.keys(built.memberships).length).toBeGreaterThan(5)

      await wipePluginData(container)
      const segments: MemberSegmentModuleService = container.resolve(
        MEMBER_SEGMENT_MODULE
      )
      const run = await segments.createMemberBackfills({})

      // "Kill" it after three pages of orders...
      const stop = new AbortController()
      let pages = 0
      const stopped = await runMemberBackfill(container, run.id, {
        batchSize: 4,
        signal: stop.signal,
        onProgress: () => ++pages === 3 && stop.abort(),
      })
      expect(stopped).toMatchObject({
        status: "running",
        phase: "orders",
        processed: 12,
      })
      // Its lease is live: another worker cannot take the run over.
      expect(await runMemberBackfill(container, run.id)).toBeNull()
      // ...as if it died after writing a page but before saving its cursor,
      // and its heartbeat has gone stale since.
      await segments.updateMemberBackfills({
        id: run.id,
        cursor: null,
        processed: 0,
        heartbeat_at: new Date(Date.now() - BACKFILL_STALE_AFTER_MS - 1000),
      })

      const finished = await runMemberBackfill(container, run.id, {
        batchSize: 4,
      })
      expect(finished).toMatchObject({
        status: "completed",
        phase: "done",
        error: null,
      })
      expect(finished!.processed).toBe(finished!.total)

      // the points ledger copies balances back once the backfill has completed
      const restored = await waitFor(
        () => memberData(container),
        (data) => isDeepStrictEqual(data, built),
        { timeoutMs: 20_000 }
      ).catch(() => memberData(container))
      expect(Object.keys(restored.facts)).toHaveLength(orderCount)
      expect(restored).toEqual(built)
    })

    it("starts from the admin API, runs in the background and reports progress", async () => {
      await createCustomersWorkflow(container).run({
        input: {
          customersData: [
            { email: "one@member.test" },
            { email: "two@member.test" },
          ],
        },
      })
      await settled(container)
      await wipePluginData(container)
      const admin = await adminHeaders(container)

      expect(
        (await settle(api.post("/admin/members/backfill", {}))).status
      ).toBe(401)
      expect((await api.get("/admin/members/backfill", admin)).data).toEqual({
        backfill: null,
      })

      // 20 admins press "Run backfill" at once: one run, and every answer names it
      const starts = await Promise.all(
        Array.from({ length: 20 }, () =>
          api.post("/admin/members/backfill", {}, admin)
        )
      )
      const started = starts[0]
      expect(starts.map((response) => response.status)).toEqual(
        Array(20).fill(202)
      )
      expect(
        new Set(starts.map((response) => response.data.backfill.id)).size
      ).toBe(1)
      const segments: MemberSegmentModuleService = container.resolve(
        MEMBER_SEGMENT_MODULE
      )
      expect(await segments.listMemberBackfills({})).toHaveLength(1)
      expect(started.data.backfill).toMatchObject({
        phase: "orders",
      })

      const { data } = await waitFor(
        () =>
          api.get("/admin/members/backfill", admin) as Promise<{
            data: BackfillBody
          }>,
        (response) => response.data.backfill.status === "completed"
      )
      expect(data.backfill).toMatchObject({
        id: started.data.backfill.id,
        phase: "done",
        processed: 3,
        total: 3,
        eta_seconds: 0,
        error: null,
      })
      expect(data.backfill.rate_per_second).toBeGreaterThan(0)

      const members = await api.get("/admin/members", admin)
      expect(members.data.count).toBe(2)
      expect(members.data.members[0].metrics.currency_code).not.toBeNull()
    })
  },
})
