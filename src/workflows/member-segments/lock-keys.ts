/** One lock per segment: its stored members are only refreshed under it. */
export const segmentLockKey = (segmentId: string) =>
  `member-segment:${segmentId}`
