/**
 * Erases deleted customers from the analytical store: their order and line
 * facts (and purchase keys) stay, anonymous, so store totals stay true; their
 * metrics row (with its copy of email, names, birthday, tags and consents),
 * their segment memberships and pending segment marks are deleted. Returns the
 * customers that had any data. Binding: customer ids JSON.
 */
export const ERASE_CUSTOMERS_SQL = `
WITH ids AS (SELECT DISTINCT jsonb_array_elements_text(?::jsonb) AS customer_id),
facts AS (
  UPDATE mbr_order_fact f SET customer_id = NULL, updated_at = now()
  FROM ids WHERE f.customer_id = ids.customer_id
  RETURNING ids.customer_id
),
lines AS (
  UPDATE mbr_order_line_fact l SET customer_id = NULL, updated_at = now()
  FROM ids WHERE l.customer_id = ids.customer_id
  RETURNING ids.customer_id
),
-- found through the orders (the keys have no customer index); the statement still sees the facts as they were
keys AS (
  UPDATE mbr_purchase_key k SET customer_id = NULL, updated_at = now()
  FROM mbr_order_fact f JOIN ids ON ids.customer_id = f.customer_id
  WHERE k.order_id = f.order_id AND k.customer_id = ids.customer_id
  RETURNING ids.customer_id
),
metrics AS (
  DELETE FROM mbr_customer_metrics m USING ids
  WHERE m.customer_id = ids.customer_id
  RETURNING ids.customer_id
),
segment_members AS (
  DELETE FROM mbr_segment_member sm USING ids
  WHERE sm.customer_id = ids.customer_id
  RETURNING ids.customer_id
),
dirty AS (
  DELETE FROM mbr_segment_dirty_member d USING ids
  WHERE d.customer_id = ids.customer_id
  RETURNING ids.customer_id
)
SELECT customer_id FROM facts
UNION SELECT customer_id FROM lines
UNION SELECT customer_id FROM keys
UNION SELECT customer_id FROM metrics
UNION SELECT customer_id FROM segment_members
UNION SELECT customer_id FROM dirty`
