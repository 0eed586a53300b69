import { UNSET_RAW_METRICS, UNSET_RAW_VALUES, sqlEntityId } from "./raw-money"

type ColumnGroup = { columns: Record<string, string> }

// Each group has one writer; the upsert touches only its own columns, and
// creates the metrics row (with defaults elsewhere) when it does not exist yet.
const upsertGroup = ({ columns }: ColumnGroup) => {
  const names = Object.keys(columns)
  const record = names.map((name) => `${name} ${columns[name]}`).join(", ")
  const tuple = (table: string) =>
    `(${names.map((name) => `${table}.${name}`).join(", ")})`
  return `
INSERT INTO mbr_customer_metrics (id, customer_id, ${names.join(", ")}, ${UNSET_RAW_METRICS.join(", ")}, created_at, updated_at)
SELECT ${sqlEntityId("mbrcm")}, i.customer_id, ${names.map((name) => `i.${name}`).join(", ")},
  ${UNSET_RAW_VALUES}, now(), now()
FROM (
  SELECT DISTINCT ON (i.customer_id) i.*
  FROM jsonb_array_elements(?::jsonb) WITH ORDINALITY AS e(doc, n)
  CROSS JOIN LATERAL jsonb_to_record(e.doc) AS i(customer_id text, ${record})
  ORDER BY i.customer_id, e.n DESC
) i
ORDER BY i.customer_id
ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO UPDATE SET
  ${names.map((name) => `${name} = excluded.${name}`).join(", ")},
  updated_at = now()
WHERE ${tuple("mbr_customer_metrics")} IS DISTINCT FROM ${tuple("excluded")}`
}

/** Binding: [{ customer_id, tier_id, tier_rank }] JSON. */
export const SET_MEMBER_TIERS_SQL = upsertGroup({
  columns: { tier_id: "text", tier_rank: "integer" },
})

/** Binding: [{ customer_id, points_available, points_pending }] JSON. */
export const SET_POINTS_BALANCES_SQL = upsertGroup({
  columns: { points_available: "integer", points_pending: "integer" },
})
