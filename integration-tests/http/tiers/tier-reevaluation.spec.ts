import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  medusaIntegrationTestRunner,
  TestEventUtils,
} from "@medusajs/test-utils"
import { MembershipEvents } from "../../../src/events"
import { evaluateMemberTiersWorkflow } from "../../../src/workflows/member-tiers"
import {
  REEVALUATION_STALE_AFTER_MS,
  runTierReevaluation,
  startTierReevaluation,
} from "../../../src/workflows/member-tiers/reevaluation"
import { adminHeaders } from "../../helpers/auth"
import {
  createMember,
  membershipOf,
  metricsOf,
  recordOrders,
  tiersOf,
} from "../../helpers/members"
import { waitFor } from "../../helpers/wait"

process.env.MEMBERSHIP_CURRENCY = "eur"
jest.setTimeout(240 * 1000)

const BASE = { name: "Member", handle: "member", rank: 0, threshold: 0 }
const GOLD = { name: "Gold", handle: "gold", rank: 1, threshold: 100 }

// A failing step after a page's tier writes, for the members listed here only
// (every time, or once: a transient failure such as a lock wait timing out).
const failFor = new Set<string>()
const failOnceFor = new Set<string>()
evaluateMemberTiersWorkflow.hooks.tiersEvaluated(({ applied }) => {
  const ids = applied.moves.map((move) => move.customer_id)
  if (ids.some((id) => failFor.has(id))) {
    throw new Error("a later step failed")
  }
  const once = ids.find((id) => failOnceFor.has(id))
  if (once) {
    failOnceFor.delete(once)
    throw new Error("a later step failed once")
  }
})

type Run = {
  id: string
  status: string
  trigger: string
  total: number
  processed: number
  moved: number
}

const groupsOf = async (container: MedusaContainer, customerId: string) => {
  const [customer] = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ id: customerId }, { relations: ["groups"] })
  return (customer.groups ?? []).map((g) => g.id).sort()
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      container = getContainer()
      admin = await adminHeaders(container)
    })

    const createTier = async (body: Record<string, unknown>) =>
      (await api.post("/admin/tiers", body, admin)).data.tier
    const reevaluation = async (): Promise<Run | null> =>
      (await api.get("/admin/tiers", admin)).data.reevaluation
    const settledRun = () =>
      waitFor(reevaluation, (run) => run?.status === "completed", {
        timeoutMs: 60_000,
      }) as Promise<Run>

    /** Members on the base tier whose order facts (written without events) put `rich` of them above 100. */
    const membersWithSpend = async (count: number, rich: number) => {
      const members: Awaited<ReturnType<typeof createMember>>[] = []
      for (let i = 0; i < count; i++) {
        members.push(
          await createMember(container, {
            email: `m${i}@member.test`,
            first_name: "Member",
          })
        )
      }
      await waitFor(
        () => Promise.all(members.map((m) => membershipOf(container, m.id))),
        (rows) => rows.every((m) => !!m?.tier_id)
      )
      for (const [i, member] of members.entries()) {
        await recordOrders(container, member.id, [
          {
            order_id: `order_${member.id}`,
            total: i < rich ? 250 : 40,
            placed_at: new Date(),
          },
        ])
      }
      return members.map((m) => m.id).sort()
    }

    it("re-evaluates every member after a ladder change in a stored run whose progress ends at its total; a replayed event moves nobody", async () => {
      const base = await createTier(BASE)
      const ids = await membersWithSpend(5, 3)
      await settledRun()

      const gold = await createTier(GOLD)
      // the run is stored with the ladder change, before any worker picks it up
      const started = await reevaluation()
      expect(started).toMatchObject({ trigger: "ladder_changed" })
      expect(["pending", "running", "completed"]).toContain(started?.status)

      const run = await waitFor(
        reevaluation,
        (r) => r?.id === started?.id && r?.status === "completed",
        { timeoutMs: 60_000 }
      )
      expect(run).toMatchObject({
        total: ids.length,
        processed: ids.length,
        moved: 3,
      })
      const tiers = await Promise.all(
        ids.map(async (id) => (await membershipOf(container, id))?.tier_id)
      )
      expect(tiers.filter((t) => t === gold.id)).toHaveLength(3)
      expect(tiers.filter((t) => t === base.id)).toHaveLength(2)
      const upgraded = ids.filter((_, i) => tiers[i] === gold.id)
      for (const id of upgraded) {
        expect(await groupsOf(container, id)).toEqual([gold.customer_group_id])
        expect((await metricsOf(container, id))?.tier_rank).toBe(1)
      }
      const history = await tiersOf(container).listTierChanges({
        customer_id: upgraded,
        to_tier_id: gold.id,
      })
      expect(history.map((c) => c.reason)).toEqual(
        Array(3).fill("ladder_changed")
      )

      // the same event again: the run for this ladder is found, nobody moves
      const eventBus = container.resolve(Modules.EVENT_BUS)
      const replayed = TestEventUtils.waitSubscribersExecution(
        MembershipEvents.TIER_LADDER_CHANGED,
        eventBus
      )
      await eventBus.emit({
        name: MembershipEvents.TIER_LADDER_CHANGED,
        data: { tier_ids: [gold.id] },
      })
      await replayed
      expect((await reevaluation())?.id).toBe(run?.id)
      expect(
        await tiersOf(container).listTierChanges({ to_tier_id: gold.id })
      ).toHaveLength(3)

      // a benefit edit leaves qualification alone: no new run
      await api.post(
        `/admin/tiers/${gold.id}`,
        { ...GOLD, points_multiplier: 2 },
        admin
      )
      expect((await reevaluation())?.id).toBe(run?.id)
    })

    it("resumes a run stopped half-way from its cursor once its lease lapses, moving each member once", async () => {
      await createTier(BASE)
      const gold = await createTier(GOLD)
      await settledRun()
      const ids = await membersWithSpend(6, 6)
      const started = await startTierReevaluation(container, "backfill")
      const runId = started!.run.id

      const stop = new AbortController()
      const stopped = await runTierReevaluation(container, runId, {
        pageSize: 2,
        signal: stop.signal,
        onProgress: (progress) => progress.processed > 0 && stop.abort(),
      })
      expect(stopped).toMatchObject({
        status: "running",
        processed: 2,
        moved: 2,
        cursor: ids[1],
      })
      // its lease is live: another worker cannot take it over
      expect(await runTierReevaluation(container, runId)).toBeNull()
      // as if it died after writing a page but before saving its cursor,
      // and its heartbeat has gone stale since
      await tiersOf(container).updateTierReevaluations({
        id: runId,
        cursor: null,
        processed: 0,
        moved: 0,
        heartbeat_at: new Date(Date.now() - REEVALUATION_STALE_AFTER_MS - 1000),
      })
      const finished = await runTierReevaluation(container, runId, {
        pageSize: 2,
      })
      expect(finished).toMatchObject({
        status: "completed",
        processed: 6,
        total: 6,
        // the repeated first page found its members moved already
        moved: 4,
        error: null,
      })
      const changes = await tiersOf(container).listTierChanges({
        customer_id: ids,
        to_tier_id: gold.id,
      })
      expect(changes.map((c) => c.customer_id).sort()).toEqual(ids)
      expect(changes.map((c) => c.reason)).toEqual(Array(6).fill("qualified"))
    })

    it("retries a page that failed once and completes the run, moving each member once", async () => {
      await createTier(BASE)
      const gold = await createTier(GOLD)
      await settledRun()
      const ids = await membersWithSpend(4, 4)
      const started = await startTierReevaluation(container, "backfill")
      failOnceFor.add(ids[2])
      const done = await runTierReevaluation(container, started!.run.id, {
        pageSize: 2,
      })
      expect(failOnceFor.size).toBe(0)
      expect(done).toMatchObject({
        status: "completed",
        processed: 4,
        moved: 4,
      })
      const changes = await tiersOf(container).listTierChanges({
        customer_id: ids,
        to_tier_id: gold.id,
      })
      expect(changes.map((c) => c.customer_id).sort()).toEqual([...ids].sort())
    })

    it("leaves a failed page's tiers, history and groups as they were; the run fails and the next one moves them once", async () => {
      const base = await createTier(BASE)
      const gold = await createTier(GOLD)
      await settledRun()
      const ids = await membersWithSpend(4, 4)
      const before = await Promise.all(
        ids.map(async (id) => ({
          membership: await membershipOf(container, id),
          groups: await groupsOf(container, id),
          metrics_tier: (await metricsOf(container, id))?.tier_id,
        }))
      )
      const started = await startTierReevaluation(container, "backfill")
      failFor.add(ids[2])
      let failed
      try {
        failed = await runTierReevaluation(container, started!.run.id, {
          pageSize: 2,
        })
      } finally {
        failFor.clear()
      }
      expect(failed).toMatchObject({
        status: "failed",
        processed: 2,
        moved: 2,
        cursor: ids[1],
        error: expect.stringContaining("a later step failed"),
      })
      // the first page stays done; the failed page is as it was
      expect((await membershipOf(container, ids[0]))?.tier_id).toBe(gold.id)
      for (const i of [2, 3]) {
        const { updated_at: _, ...kept } = before[i].membership!
        expect(await membershipOf(container, ids[i])).toEqual(
          expect.objectContaining(kept)
        )
        expect(kept.tier_id).toBe(base.id)
        expect(await groupsOf(container, ids[i])).toEqual(before[i].groups)
        expect((await metricsOf(container, ids[i]))?.tier_id).toBe(
          before[i].metrics_tier
        )
        expect(
          await tiersOf(container).listTierChanges({
            customer_id: ids[i],
            to_tier_id: gold.id,
          })
        ).toEqual([])
      }
      expect(await reevaluation()).toMatchObject({ status: "failed" })

      // a failed run is no cover for its ladder: the replayed event starts anew
      const eventBus = container.resolve(Modules.EVENT_BUS)
      const replayed = TestEventUtils.waitSubscribersExecution(
        MembershipEvents.TIER_LADDER_CHANGED,
        eventBus
      )
      await eventBus.emit({
        name: MembershipEvents.TIER_LADDER_CHANGED,
        data: { tier_ids: [gold.id] },
      })
      await replayed
      const next = await settledRun()
      expect(next.id).not.toBe(started!.run.id)
      expect(next).toMatchObject({ processed: 4, moved: 2 })
      const changes = await tiersOf(container).listTierChanges({
        customer_id: ids,
        to_tier_id: gold.id,
      })
      expect(changes.map((c) => c.customer_id).sort()).toEqual(ids)
      for (const id of ids) {
        expect(await groupsOf(container, id)).toEqual([gold.customer_group_id])
      }
    })
  },
})
