import { MedusaError } from "@medusajs/framework/utils"

import {
  MEMBER_SORT_FIELDS,
  type ListMembersConfig,
  type ListMembersFilters,
  type MemberSortField,
} from "../types"

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`)

const asList = <T>(value: T | T[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

/**
 * The member list's WHERE clause and bindings. Only members are listed: rows
 * with a profile copy (a stage), i.e. customers that have a membership. Values
 * are bound, never spliced; a tag is compared as the text it is.
 */
export function memberListWhere(filters: ListMembersFilters) {
  const clauses = ["m.deleted_at IS NULL", "m.stage IS NOT NULL"]
  const bindings: unknown[] = []
  const stages = asList(filters.stage)
  if (stages.length) {
    clauses.push("m.stage IN (SELECT jsonb_array_elements_text(?::jsonb))")
    bindings.push(JSON.stringify(stages))
  }
  if (filters.tag) {
    clauses.push("?::text = ANY(m.tags)")
    bindings.push(filters.tag)
  }
  for (const consent of ["email_consent", "sms_consent"] as const) {
    if (filters[consent] !== undefined) {
      clauses.push(`m.${consent} = ?`)
      bindings.push(filters[consent])
    }
  }
  const q = filters.q?.trim()
  if (q) {
    const pattern = `%${escapeLike(q)}%`
    clauses.push(
      "(m.email ILIKE ? OR m.first_name ILIKE ? OR m.last_name ILIKE ?)"
    )
    bindings.push(pattern, pattern, pattern)
  }
  return { where: clauses.join(" AND "), bindings }
}

const isSortField = (field: string): field is MemberSortField =>
  (MEMBER_SORT_FIELDS as readonly string[]).includes(field)

/** Whitelisted ORDER BY, nulls last, with a stable id tie-break. */
export function memberListOrder(order: ListMembersConfig["order"] = {}) {
  const terms = Object.entries(order).map(([field, direction]) => {
    if (!isSortField(field)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Members cannot be sorted by: ${field}`
      )
    }
    const desc = String(direction).toUpperCase() === "DESC"
    return `m.${field} ${desc ? "DESC" : "ASC"} NULLS LAST`
  })
  return [...terms, "m.id ASC"].join(", ")
}
