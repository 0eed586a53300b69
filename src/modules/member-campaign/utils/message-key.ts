import { createHash } from "crypto"

/**
 * The per-member idempotency key of a message: one per source, member and
 * occasion. Opaque (a digest), so it names nobody once the member is erased,
 * and short enough for the provider's Idempotency-Key header.
 */
export function messageKey(
  source: string,
  sourceId: string,
  customerId: string,
  reference: string
) {
  const digest = createHash("sha256")
    .update([source, sourceId, customerId, reference].join("\u0000"))
    .digest("hex")
  return `mbr_${digest.slice(0, 48)}`
}
