/** The `raw_<col>` jsonb twin Medusa's bigNumber columns read from. */
export const rawMoney = (expression: string) =>
  `jsonb_build_object('value', trim_scale(${expression})::text, 'precision', 20)`

/** The money metrics of mbr_customer_metrics, all written by the derivation SQL. */
export const METRIC_MONEY = [
  "total_spent",
  "aov",
  "aov_90d",
  "aov_365d",
  "max_order",
  "refund_total",
]

/**
 * SQL leaves the raw twins of the money metrics unset: Postgres numeric holds
 * them exactly, Medusa's bigNumber reads the numeric column first, and the six
 * twins were more than half of every metrics row (what every segment count scans).
 */
export const UNSET_RAW_METRICS = METRIC_MONEY.map((column) => `raw_${column}`)
export const UNSET_RAW_VALUES = UNSET_RAW_METRICS.map(() => "NULL").join(", ")

/**
 * Text id for rows created inside SQL, time-ordered like Medusa's own ids
 * (microseconds, then randomness): bulk inserts append to the primary-key
 * index instead of writing all over it.
 */
export const sqlEntityId = (prefix: string) =>
  `'${prefix}_' || lpad(upper(to_hex((extract(epoch FROM clock_timestamp()) * 1000000)::bigint)), 13, '0')
  || upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 13))`
