const crossed = (days: number) =>
  `(f.placed_at < now() - interval '${days} days'
      AND f.placed_at >= m.computed_at - interval '${days} days')`

/**
 * A page of members whose windowed metrics (AOV over 90 and 365 days) went
 * stale: a paid order of theirs left a window since their metrics were last
 * derived. Bindings: after customer id, page size.
 */
export const STALE_WINDOWED_METRICS_SQL = `
SELECT m.customer_id
FROM mbr_customer_metrics m
WHERE m.deleted_at IS NULL AND m.customer_id > ? AND m.computed_at IS NOT NULL
  AND EXISTS (
    SELECT 1 FROM mbr_order_fact f
    WHERE f.deleted_at IS NULL AND f.customer_id = m.customer_id
      AND f.paid_at IS NOT NULL AND f.canceled_at IS NULL
      AND (${crossed(90)} OR ${crossed(365)})
  )
ORDER BY m.customer_id
LIMIT ?`
