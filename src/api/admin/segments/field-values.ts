import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  fieldDefinition,
  type FieldDefinition,
} from "../../../modules/member-segment/rules/catalogue"

export type FieldValue = { value: string; count: number }

/** The fields whose values are open-ended text the members themselves carry. */
const LISTABLE = new Set<FieldDefinition["type"]>(["tags", "text"])

/** A field whose members' values can be listed, or the 4xx naming it. */
export function listableField(key: string): FieldDefinition {
  const field = fieldDefinition(key)
  if (!field) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Segment field with key: ${key} was not found`
    )
  }
  if (!LISTABLE.has(field.type)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `key: field "${key}" is of type ${field.type}; only text and tags fields list their values`
    )
  }
  return field
}

/**
 * The distinct values members hold for a text or tags field, most common
 * first, optionally those starting with `q`. One grouped statement over the
 * same rows rules are evaluated on; `column` comes from the catalogue, never
 * from the request.
 */
export async function listFieldValues(
  container: MedusaContainer,
  field: FieldDefinition,
  { q, limit }: { q?: string; limit: number }
): Promise<FieldValue[]> {
  const source =
    field.type === "tags"
      ? `mbr_customer_metrics m CROSS JOIN LATERAL unnest(m.tags) AS v(value)`
      : `mbr_customer_metrics m CROSS JOIN LATERAL (SELECT ${field.column}::text) AS v(value)`
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `SELECT v.value, count(*)::int AS count FROM ${source}
     WHERE m.deleted_at IS NULL AND v.value IS NOT NULL AND v.value <> ''
       AND (?::text IS NULL OR starts_with(lower(v.value), ?::text))
     GROUP BY v.value ORDER BY count DESC, v.value LIMIT ?`,
    [q ?? null, q ?? null, limit]
  )
  return (rows as FieldValue[]).map(({ value, count }) => ({ value, count }))
}
