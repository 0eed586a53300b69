import path from "path"
import fc from "fast-check"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MEMBER_TIER_MODULE } from "../../../module-keys"
import type MemberTierModuleService from "../service"
import { measureKey, type RankedTier } from "../utils"
import { decideTier } from "./tier-decision-model"

jest.setTimeout(120_000)

const DAY = 86_400_000
const NOW = new Date("2026-06-15T12:00:00.000Z")
const KEYS = [
  { basis: "spend", window: "lifetime" },
  { basis: "orders", window: "rolling", window_days: 30 },
] as const

type Member = {
  tier: number | null
  gone: boolean
  pinned: boolean
  qualified_days_ago: number | null
  values: number[]
}

const ladderArb = fc
  .record({
    size: fc.integer({ min: 1, max: 4 }),
    keys: fc.array(fc.integer({ min: 0, max: 1 }), {
      minLength: 4,
      maxLength: 4,
    }),
    steps: fc.array(fc.integer({ min: 1, max: 50 }), {
      minLength: 4,
      maxLength: 4,
    }),
    grace: fc.array(fc.constantFrom(0, 5, 10), {
      minLength: 4,
      maxLength: 4,
    }),
  })
  .map(({ size, keys, steps, grace }): RankedTier[] => {
    const last = [0, 0]
    return Array.from({ length: size }, (_, rank) => {
      const key = KEYS[keys[rank]]
      const threshold = rank === 0 ? 0 : (last[keys[rank]] += steps[rank])
      return {
        id: `mbrtr_${rank}`,
        name: `T${rank}`,
        handle: `t${rank}`,
        rank,
        threshold,
        grace_days: grace[rank],
        ...key,
      }
    })
  })

const memberArb: fc.Arbitrary<Member> = fc.record({
  tier: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  gone: fc.constantFrom(false, false, false, true),
  pinned: fc.constantFrom(false, false, true),
  // around the grace days, boundaries included
  qualified_days_ago: fc.constantFrom(null, 0, 4, 5, 6, 10, 11, 40),
  values: fc.array(fc.integer({ min: 0, max: 80 }), {
    minLength: 2,
    maxLength: 2,
  }),
})

const rungs = (ladder: RankedTier[]) =>
  ladder.map((t) => ({
    id: t.id,
    rank: t.rank,
    key: measureKey(t),
    threshold: t.threshold,
    grace_days: t.grace_days,
  }))

moduleIntegrationTestRunner<MemberTierModuleService>({
  moduleName: MEMBER_TIER_MODULE,
  resolve: "./src/modules/member-tier",
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    let run = 0

    /** Members with the given tier states; returns their customer ids. */
    const seed = async (ladder: RankedTier[], members: Member[]) => {
      run++
      const ids = members.map((_, i) => `cus_r${run}_${i}`)
      await service.ensureMemberships(
        ids.map((customer_id) => ({ customer_id, joined_at: NOW }))
      )
      const rows = await service.listMemberships({ customer_id: ids })
      const idOf = new Map(rows.map((r) => [r.customer_id, r.id]))
      await service.updateMemberships(
        members.map((m, i) => ({
          id: idOf.get(ids[i])!,
          tier_id: m.gone
            ? "mbrtr_gone"
            : m.tier === null
              ? null
              : (ladder[Math.min(m.tier, ladder.length - 1)]?.id ?? null),
          tier_pinned: m.pinned,
          tier_since: new Date(NOW.getTime() - 60 * DAY),
          tier_qualified_at:
            m.qualified_days_ago === null
              ? null
              : new Date(NOW.getTime() - m.qualified_days_ago * DAY),
        }))
      )
      return ids
    }

    const valuesOf = (ladder: RankedTier[], member: Member) =>
      Object.fromEntries(
        KEYS.map((key, i) => [
          measureKey({ ...key, window_days: 30 }),
          member.values[i],
        ])
      )

    it("decides every member as the one-member reference does, writes each change once and reverts exactly", async () => {
      await fc.assert(
        fc.asyncProperty(
          ladderArb,
          fc.array(memberArb, { minLength: 1, maxLength: 12 }),
          fc.boolean(),
          fc.boolean(),
          async (ladder, members, allowDowngrade, ladderChanged) => {
            const ids = await seed(ladder, members)
            const before = await service.listMemberships(
              { customer_id: ids },
              { order: { customer_id: "ASC" } }
            )
            const input = {
              ladder: rungs(ladder),
              members: members.map((m, i) => ({
                customer_id: ids[i],
                values: valuesOf(ladder, m),
              })),
              now: NOW,
              allow_downgrade: allowDowngrade,
              ladder_changed: ladderChanged,
            }
            const valuesById = new Map(
              input.members.map((m) => [m.customer_id, m.values])
            )
            const decide = (state: (typeof before)[number]) =>
              decideTier(
                ladder,
                { ...state, values: valuesById.get(state.customer_id)! },
                NOW,
                allowDowngrade
              )!
            const applied = await service.applyTierEvaluation(input)

            const expectedMoves = before.flatMap((state) => {
              const decision = decide(state)
              if (decision.tier_id === state.tier_id) return []
              const reason =
                decision.reason === "qualified" && ladderChanged
                  ? "ladder_changed"
                  : decision.reason
              return [
                {
                  customer_id: state.customer_id,
                  from_tier_id: state.tier_id,
                  to_tier_id: decision.tier_id,
                  reason,
                },
              ]
            })
            expect(applied.moves).toEqual(expectedMoves)

            const after = await service.listMemberships(
              { customer_id: ids },
              { order: { customer_id: "ASC" } }
            )
            after.forEach((state, i) => {
              const old = before[i]
              const decision = decide(old)
              expect(state.tier_id).toBe(decision.tier_id)
              expect(state.tier_pinned).toBe(old.tier_pinned)
              expect(state.tier_qualified_at).toEqual(
                decision.qualifies ? NOW : old.tier_qualified_at
              )
              expect(state.tier_since).toEqual(
                decision.tier_id === old.tier_id ? old.tier_since : NOW
              )
            })
            const changes = await service.listTierChanges({
              customer_id: ids,
            })
            expect(changes.map((c) => c.id).sort()).toEqual(
              [...applied.change_ids].sort()
            )

            // the same moment again: nothing to write
            const replay = await service.applyTierEvaluation(input)
            expect(replay).toEqual({ moves: [], previous: [], change_ids: [] })

            await service.revertTierWrites(applied)
            const reverted = await service.listMemberships(
              { customer_id: ids },
              { order: { customer_id: "ASC" } }
            )
            const tierState = (m: (typeof before)[number]) => ({
              tier_id: m.tier_id,
              tier_since: m.tier_since,
              tier_qualified_at: m.tier_qualified_at,
              tier_pinned: m.tier_pinned,
            })
            expect(reverted.map(tierState)).toEqual(before.map(tierState))
            expect(await service.listTierChanges({ customer_id: ids })).toEqual(
              []
            )
          }
        ),
        { numRuns: 50 }
      )
    })

    it("records the new tier's qualifying value on each move", async () => {
      const ladder: RankedTier[] = [
        {
          id: "mbrtr_base",
          name: "Member",
          handle: "member",
          rank: 0,
          basis: "spend",
          window: "lifetime",
          threshold: 0,
          grace_days: 0,
        },
        {
          id: "mbrtr_gold",
          name: "Gold",
          handle: "gold",
          rank: 1,
          basis: "spend",
          window: "rolling",
          window_days: 365,
          threshold: 100,
          grace_days: 0,
        },
      ]
      const [ann, bob] = await seed(ladder, [
        {
          tier: null,
          gone: false,
          pinned: false,
          qualified_days_ago: null,
          values: [],
        },
        {
          tier: null,
          gone: false,
          pinned: false,
          qualified_days_ago: null,
          values: [],
        },
      ])
      const applied = await service.applyTierEvaluation({
        ladder: rungs(ladder),
        members: [
          { customer_id: ann, values: { "spend:rolling:365": 150.5 } },
          { customer_id: bob, values: {} },
        ],
        now: NOW,
        allow_downgrade: false,
        ladder_changed: true,
      })
      expect(applied.moves).toEqual([
        expect.objectContaining({
          customer_id: ann,
          to_tier_id: "mbrtr_gold",
          reason: "ladder_changed",
        }),
        expect.objectContaining({
          customer_id: bob,
          to_tier_id: "mbrtr_base",
          reason: "ladder_changed",
        }),
      ])
      const changes = await service.listTierChanges(
        { customer_id: [ann, bob] },
        { order: { customer_id: "ASC" } }
      )
      expect(changes.map((c) => [c.customer_id, c.value])).toEqual([
        [ann, 150.5],
        [bob, null],
      ])
    })
  },
})
