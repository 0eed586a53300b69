import { MembershipEvents } from "../../events"

const BATCH = 1000

type Diff = { entered: string[]; exited: string[] }

/** The entry and exit events of one refresh, ids in batches of up to 1000. */
export const segmentDiffEvents = (segmentId: string, diff: Diff) => {
  const batches = (ids: string[]) =>
    Array.from({ length: Math.ceil(ids.length / BATCH) }, (_, i) => ({
      segment_id: segmentId,
      customer_ids: ids.slice(i * BATCH, (i + 1) * BATCH),
    }))
  return {
    entered: batches(diff.entered),
    exited: batches(diff.exited),
    any: diff.entered.length + diff.exited.length > 0,
  }
}

export const SEGMENT_ENTERED = MembershipEvents.SEGMENT_ENTERED
export const SEGMENT_EXITED = MembershipEvents.SEGMENT_EXITED
