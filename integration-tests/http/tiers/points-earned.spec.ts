import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  medusaIntegrationTestRunner,
  TestEventUtils,
} from "@medusajs/test-utils"
import { MembershipEvents } from "../../../src/events"
import { checkInMemberWorkflow } from "../../../src/workflows/member-points"
import { adminHeaders } from "../../helpers/auth"
import { createMember, membershipOf, tiersOf } from "../../helpers/members"
import { waitFor } from "../../helpers/wait"

process.env.MEMBERSHIP_CURRENCY = "eur"
jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      container = getContainer()
      admin = await adminHeaders(container)
    })

    it("upgrades a points_earned member as soon as a bonus or check-in credits enough, once under replays", async () => {
      await api.post(
        "/admin/points-program",
        { review_bonus: 60, checkin_bonus: 50 },
        admin
      )
      const tier = async (body: object) =>
        (await api.post("/admin/tiers", body, admin)).data.tier
      const base = await tier({
        name: "Member",
        handle: "member",
        rank: 0,
        threshold: 0,
      })
      const collector = await tier({
        name: "Collector",
        handle: "collector",
        rank: 1,
        basis: "points_earned",
        threshold: 100,
      })
      const member = await createMember(container, {
        email: "collector@tiers.test",
        first_name: "Cleo",
      })
      await waitFor(
        () => membershipOf(container, member.id),
        (m) => m.tier_id === base.id
      )
      const bus = container.resolve(Modules.EVENT_BUS)
      const credited = () =>
        TestEventUtils.waitSubscribersExecution(
          MembershipEvents.POINTS_CREDITED,
          bus
        )
      const review = () =>
        api.post(
          `/admin/members/${member.id}/points/bonus`,
          { reference_id: "review_1" },
          admin
        )

      // 60 earned: evaluated, still below the threshold
      const first = credited()
      expect((await review()).data.created).toBe(true)
      await first
      expect((await membershipOf(container, member.id)).tier_id).toBe(base.id)

      // +50 from the check-in: 110 reaches Collector at once, without an order
      await checkInMemberWorkflow(container).run({
        input: { customer_id: member.id },
      })
      await waitFor(
        () => membershipOf(container, member.id),
        (m) => m.tier_id === collector.id
      )

      // a replayed bonus credits nothing and moves nothing
      expect((await review()).data.created).toBe(false)
      const changes = await tiersOf(container).listTierChanges({
        customer_id: member.id,
        to_tier_id: collector.id,
      })
      expect(changes).toHaveLength(1)
      expect(changes[0]).toMatchObject({
        from_tier_id: base.id,
        reason: "qualified",
      })
    })
  },
})
