import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { grantPointsBonusWorkflow } from "../workflows/member-points"

/**
 * The review bonus for a review plugin's event, `{ id, customer_id }`. The event
 * name is read at boot from MEMBERSHIP_POINTS_REVIEW_EVENT (default
 * "product_review.created"); the admin route grants it by hand.
 */
export default async function pointsReviewBonus({
  event: { data },
  container,
}: SubscriberArgs<{ id: string; customer_id?: string | null }>) {
  if (!data.customer_id || !data.id) return
  await grantPointsBonusWorkflow(container).run({
    input: {
      grants: [
        {
          customer_id: data.customer_id,
          kind: "review",
          reference_id: data.id,
        },
      ],
    },
  })
}

export const config: SubscriberConfig = {
  event: process.env.MEMBERSHIP_POINTS_REVIEW_EVENT || "product_review.created",
  context: { subscriberId: "membership-points-review-bonus" },
}
