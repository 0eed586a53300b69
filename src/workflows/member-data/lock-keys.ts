const keys = (prefix: string, ids: string[]) =>
  [...new Set(ids)].sort().map((id) => `${prefix}:${id}`)

/** One lock per order: its fact is read and written under it. */
export const orderFactLockKeys = (orderIds: string[]) =>
  keys("order-fact", orderIds)

/** One lock per member: every write to one member's data happens under it. */
export const membershipLockKeys = (customerIds: string[]) =>
  keys("membership", customerIds)
