import type { Client } from "pg"

import type MemberSegmentModuleService from "../../src/modules/member-segment/service"
import type { OrderFactInput } from "../../src/modules/member-segment/types"
import { timed } from "./stats"

type FactRow = OrderFactInput & { paid_total: string }

/**
 * Half the events revise an existing order (a refund), half place a new paid
 * order. Each is one upsert + one refresh of the touched customer. The
 * baseline bumps a counter with a single-row UPDATE.
 */
export const runEvents = async (
  client: Client,
  service: MemberSegmentModuleService,
  count: number
) => {
  const { rows: existing } = await client.query<FactRow>(
    `SELECT order_id, customer_id, currency_code, country_code, item_subtotal,
       shipping_total, discount_total, total, paid_total, refunded_total,
       returned_item_count, placed_at, paid_at, canceled_at
     FROM mbr_order_fact TABLESAMPLE SYSTEM (1) LIMIT $1`,
    [Math.ceil(count / 2)]
  )
  const upsert: number[] = []
  const refresh: number[] = []
  const module: number[] = []
  const baseline: number[] = []
  for (let i = 0; i < count; i++) {
    const revision = existing[Math.floor(i / 2)]
    const fact: OrderFactInput =
      i % 2 === 0 && revision
        ? { ...revision, refunded_total: Number(revision.paid_total) / 2 }
        : {
            order_id: `order_event_${i}`,
            customer_id: `cus_bench_${(i * 7919) % 100_000}`,
            currency_code: "eur",
            item_subtotal: 42,
            shipping_total: 5,
            discount_total: 0,
            total: 47,
            paid_total: 47,
            refunded_total: 0,
            placed_at: new Date(),
            paid_at: new Date(),
          }
    let customers: string[] = []
    const up = await timed(async () => {
      customers = (await service.upsertOrderFacts([fact])).customer_ids
    })
    const re = await timed(() =>
      service.refreshCustomerMetrics(customers, "eur")
    )
    upsert.push(up)
    refresh.push(re)
    module.push(up + re)
    baseline.push(
      await timed(() =>
        client.query(
          `UPDATE mbr_customer_metrics SET order_count = order_count + 1
           WHERE customer_id = $1 AND deleted_at IS NULL`,
          [fact.customer_id]
        )
      )
    )
  }
  return { upsert, refresh, module, baseline }
}
