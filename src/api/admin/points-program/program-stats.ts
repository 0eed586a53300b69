import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The store's real figures the cost guardrail needs: average order value over
 * the last 365 days (member order facts) and the share of issued points that
 * were redeemed (the ledger).
 */
export async function loadProgramStats(
  container: MedusaContainer,
  currencyCode: string | null
) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const orders = await pg.raw(
    `SELECT count(*)::int AS orders, coalesce(avg(total), 0)::float AS aov, max(currency_code) AS currency_code
     FROM mbr_order_fact
     WHERE deleted_at IS NULL AND canceled_at IS NULL
       AND placed_at >= now() - interval '365 days'
       AND (?::text IS NULL OR currency_code = ?::text)`,
    [currencyCode, currencyCode]
  )
  const ledger = await pg.raw(
    `SELECT coalesce(sum(points) FILTER (WHERE type IN ('earn', 'cashback', 'bonus', 'adjust_credit')), 0)::float AS issued,
       coalesce(-sum(points) FILTER (WHERE type = 'redeem'), 0)::float
         - coalesce(sum(points) FILTER (WHERE type = 'restore'), 0)::float AS redeemed
     FROM mbr_points_entry WHERE deleted_at IS NULL AND created_at >= now() - interval '365 days'`
  )
  const o = orders.rows[0]
  const l = ledger.rows[0]
  return {
    orders_365d: Number(o.orders),
    aov_365d: Math.round(Number(o.aov) * 100) / 100,
    currency_code: o.currency_code ?? currencyCode,
    points_issued_365d: Number(l.issued),
    points_redeemed_365d: Number(l.redeemed),
    redemption_rate:
      l.issued > 0 ? Number(l.redeemed) / Number(l.issued) : null,
  }
}
