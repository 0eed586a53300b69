import { UNSET_RAW_METRICS, UNSET_RAW_VALUES, sqlEntityId } from "./raw-money"

const PROFILE_COLUMNS = [
  "email",
  "first_name",
  "last_name",
  "signup_at",
  "stage",
  "birthday_month",
  "birthday_day",
  "tags",
  "email_consent",
  "sms_consent",
]

const RECORD_COLUMNS = [
  "customer_id text",
  "email text",
  "first_name text",
  "last_name text",
  "signup_at timestamptz",
  "stage text",
  "birthday_month integer",
  "birthday_day integer",
  "tags text[]",
  "email_consent boolean",
  "sms_consent boolean",
].join(", ")

const VALUES: Record<string, string> = {
  tags: "coalesce(i.tags, '{}')",
  email_consent: "coalesce(i.email_consent, false)",
  sms_consent: "coalesce(i.sms_consent, false)",
}

const tuple = (table: string) =>
  `(${PROFILE_COLUMNS.map((column) => `${table}.${column}`).join(", ")})`

const PREVIOUS = `jsonb_build_object('customer_id', m.customer_id, ${PROFILE_COLUMNS.map(
  (column) => `'${column}', m.${column}`
).join(", ")})`

/**
 * Upserts the profile copy of each customer (last one wins inside a batch),
 * never touching derived columns; rows that would not change are left alone.
 * Returns one row per inserted or changed copy with its previous version
 * (`previous`, null when the row was inserted). Binding: profiles JSON.
 */
export const SYNC_PROFILES_SQL = `
WITH input AS (
  SELECT DISTINCT ON (i.customer_id) i.*
  FROM jsonb_array_elements(?::jsonb) WITH ORDINALITY AS e(doc, n)
  CROSS JOIN LATERAL jsonb_to_record(e.doc) AS i(${RECORD_COLUMNS})
  ORDER BY i.customer_id, e.n DESC
),
previous AS (
  SELECT m.customer_id, ${PREVIOUS} AS profile
  FROM mbr_customer_metrics m
  WHERE m.deleted_at IS NULL AND m.customer_id IN (SELECT customer_id FROM input)
),
written AS (
  INSERT INTO mbr_customer_metrics (id, customer_id, ${PROFILE_COLUMNS.join(", ")}, ${UNSET_RAW_METRICS.join(", ")}, created_at, updated_at)
  SELECT ${sqlEntityId("mbrcm")}, i.customer_id,
    ${PROFILE_COLUMNS.map((column) => VALUES[column] ?? `i.${column}`).join(", ")},
    ${UNSET_RAW_VALUES}, now(), now()
  FROM input i
  ORDER BY i.customer_id
  ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO UPDATE SET
    ${PROFILE_COLUMNS.map((column) => `${column} = excluded.${column}`).join(",\n    ")},
    updated_at = now()
  WHERE ${tuple("mbr_customer_metrics")} IS DISTINCT FROM ${tuple("excluded")}
  RETURNING customer_id
)
SELECT w.customer_id, p.profile AS previous
FROM written w LEFT JOIN previous p ON p.customer_id = w.customer_id`
