import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  refreshOrderFactsWorkflow,
  updateMemberProfileWorkflow,
} from "../../../src/workflows/member-data"
import { adminHeaders, customerHeaders } from "../../helpers/auth"
import {
  capture,
  checkout,
  createCheckoutStore,
  shipAndDeliver,
  type CheckoutStore,
} from "../../helpers/checkout"
import { settle } from "../../helpers/http"
import {
  editOrderAddingItems,
  exchangeFirstItem,
} from "../../helpers/order-changes"
import {
  segmentsOf,
  factOf,
  metricsOf,
  membershipOf,
} from "../../helpers/members"
import { waitFor } from "../../helpers/wait"

process.env.MEMBERSHIP_CURRENCY = "eur"
jest.setTimeout(240 * 1000)

// Test switches for the workflows' hooks (a hook has one handler per process).
const hooks = {
  holdFirstRead: null as null | { release: Promise<void>; held: () => void },
  failRecorded: false,
  failProfile: false,
}
refreshOrderFactsWorkflow.hooks.factsLoaded(async () => {
  const hold = hooks.holdFirstRead
  if (hold) {
    hooks.holdFirstRead = null
    hold.held()
    await hold.release
  }
})
refreshOrderFactsWorkflow.hooks.factsRecorded(async () => {
  if (hooks.failRecorded) throw new Error("a later step failed")
})
updateMemberProfileWorkflow.hooks.profileUpdated(async () => {
  if (hooks.failProfile) throw new Error("a later step failed")
})

/** Everything the plugin keeps about a member, without write timestamps. */
async function memberState(c: MedusaContainer, customerId: string) {
  const omit = <T extends Record<string, unknown>>(row: T | undefined) => {
    if (!row) return row
    const {
      updated_at: _u,
      computed_at: _c,
      raw_total_spent: _r1,
      raw_aov: _r2,
      raw_aov_90d: _r3,
      raw_aov_365d: _r4,
      raw_max_order: _r5,
      raw_refund_total: _r6,
      // written by the points ledger on its own order.placed handler
      points_available: _p1,
      points_pending: _p2,
      ...rest
    } = row as Record<string, unknown>
    return rest
  }
  const facts = await segmentsOf(c).listOrderFacts(
    { customer_id: customerId },
    { order: { order_id: "ASC" } }
  )
  const lines = await segmentsOf(c).listOrderLineFacts(
    { customer_id: customerId },
    { order: { line_item_id: "ASC" } }
  )
  return {
    facts: facts.map((f) => omit(f)),
    lines: lines.map((l) => omit(l)),
    metrics: omit(await metricsOf(c, customerId)),
    membership: omit(await membershipOf(c, customerId)),
  }
}

async function createMember(c: MedusaContainer, email: string) {
  const {
    result: [customer],
  } = await createCustomersWorkflow(c).run({
    input: {
      customersData: [
        {
          email,
          first_name: "Grace",
          last_name: "Hopper",
          metadata: { birthday: "1906-12-09", tags: ["student"] },
        },
      ],
    },
  })
  await waitFor(
    () => metricsOf(c, customer.id),
    (m) => m?.stage === "registered"
  )
  return { id: customer.id, email }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let store: CheckoutStore

    beforeEach(async () => {
      container = getContainer()
      store = await createCheckoutStore(container)
      hooks.failRecorded = false
      hooks.failProfile = false
      hooks.holdFirstRead = null
    })

    it("never lets an older read of an order overwrite a newer one", async () => {
      const member = await createMember(container, "race@member.test")
      const [product] = store.products
      const orderId = await checkout(container, store, member, [
        { variant_id: product.variant_id, quantity: 1 },
      ])
      await waitFor(() => factOf(container, orderId), Boolean)

      // A refresh reads the unpaid order and is held before it writes...
      let held!: () => void
      let release!: () => void
      const reading = new Promise<void>((resolve) => (held = resolve))
      hooks.holdFirstRead = {
        release: new Promise<void>((resolve) => (release = resolve)),
        held,
      }
      const stale = refreshOrderFactsWorkflow(container).run({
        input: { order_ids: [orderId] },
      })
      await reading
      // ...while the payment is captured and payment.captured refreshes it again.
      await capture(container, orderId)
      // Without a per-order lock the newer refresh writes "paid" right away.
      await waitFor(
        () => factOf(container, orderId),
        (fact) => Number(fact.paid_total) > 0,
        { timeoutMs: 3000 }
      ).catch(() => undefined)
      release()
      await stale

      const fact = await waitFor(
        () => factOf(container, orderId),
        (f) => f.paid_at !== null
      )
      expect(Number(fact.paid_total)).toBe(Number(fact.total))
      expect(
        await waitFor(
          () => metricsOf(container, member.id),
          (m) => m.paid_order_count === 1
        )
      ).toMatchObject({ unpaid_order_count: 0 })
    })

    it("rolls back facts, lines, metrics, stage and profile when a later step fails", async () => {
      const member = await createMember(container, "undo@member.test")
      const [p1, p2] = store.products
      const first = await checkout(container, store, member, [
        { variant_id: p1.variant_id, quantity: 1 },
      ])
      await waitFor(
        () => metricsOf(container, member.id),
        (m) => m.order_count === 1 && m.stage === "first_time"
      )
      const before = await memberState(container, member.id)
      expect(before.lines).toHaveLength(1)

      // The second order would make a repeat buyer, but the refresh fails late.
      hooks.failRecorded = true
      const second = await checkout(container, store, member, [
        { variant_id: p2.variant_id, quantity: 2 },
      ])
      const { errors } = await refreshOrderFactsWorkflow(container).run({
        input: { order_ids: [second, first] },
        throwOnError: false,
      })
      expect(errors[0]?.error?.message).toBe("a later step failed")
      expect(await memberState(container, member.id)).toEqual(before)

      // The same for a profile edit: membership and profile copy stay as they were.
      hooks.failProfile = true
      const failed = await updateMemberProfileWorkflow(container).run({
        input: {
          customer_id: member.id,
          actor: "admin",
          tags: ["vip"],
          email_consent: true,
          birthday: "1990-01-01",
        },
        throwOnError: false,
      })
      expect(failed.errors).toHaveLength(1)
      expect(await memberState(container, member.id)).toEqual(before)

      // Once nothing fails, the same refresh goes through.
      hooks.failRecorded = false
      await refreshOrderFactsWorkflow(container).run({
        input: { order_ids: [second] },
      })
      expect(await metricsOf(container, member.id)).toMatchObject({
        order_count: 2,
        stage: "repeat",
      })
      expect((await membershipOf(container, member.id)).stage).toBe("repeat")
    })

    it("erases a deleted customer's member data and keeps anonymous facts", async () => {
      const admin = await adminHeaders(container)
      const member = await createMember(container, "erase@member.test")
      const headers = await customerHeaders(
        container,
        member,
        store.publishable_key
      )
      await api.post(
        "/store/members/me",
        { consents: { email: true, sms: true } },
        headers
      )

      const [product] = store.products
      const orderId = await checkout(container, store, member, [
        { variant_id: product.variant_id, quantity: 1 },
      ])
      await waitFor(
        () => metricsOf(container, member.id),
        (m) => m.order_count === 1 && m.email_consent
      )
      const total = Number((await factOf(container, orderId)).total)

      await api.delete(`/admin/customers/${member.id}`, admin)
      await waitFor(
        () => membershipOf(container, member.id),
        (membership) => membership === undefined
      )

      const fact = await factOf(container, orderId)
      expect(fact.customer_id).toBeNull()
      expect(Number(fact.total)).toBe(total)
      expect(await metricsOf(container, member.id)).toBeUndefined()
      const listed = await api.get("/admin/members?q=erase", admin)
      expect(listed.data).toMatchObject({ count: 0, members: [] })
      for (const request of [
        api.get("/store/members/me", headers),
        api.post("/store/members/me", { consents: { email: false } }, headers),
      ]) {
        const response = await settle(request)
        expect(response.status).toBe(404)
        expect(response.data.message).toContain(member.id)
      }

      // No personal data, nor the id itself, is left in any mbr_ table.
      await segmentsOf(container).rebuildAllMetrics("eur")
      const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows: tables } = await db.raw(
        "SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'mbr\\_%'"
      )
      expect(tables.length).toBeGreaterThanOrEqual(5)
      // each feature erases its own rows on member.data_erased: wait for all of them
      const leftovers = await waitFor(
        async () => {
          const counts: Record<string, number> = {}
          for (const { table_name } of tables as { table_name: string }[]) {
            const { rows } = await db.raw(
              `SELECT count(*)::int AS n FROM "${table_name}" t
               WHERE t::text ILIKE ? OR t::text ILIKE ? OR t::text ILIKE ? OR t::text LIKE ?`,
              [
                "%erase@member.test%",
                "%hopper%",
                "%1906-12-09%",
                `%${member.id}%`,
              ]
            )
            if (rows[0].n) counts[table_name] = rows[0].n
          }
          return counts
        },
        (counts) => Object.keys(counts).length === 0
      )
      expect(leftovers).toEqual({})
    })

    it("follows order edits and exchanges into facts and lines", async () => {
      const member = await createMember(container, "edit@member.test")
      const [p1, p2, p3] = store.products
      const orderId = await checkout(container, store, member, [
        { variant_id: p1.variant_id, quantity: 1 },
      ])
      await waitFor(() => factOf(container, orderId), Boolean)
      await capture(container, orderId)

      await editOrderAddingItems(container, orderId, [
        { variant_id: p2.variant_id, quantity: 2 },
      ])
      const edited = await waitFor(
        () => factOf(container, orderId),
        (fact) => Number(fact.item_subtotal) === p1.price + 2 * p2.price
      )
      expect(Number(edited.total)).toBe(
        p1.price + 2 * p2.price + store.shipping_amount
      )
      const lines = async () =>
        segmentsOf(container).listOrderLineFacts({ order_id: orderId })
      expect(
        (await lines()).map((l) => [l.variant_id, l.quantity]).sort()
      ).toEqual(
        [
          [p1.variant_id, 1],
          [p2.variant_id, 2],
        ].sort()
      )

      // an exchange takes back a delivered item and sends another
      const delivered = await checkout(container, store, member, [
        { variant_id: p1.variant_id, quantity: 1 },
      ])
      await waitFor(() => factOf(container, delivered), Boolean)
      await capture(container, delivered)
      await shipAndDeliver(container, delivered)
      await exchangeFirstItem(container, delivered, [
        { variant_id: p3.variant_id, quantity: 1 },
      ])
      const exchanged = await waitFor(
        () => segmentsOf(container).listOrderLineFacts({ order_id: delivered }),
        (rows) => rows.some((row) => row.variant_id === p3.variant_id)
      )
      expect(
        exchanged.find((l) => l.variant_id === p3.variant_id)
      ).toMatchObject({ quantity: 1, customer_id: member.id })
    })
  },
})
