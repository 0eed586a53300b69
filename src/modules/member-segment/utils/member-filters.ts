import { MedusaError } from "@medusajs/framework/utils"

import {
  MEMBER_SORT_FIELDS,
  type ListMembersConfig,
  type ListMembersFilters,
  type MemberSortField,
} from "../types"

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`)

/** Translates admin list filters into the generated service's filter object. */
export const toMetricsFilters = (filters: ListMembersFilters) => {
  const where: Record<string, unknown> = {}
  if (filters.stage !== undefined) where.stage = filters.stage
  if (filters.email_consent !== undefined) {
    where.email_consent = filters.email_consent
  }
  if (filters.sms_consent !== undefined) where.sms_consent = filters.sms_consent
  if (filters.tag) where.tags = { $contains: [filters.tag] }
  const q = filters.q?.trim()
  if (q) {
    const pattern = `%${escapeLike(q)}%`
    where.$or = ["email", "first_name", "last_name"].map((column) => ({
      [column]: { $ilike: pattern },
    }))
  }
  return where
}

const isSortField = (field: string): field is MemberSortField =>
  (MEMBER_SORT_FIELDS as readonly string[]).includes(field)

/** Whitelisted ordering, nulls last, with a stable id tie-break. */
export const toMetricsOrder = (order: ListMembersConfig["order"] = {}) => {
  const result: Record<string, string> = {}
  for (const [field, direction] of Object.entries(order)) {
    if (!isSortField(field)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Members cannot be sorted by: ${field}`
      )
    }
    const desc = String(direction).toUpperCase() === "DESC"
    result[field] = desc ? "DESC NULLS LAST" : "ASC NULLS LAST"
  }
  result.id = "ASC"
  return result
}
