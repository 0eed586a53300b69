import {
  METRIC_MONEY,
  UNSET_RAW_METRICS,
  UNSET_RAW_VALUES,
  sqlEntityId,
} from "./raw-money"
import { RFM_SCORE_COLUMNS, recomputeRfmCutoffsSql, rfmScoresSql } from "./rfm"

type MetricsScope = "customers" | "all"

const MONEY = METRIC_MONEY
const OTHER = [
  "currency_code",
  "order_count",
  "paid_order_count",
  "first_order_at",
  "last_order_at",
  "unpaid_order_count",
  "oldest_unpaid_at",
  "cancel_count",
  "cancel_rate",
  "refund_rate",
  "return_count",
  "country_code",
  "computed_at",
]
// Rows whose derived values are unchanged are not rewritten (nor computed_at).
// A full rebuild also writes the RFM scores, in the same pass.
const scored = (scope: MetricsScope) =>
  scope === "all" ? RFM_SCORE_COLUMNS : []
const compared = (scope: MetricsScope) => [
  ...OTHER.filter((column) => column !== "computed_at"),
  ...MONEY,
  ...scored(scope),
]
const changed = (scope: MetricsScope, current: string, next: string) =>
  `(${compared(scope)
    .map((column) => `${current}.${column}`)
    .join(", ")})
  IS DISTINCT FROM (${compared(scope)
    .map((column) => `${next}.${column}`)
    .join(", ")})`
const written = (scope: MetricsScope) => [
  ...OTHER,
  ...MONEY,
  ...scored(scope),
  ...UNSET_RAW_METRICS,
]

const avgNet = (condition: string) =>
  `coalesce(round(avg(f.net) FILTER (WHERE ${condition}), 4), 0)`

// Shipping country of the latest order that has one: the aggregate keeps the
// max of "<placed_at as fixed-width UTC text><country>" (C collation), so it
// stays one hash aggregate; ties on placed_at take the larger country code.
const LATEST_COUNTRY_KEY = `max(to_char(f.placed_at AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS')
    || f.country_code COLLATE "C") FILTER (WHERE f.country_code IS NOT NULL)`
const LATEST_COUNTRY = "substr(a.latest_country, 21) AS country_code"

const AGGREGATES = `
  count(*) FILTER (WHERE f.live) AS order_count,
  count(*) FILTER (WHERE f.paid) AS paid_order_count,
  coalesce(sum(f.net) FILTER (WHERE f.in_currency), 0) AS total_spent,
  ${avgNet("f.paid AND f.in_currency")} AS aov,
  ${avgNet("f.paid AND f.in_currency AND f.placed_at >= f.now - interval '90 days'")} AS aov_90d,
  ${avgNet("f.paid AND f.in_currency AND f.placed_at >= f.now - interval '365 days'")} AS aov_365d,
  coalesce(max(f.net) FILTER (WHERE f.paid AND f.in_currency), 0) AS max_order,
  min(f.placed_at) FILTER (WHERE f.live) AS first_order_at,
  max(f.placed_at) FILTER (WHERE f.live) AS last_order_at,
  count(*) FILTER (WHERE f.unpaid) AS unpaid_order_count,
  min(f.placed_at) FILTER (WHERE f.unpaid) AS oldest_unpaid_at,
  count(*) FILTER (WHERE NOT f.live) AS cancel_count,
  round(count(*) FILTER (WHERE NOT f.live)::numeric / count(*), 4)::real AS cancel_rate,
  coalesce(sum(f.refunded_total) FILTER (WHERE f.in_currency), 0) AS refund_total,
  coalesce(round(sum(f.refunded_total) FILTER (WHERE f.in_currency)
    / nullif(sum(f.paid_total) FILTER (WHERE f.in_currency), 0), 4), 0)::real AS refund_rate,
  count(*) FILTER (WHERE f.returned_item_count > 0) AS return_count,
  ${LATEST_COUNTRY_KEY} AS latest_country`

const ZERO_WHEN_NO_FACTS = new Set([
  "order_count",
  "paid_order_count",
  "unpaid_order_count",
  "cancel_count",
  "cancel_rate",
  "refund_rate",
  "return_count",
  ...MONEY,
])

const derivedColumn = (column: string) => {
  if (column === "currency_code") return "p.currency_code AS currency_code"
  if (column === "computed_at") return "p.now AS computed_at"
  if (column === "country_code") return LATEST_COUNTRY
  return ZERO_WHEN_NO_FACTS.has(column)
    ? `coalesce(a.${column}, 0) AS ${column}`
    : `a.${column}`
}

type Scope = {
  base: string
  facts: string
  unchanged: string
  returning: string
}

const SCOPES: Record<MetricsScope, Scope> = {
  // bindings: currency, customer ids JSON
  customers: {
    base: "SELECT DISTINCT jsonb_array_elements_text(?::jsonb) AS customer_id",
    facts: "AND f.customer_id IN (SELECT customer_id FROM base)",
    unchanged: "",
    returning: "RETURNING customer_id",
  },
  // bindings: currency. Unchanged rows are dropped before the upsert with one
  // hash join (the ON CONFLICT guard alone would probe them one by one).
  all: {
    base: "SELECT customer_id FROM mbr_customer_metrics WHERE deleted_at IS NULL",
    facts: "",
    unchanged: `LEFT JOIN mbr_customer_metrics m
  ON m.customer_id = d.customer_id AND m.deleted_at IS NULL
WHERE m.id IS NULL OR ${changed("all", "m", "d")}`,
    returning: "",
  },
}

// p is inlined (not materialised) so the aggregation may run in parallel workers.
const derivedSelect = (scope: MetricsScope) => `
WITH p AS NOT MATERIALIZED (SELECT lower(?::text) AS currency_code, now() AS now),
base AS (${SCOPES[scope].base}),
facts AS (
  SELECT f.customer_id, f.order_id, f.placed_at, f.country_code,
    f.paid_total, f.refunded_total, f.returned_item_count, p.now,
    f.canceled_at IS NULL AS live,
    f.canceled_at IS NULL AND f.paid_at IS NOT NULL AS paid,
    f.canceled_at IS NULL AND f.paid_at IS NULL AS unpaid,
    f.currency_code = p.currency_code AS in_currency,
    greatest(f.paid_total - f.refunded_total, 0) AS net
  FROM mbr_order_fact f CROSS JOIN p
  WHERE f.deleted_at IS NULL AND f.customer_id IS NOT NULL ${SCOPES[scope].facts}
),
agg AS (
  SELECT f.customer_id, ${AGGREGATES}
  FROM facts f GROUP BY f.customer_id
),
derived AS (
  SELECT coalesce(a.customer_id, b.customer_id) AS customer_id,
    ${OTHER.map(derivedColumn).join(",\n    ")},
    ${MONEY.map(derivedColumn).join(",\n    ")}
  FROM agg a FULL JOIN base b ON b.customer_id = a.customer_id CROSS JOIN p
)`

const upsertFrom = (source: string, scope: MetricsScope) => `
INSERT INTO mbr_customer_metrics (id, customer_id, ${written(scope).join(", ")}, created_at, updated_at)
SELECT ${sqlEntityId("mbrcm")}, d.customer_id,
  ${[...OTHER, ...MONEY, ...scored(scope)].map((column) => `d.${column}`).join(", ")},
  ${UNSET_RAW_VALUES},
  now(), now()
FROM ${source} d ${SCOPES[scope].unchanged}
ORDER BY d.customer_id
ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO UPDATE SET
  ${written(scope)
    .map((column) => `${column} = excluded.${column}`)
    .join(",\n  ")},
  updated_at = now()
WHERE ${changed(scope, "mbr_customer_metrics", "excluded")}
${SCOPES[scope].returning}`

/**
 * The one derivation of member metrics from order facts, for a list of
 * customers: a single INSERT ... SELECT ... ON CONFLICT returning the customers
 * whose row changed. Only derived columns are written; profile columns keep
 * their values (or defaults on insert). Bindings: currency, customer ids JSON.
 */
export const DERIVE_CUSTOMER_METRICS_SQL = `${derivedSelect("customers")}
${upsertFrom("derived", "customers")}`

const REBUILD_TABLE = "mbr_rebuilt_metrics"

/**
 * The same derivation for every customer that has a metrics row or a fact, in
 * statements of one transaction: the aggregation into a temporary table
 * (which Postgres may compute in parallel, unlike an INSERT ... SELECT), the
 * RFM cutoffs of that pool, then one upsert of the rows whose values or scores
 * changed, so each row is written once. Binding of the aggregation: currency.
 */
export const REBUILD_ALL_METRICS_SQL = [
  `DROP TABLE IF EXISTS ${REBUILD_TABLE}`,
  `CREATE TEMP TABLE ${REBUILD_TABLE} ON COMMIT DROP AS ${derivedSelect("all")}
SELECT * FROM derived`,
  recomputeRfmCutoffsSql(REBUILD_TABLE),
  upsertFrom(`(${rfmScoresSql(REBUILD_TABLE, "m.*")})`, "all"),
] as const
