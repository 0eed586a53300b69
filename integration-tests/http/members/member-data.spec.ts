import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import {
  medusaIntegrationTestRunner,
  TestEventUtils,
} from "@medusajs/test-utils"
import {
  cancel,
  capture,
  checkout,
  createCheckoutStore,
  refund,
  shipAndDeliver,
  type CheckoutStore,
} from "../../helpers/checkout"
import { segmentsOf, tiersOf, factOf, metricsOf } from "../../helpers/members"
import { waitFor } from "../../helpers/wait"

process.env.MEMBERSHIP_CURRENCY = "eur"
jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    let container: MedusaContainer
    let store: CheckoutStore

    beforeEach(async () => {
      container = getContainer()
      store = await createCheckoutStore(container)
    })

    it("builds facts, metrics and stages from real order events, and replays change nothing", async () => {
      const {
        result: [customer],
      } = await createCustomersWorkflow(container).run({
        input: {
          customersData: [
            {
              email: "ada@member.test",
              first_name: "Ada",
              last_name: "Lovelace",
              metadata: {
                birthday: "1990-05-17",
                tags: ["Student", " student "],
              },
            },
          ],
        },
      })
      const member = { id: customer.id, email: customer.email }

      const membership = await waitFor(
        async () =>
          (
            await tiersOf(container).listMemberships({ customer_id: member.id })
          )[0],
        Boolean
      )
      expect(membership).toMatchObject({
        stage: "registered",
        birthday: "1990-05-17",
        tags: ["student"],
      })
      expect(
        await waitFor(
          () => metricsOf(container, member.id),
          (m) => !!m?.email
        )
      ).toMatchObject({
        order_count: 0,
        email: "ada@member.test",
        birthday_month: 5,
        birthday_day: 17,
        tags: ["student"],
      })

      const [p1, p2] = store.products
      const ship = store.shipping_amount

      // A: placed (authorized, not captured), then captured, shipped and delivered.
      const orderA = await checkout(container, store, member, [
        { variant_id: p1.variant_id, quantity: 2 },
      ])
      const totalA = p1.price * 2 + ship
      const factA = await waitFor(() => factOf(container, orderA), Boolean)
      expect(factA).toMatchObject({
        customer_id: member.id,
        currency_code: store.currency_code,
        total: totalA,
        item_subtotal: p1.price * 2,
        shipping_total: ship,
        paid_total: 0,
        paid_at: null,
      })
      expect(
        await waitFor(
          () => metricsOf(container, member.id),
          (m) => m.order_count === 1 && m.stage === "first_time"
        )
      ).toMatchObject({
        unpaid_order_count: 1,
        total_spent: 0,
        stage: "first_time",
      })

      await capture(container, orderA)
      await waitFor(
        () => factOf(container, orderA),
        (f) => Number(f.paid_total) === totalA
      )
      await shipAndDeliver(container, orderA)
      const shippedA = await waitFor(
        () => factOf(container, orderA),
        (f) => !!f.delivered_at
      )
      expect(shippedA.shipped_at).not.toBeNull()

      // B: captured, then partly refunded.
      const orderB = await checkout(container, store, member, [
        { variant_id: p2.variant_id, quantity: 1 },
      ])
      const totalB = p2.price + ship
      await waitFor(() => factOf(container, orderB), Boolean)
      await capture(container, orderB)
      await waitFor(
        () => factOf(container, orderB),
        (f) => Number(f.paid_total) === totalB
      )
      await refund(container, orderB, 10)
      await waitFor(
        () => factOf(container, orderB),
        (f) => Number(f.refunded_total) === 10
      )

      // C: placed and canceled before capture.
      const orderC = await checkout(container, store, member, [
        { variant_id: p1.variant_id, quantity: 1 },
      ])
      await waitFor(() => factOf(container, orderC), Boolean)
      await cancel(container, orderC)
      await waitFor(
        () => factOf(container, orderC),
        (f) => !!f.canceled_at
      )

      const spent = totalA + totalB - 10
      const metrics = await waitFor(
        () => metricsOf(container, member.id),
        (m) => m.cancel_count === 1
      )
      expect(metrics).toMatchObject({
        currency_code: "eur",
        order_count: 2,
        paid_order_count: 2,
        total_spent: spent,
        max_order: Math.max(totalA, totalB - 10),
        unpaid_order_count: 0,
        cancel_count: 1,
        refund_total: 10,
        stage: "repeat",
      })
      expect(Number(metrics.aov)).toBeCloseTo(spent / 2, 2)
      expect(metrics.cancel_rate).toBeCloseTo(1 / 3, 3)
      expect(
        (
          await tiersOf(container).listMemberships({ customer_id: member.id })
        )[0].stage
      ).toBe("repeat")

      // The same events again: the same facts and metrics, and no stage change.
      const factsBefore = await segmentsOf(container).listOrderFacts({
        customer_id: member.id,
      })
      const stageChangedAt = (
        await tiersOf(container).listMemberships({ customer_id: member.id })
      )[0].stage_changed_at
      const eventBus = container.resolve(Modules.EVENT_BUS)
      // wait until every replayed event's subscribers have finished
      const replayed = Promise.all([
        TestEventUtils.waitSubscribersExecution("order.placed", eventBus, {
          triggerCount: 3,
        }),
        TestEventUtils.waitSubscribersExecution("order.canceled", eventBus, {
          triggerCount: 3,
        }),
        TestEventUtils.waitSubscribersExecution("customer.updated", eventBus),
      ])
      await eventBus.emit(
        [orderA, orderB, orderC].flatMap((id) => [
          { name: "order.placed", data: { id } },
          { name: "order.canceled", data: { id } },
        ])
      )
      await eventBus.emit([
        { name: "customer.updated", data: { id: member.id } },
      ])
      await replayed
      const factsAfter = await segmentsOf(container).listOrderFacts({
        customer_id: member.id,
      })
      const byOrder = (rows: typeof factsBefore) =>
        Object.fromEntries(
          rows.map(({ updated_at: _u, raw_total: _r, ...row }) => [
            row.order_id,
            row,
          ])
        )
      expect(byOrder(factsAfter)).toEqual(byOrder(factsBefore))
      const {
        computed_at: _c1,
        updated_at: _u1,
        ...metricsAfter
      } = await metricsOf(container, member.id)
      const { computed_at: _c2, updated_at: _u2, ...metricsBefore } = metrics
      expect(metricsAfter).toEqual(metricsBefore)
      expect(
        (
          await tiersOf(container).listMemberships({ customer_id: member.id })
        )[0].stage_changed_at
      ).toEqual(stageChangedAt)

      // A full rebuild from facts gives what the events built (RFM scores
      // aside: a rebuild rescores the whole pool, see the rfm module spec).
      await segmentsOf(container).rebuildAllMetrics("eur")
      const {
        computed_at: _c3,
        updated_at: _u3,
        ...rebuilt
      } = await metricsOf(container, member.id)
      const RFM = [
        "rfm_recency",
        "rfm_frequency",
        "rfm_monetary",
        "rfm_group",
        "spend_percentile",
      ]
      const withoutRfm = (row: Record<string, unknown>) =>
        Object.fromEntries(
          Object.entries(row).filter(([key]) => !RFM.includes(key))
        )
      expect(withoutRfm(rebuilt)).toEqual(withoutRfm(metricsBefore))
    })
  },
})
