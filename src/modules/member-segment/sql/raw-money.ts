/** The `raw_<col>` jsonb twin Medusa's bigNumber columns read from. */
export const rawMoney = (expression: string) =>
  `jsonb_build_object('value', trim_scale(${expression})::text, 'precision', 20)`

/** Deterministic-enough text id for rows created inside SQL. */
export const sqlEntityId = (prefix: string) =>
  `'${prefix}_' || upper(replace(gen_random_uuid()::text, '-', ''))`
