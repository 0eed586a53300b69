import { rawMoney } from "./raw-money"

const MONEY = [
  "item_subtotal",
  "shipping_total",
  "discount_total",
  "total",
  "paid_total",
  "refunded_total",
]
const DATES = ["paid_at", "canceled_at", "shipped_at", "delivered_at"]
const PLAIN = ["customer_id", "currency_code", "country_code"]
const VALUES = [
  ...PLAIN,
  ...MONEY,
  "returned_item_count",
  "placed_at",
  ...DATES,
]

const RECORD_COLUMNS = [
  "id text",
  "order_id text",
  "customer_id text",
  "currency_code text",
  "country_code text",
  ...MONEY.map((column) => `${column} numeric`),
  "returned_item_count integer",
  "placed_at timestamptz",
  ...DATES.map((column) => `${column} timestamptz`),
].join(", ")

const SNAPSHOT = `jsonb_build_object(${[
  "id",
  "order_id",
  ...VALUES.filter((column) => !MONEY.includes(column)),
]
  .map((column) => `'${column}', f.${column}`)
  .concat(MONEY.map((column) => `'${column}', trim_scale(f.${column})::text`))
  .join(", ")})`

const INSERT_COLUMNS = [
  "id",
  "order_id",
  ...VALUES,
  ...MONEY.map((column) => `raw_${column}`),
  "created_at",
  "updated_at",
].join(", ")

const SELECT_VALUES = [
  "i.id",
  "i.order_id",
  "i.customer_id",
  "lower(i.currency_code)",
  "lower(i.country_code)",
  ...MONEY.map((column) => `i.${column}`),
  "coalesce(i.returned_item_count, 0)",
  "i.placed_at",
  ...DATES.map((column) => `i.${column}`),
  ...MONEY.map((column) => rawMoney(`i.${column}`)),
  "now()",
  "now()",
].join(", ")

const SET_VALUES = [...VALUES, ...MONEY.map((column) => `raw_${column}`)]
  .map((column) => `${column} = excluded.${column}`)
  .join(", ")

const tuple = (table: string) =>
  `(${VALUES.map((column) => `${table}.${column}`).join(", ")})`

/**
 * Upserts facts by order_id (last one wins inside a batch). Rows that would
 * not change are left alone. Returns one row per inserted or changed fact with
 * its previous version (`snapshot`, null when inserted). Binding: facts JSON.
 */
export const UPSERT_ORDER_FACTS_SQL = `
WITH input AS (
  SELECT DISTINCT ON (i.order_id) i.*
  FROM jsonb_array_elements(?::jsonb) WITH ORDINALITY AS e(doc, n)
  CROSS JOIN LATERAL jsonb_to_record(e.doc) AS i(${RECORD_COLUMNS})
  ORDER BY i.order_id, e.n DESC
),
previous AS (
  SELECT f.order_id, ${SNAPSHOT} AS snapshot
  FROM mbr_order_fact f
  WHERE f.deleted_at IS NULL AND f.order_id IN (SELECT order_id FROM input)
),
written AS (
  INSERT INTO mbr_order_fact (${INSERT_COLUMNS})
  SELECT ${SELECT_VALUES} FROM input i ORDER BY i.order_id
  ON CONFLICT (order_id) WHERE deleted_at IS NULL DO UPDATE
  SET ${SET_VALUES}, updated_at = now()
  WHERE ${tuple("mbr_order_fact")} IS DISTINCT FROM ${tuple("excluded")}
  RETURNING order_id
)
SELECT w.order_id, p.snapshot
FROM written w LEFT JOIN previous p ON p.order_id = w.order_id`

/** Hard-deletes live facts by order_id. Binding: order ids JSON. */
export const DELETE_ORDER_FACTS_SQL = `
DELETE FROM mbr_order_fact
WHERE deleted_at IS NULL
  AND order_id IN (SELECT jsonb_array_elements_text(?::jsonb))
RETURNING customer_id`
