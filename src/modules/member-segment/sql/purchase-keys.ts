import { sqlEntityId } from "./raw-money"

/** How a purchase key names what a line is found by. */
export const PURCHASE_KEY_PREFIX = {
  product: "p:",
  category: "c:",
  collection: "k:",
} as const

/**
 * One row `key(key)` per product, category and collection of the line `line`
 * whose category ids are the text array `categoryIds`.
 */
const lineKeys = (line: string, categoryIds: string) => `
CROSS JOIN LATERAL (
  SELECT '${PURCHASE_KEY_PREFIX.product}' || ${line}.product_id WHERE ${line}.product_id IS NOT NULL
  UNION SELECT '${PURCHASE_KEY_PREFIX.category}' || c FROM unnest(${categoryIds}) c
  UNION SELECT '${PURCHASE_KEY_PREFIX.collection}' || ${line}.collection_id WHERE ${line}.collection_id IS NOT NULL
) key(key)`

export const PURCHASE_KEY_COLUMNS =
  "id, key, order_id, customer_id, placed_at, created_at, updated_at"

/**
 * The key rows of the live lines of `lines` (alias l, category_ids a text
 * array), one per order and key: rules count orders, not lines.
 */
export const purchaseKeyRows = (lines: string, where: string) => `
SELECT ${sqlEntityId("mbrpk")}, o.key, o.order_id, o.customer_id, o.placed_at, now(), now()
FROM (
  SELECT DISTINCT key.key, l.order_id, l.customer_id, l.placed_at
  FROM ${lines} l ${lineKeys("l", "l.category_ids")}
  WHERE l.canceled_at IS NULL AND ${where}
) o`

/** Rewrites every purchase key from the line facts (for lines written outside the module's SQL). */
export const REBUILD_PURCHASE_KEYS_SQL = [
  "DELETE FROM mbr_purchase_key",
  `INSERT INTO mbr_purchase_key (${PURCHASE_KEY_COLUMNS})
${purchaseKeyRows("mbr_order_line_fact", "l.deleted_at IS NULL")}`,
] as const
