import { createHash } from "crypto"
import type { LadderEntry } from "../measures"

/**
 * A fingerprint of what decides members' tiers: each rung's rank, measure,
 * threshold, grace and group. Benefit or name edits leave it unchanged, so
 * they re-evaluate nobody.
 */
export const ladderKey = (ladder: LadderEntry[]) =>
  createHash("sha256")
    .update(
      JSON.stringify(
        [...ladder]
          .sort((a, b) => a.rank - b.rank)
          .map((t) => [
            t.id,
            t.rank,
            t.basis,
            t.threshold,
            t.window,
            t.window === "rolling" ? t.window_days : null,
            t.grace_days,
            t.customer_group_id,
          ])
      )
    )
    .digest("hex")
