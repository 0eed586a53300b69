import { MedusaError } from "@medusajs/framework/utils"
import { MAX_TAG_LENGTH, MAX_TAGS } from "../../../limits"

export { MAX_TAG_LENGTH, MAX_TAGS }

/**
 * Trims, lower-cases and collapses inner whitespace, drops empty tags and
 * duplicates (first occurrence wins, order kept).
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const normalized = tags
    .map((tag) => tag.toLowerCase().replace(/\s+/g, " ").trim())
    .filter((tag) => tag.length > 0)
  return [...new Set(normalized)]
}

/** Normalises the tags and rejects lists over the limits. */
export function validateTags(tags: readonly string[]): string[] {
  const normalized = normalizeTags(tags)
  if (normalized.length > MAX_TAGS) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `tags accepts at most ${MAX_TAGS} tags, received: ${normalized.length}`
    )
  }
  const tooLong = normalized.find((tag) => [...tag].length > MAX_TAG_LENGTH)
  if (tooLong !== undefined) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `tags must be at most ${MAX_TAG_LENGTH} characters each, received: ${tooLong}`
    )
  }
  return normalized
}
