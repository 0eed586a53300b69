import { PURCHASE_KEY_COLUMNS, purchaseKeyRows } from "./purchase-keys"
import { rawMoney } from "./raw-money"

const VALUES = [
  "order_id",
  "customer_id",
  "product_id",
  "variant_id",
  "category_ids",
  "collection_id",
  "quantity",
  "net_amount",
  "currency_code",
  "placed_at",
  "canceled_at",
]

const RECORD_COLUMNS = [
  "id text",
  "order_id text",
  "line_item_id text",
  "customer_id text",
  "product_id text",
  "variant_id text",
  "category_ids jsonb",
  "collection_id text",
  "quantity integer",
  "net_amount numeric",
  "currency_code text",
  "placed_at timestamptz",
  "canceled_at timestamptz",
].join(", ")

// category_ids travel as a JSON array so that every element stays the text it is.
const CATEGORY_IDS =
  "ARRAY(SELECT jsonb_array_elements_text(coalesce(i.category_ids, '[]')))"
const SELECT_VALUES = [
  "i.id",
  "i.order_id",
  "i.line_item_id",
  "i.customer_id",
  "i.product_id",
  "i.variant_id",
  CATEGORY_IDS,
  "i.collection_id",
  "i.quantity",
  "i.net_amount",
  "lower(i.currency_code)",
  "i.placed_at",
  "i.canceled_at",
  rawMoney("i.net_amount"),
  "now()",
  "now()",
].join(", ")

const tuple = (table: string) =>
  `(${VALUES.map((column) => `${table}.${column}`).join(", ")})`

const LINE_SNAPSHOT = `jsonb_build_object(
  'id', l.id, 'order_id', l.order_id, 'line_item_id', l.line_item_id,
  'customer_id', l.customer_id, 'product_id', l.product_id, 'variant_id', l.variant_id,
  'category_ids', to_jsonb(l.category_ids), 'collection_id', l.collection_id,
  'quantity', l.quantity, 'net_amount', trim_scale(l.net_amount)::text,
  'currency_code', l.currency_code, 'placed_at', l.placed_at, 'canceled_at', l.canceled_at)`

/**
 * Replaces the lines of the given orders with the given lines: lines no longer
 * on an order are deleted, new and changed ones upserted, unchanged ones left
 * alone; the purchase keys of each order whose lines changed are rewritten
 * from its new lines. Returns, for each order whose lines changed, its
 * previous lines. Bindings: order ids JSON, lines JSON.
 */
export const REPLACE_ORDER_LINES_SQL = `
WITH orders AS (
  SELECT DISTINCT jsonb_array_elements_text(?::jsonb) AS order_id
),
input AS (
  SELECT DISTINCT ON (i.line_item_id) i.*
  FROM jsonb_array_elements(?::jsonb) WITH ORDINALITY AS e(doc, n)
  CROSS JOIN LATERAL jsonb_to_record(e.doc) AS i(${RECORD_COLUMNS})
  ORDER BY i.line_item_id, e.n DESC
),
previous AS (
  SELECT l.order_id, ${LINE_SNAPSHOT} AS snapshot
  FROM mbr_order_line_fact l
  WHERE l.deleted_at IS NULL AND l.order_id IN (SELECT order_id FROM orders)
),
removed AS (
  DELETE FROM mbr_order_line_fact l
  WHERE l.deleted_at IS NULL
    AND l.order_id IN (SELECT order_id FROM orders)
    AND l.line_item_id NOT IN (SELECT line_item_id FROM input)
  RETURNING l.order_id
),
written AS (
  INSERT INTO mbr_order_line_fact (id, order_id, line_item_id, ${VALUES.filter(
    (column) => column !== "order_id"
  ).join(", ")}, raw_net_amount, created_at, updated_at)
  SELECT ${SELECT_VALUES} FROM input i ORDER BY i.line_item_id
  ON CONFLICT (line_item_id) WHERE deleted_at IS NULL DO UPDATE SET
    ${[...VALUES, "raw_net_amount"].map((column) => `${column} = excluded.${column}`).join(", ")},
    updated_at = now()
  WHERE ${tuple("mbr_order_line_fact")} IS DISTINCT FROM ${tuple("excluded")}
  RETURNING order_id
),
changed AS (
  SELECT order_id FROM removed UNION SELECT order_id FROM written
),
stale_keys AS (
  DELETE FROM mbr_purchase_key k
  WHERE k.deleted_at IS NULL AND k.order_id IN (SELECT order_id FROM changed)
),
new_lines AS (
  SELECT i.order_id, i.customer_id, i.product_id, i.collection_id, i.placed_at,
    i.canceled_at, ${CATEGORY_IDS} AS category_ids
  FROM input i
),
new_keys AS (
  INSERT INTO mbr_purchase_key (${PURCHASE_KEY_COLUMNS})
  ${purchaseKeyRows("new_lines", "l.order_id IN (SELECT order_id FROM changed)")}
)
SELECT c.order_id,
  coalesce((SELECT jsonb_agg(p.snapshot) FROM previous p WHERE p.order_id = c.order_id), '[]') AS lines
FROM changed c`
