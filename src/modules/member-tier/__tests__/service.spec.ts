import path from "path"
import { MedusaError } from "@medusajs/framework/utils"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MEMBER_TIER_MODULE } from "../../../module-keys"
import type MemberTierModuleService from "../service"

jest.setTimeout(60_000)

const joinedAt = new Date("2024-01-10T09:00:00.000Z")

const rejectionOf = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    return error as MedusaError
  }
  throw new Error("expected a rejection")
}

moduleIntegrationTestRunner<MemberTierModuleService>({
  moduleName: MEMBER_TIER_MODULE,
  resolve: "./src/modules/member-tier",
  // Build the schema from the committed migrations, so they are tested too.
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    describe("ensureMemberships", () => {
      it("creates missing memberships and never overwrites existing ones", async () => {
        const first = await service.ensureMemberships([
          { customer_id: "cus_a", joined_at: joinedAt, tags: [" VIP "] },
          { customer_id: "cus_b", joined_at: joinedAt, email_consent: true },
        ])
        expect(first).toHaveLength(2)

        const again = await service.ensureMemberships([
          {
            customer_id: "cus_a",
            joined_at: new Date(),
            birthday: "1990-01-01",
            tags: ["other"],
            sms_consent: true,
          },
          { customer_id: "cus_b", joined_at: new Date() },
          { customer_id: "cus_c", joined_at: joinedAt, birthday: "1985-03-04" },
        ])

        const byCustomer = Object.fromEntries(
          again.map((membership) => [membership.customer_id, membership])
        )
        expect(again).toHaveLength(3)
        expect(byCustomer.cus_a).toEqual(
          expect.objectContaining({
            id: first.find((m) => m.customer_id === "cus_a")?.id,
            stage: "registered",
            joined_at: joinedAt,
            birthday: null,
            tags: ["vip"],
            sms_consent: false,
          })
        )
        expect(byCustomer.cus_b.email_consent).toBe(true)
        expect(byCustomer.cus_b.email_consent_at).toBeInstanceOf(Date)
        expect(byCustomer.cus_c).toEqual(
          expect.objectContaining({
            birthday: "1985-03-04",
            birthday_set_by: "import",
          })
        )
        expect(await service.listMemberships()).toHaveLength(3)
      })

      it("keeps the first row for a customer listed twice", async () => {
        const result = await service.ensureMemberships([
          { customer_id: "cus_d", joined_at: joinedAt, tags: ["first"] },
          { customer_id: "cus_d", joined_at: joinedAt, tags: ["second"] },
        ])
        expect(result).toEqual([expect.objectContaining({ tags: ["first"] })])
      })

      it("writes nothing when one row is invalid", async () => {
        const error = await rejectionOf(
          service.ensureMemberships([
            { customer_id: "cus_e", joined_at: joinedAt },
            {
              customer_id: "cus_f",
              joined_at: joinedAt,
              birthday: "2999-01-01",
            },
          ])
        )
        expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
        expect(await service.listMemberships()).toHaveLength(0)
      })
    })

    describe("applyStages", () => {
      beforeEach(async () => {
        await service.ensureMemberships(
          ["cus_1", "cus_2", "cus_3"].map((customer_id) => ({
            customer_id,
            joined_at: joinedAt,
          }))
        )
      })

      it("changes only the stages that move and reports them once", async () => {
        const input = [
          { customer_id: "cus_1", order_count: 0 },
          { customer_id: "cus_2", order_count: 1 },
          { customer_id: "cus_3", order_count: 4 },
          { customer_id: "cus_unknown", order_count: 2 },
        ]
        const changes = await service.applyStages(input)
        expect(changes).toEqual(
          expect.arrayContaining([
            {
              customer_id: "cus_2",
              from: "registered",
              to: "first_time",
              previous_changed_at: null,
            },
            {
              customer_id: "cus_3",
              from: "registered",
              to: "repeat",
              previous_changed_at: null,
            },
          ])
        )
        expect(changes).toHaveLength(2)
        expect(await service.applyStages(input)).toEqual([])

        const [unchanged] = await service.listMemberships({
          customer_id: "cus_1",
        })
        expect(unchanged.stage_changed_at).toBeNull()
        const [changed] = await service.listMemberships({
          customer_id: "cus_2",
        })
        expect(changed.stage_changed_at).toBeInstanceOf(Date)

        expect(
          await service.applyStages([{ customer_id: "cus_2", order_count: 2 }])
        ).toEqual([
          {
            customer_id: "cus_2",
            from: "first_time",
            to: "repeat",
            previous_changed_at: changed.stage_changed_at,
          },
        ])
      })

      it("reverts a stage change with its previous changed-at, only where it still holds", async () => {
        await service.applyStages([{ customer_id: "cus_1", order_count: 1 }])
        const [first] = await service.listMemberships({ customer_id: "cus_1" })
        const changes = await service.applyStages([
          { customer_id: "cus_1", order_count: 2 },
          { customer_id: "cus_2", order_count: 1 },
        ])
        // cus_2 moved on meanwhile: its undo must not clobber the newer stage
        await service.applyStages([{ customer_id: "cus_2", order_count: 3 }])

        expect(await service.revertStages(changes)).toBe(1)
        const [one, two] = await Promise.all(
          ["cus_1", "cus_2"].map(
            async (customer_id) =>
              (await service.listMemberships({ customer_id }))[0]
          )
        )
        expect(one.stage).toBe("first_time")
        expect(one.stage_changed_at).toEqual(first.stage_changed_at)
        expect(two.stage).toBe("repeat")
      })

      it("rejects a negative order count", async () => {
        const error = await rejectionOf(
          service.applyStages([{ customer_id: "cus_1", order_count: -1 }])
        )
        expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
      })
    })

    describe("eraseMemberships", () => {
      it("deletes the memberships of deleted customers and reports which existed", async () => {
        await service.ensureMemberships([
          { customer_id: "cus_gone", joined_at: joinedAt, tags: ["vip"] },
          { customer_id: "cus_kept", joined_at: joinedAt },
        ])
        expect(
          await service.eraseMemberships(["cus_gone", "cus_never"])
        ).toEqual(["cus_gone"])
        expect(
          (await service.listMemberships({}, { withDeleted: true })).map(
            (m) => m.customer_id
          )
        ).toEqual(["cus_kept"])
        expect(await service.eraseMemberships(["cus_gone"])).toEqual([])
      })
    })

    describe("updateProfile", () => {
      beforeEach(async () => {
        await service.ensureMemberships([
          { customer_id: "cus_p", joined_at: joinedAt },
        ])
      })

      it("lets a customer set the birthday once", async () => {
        const { membership: updated, previous } = await service.updateProfile(
          "cus_p",
          { birthday: "1990-05-01" },
          { actor: "customer" }
        )
        expect(updated).toEqual(
          expect.objectContaining({
            birthday: "1990-05-01",
            birthday_set_by: "customer",
          })
        )
        // the undo snapshot holds exactly the changed fields, as they were
        expect(previous).toEqual({ birthday: null, birthday_set_by: null })

        const error = await rejectionOf(
          service.updateProfile(
            "cus_p",
            { birthday: "1991-05-01" },
            { actor: "customer" }
          )
        )
        expect(error.type).toBe(MedusaError.Types.NOT_ALLOWED)
        expect(error.message).toMatch(/birthday/)
      })

      it("lets an admin change the birthday", async () => {
        await service.updateProfile(
          "cus_p",
          { birthday: "1990-05-01" },
          { actor: "customer" }
        )
        const { membership: updated } = await service.updateProfile(
          "cus_p",
          { birthday: "1990-06-01" },
          { actor: "admin" }
        )
        expect(updated).toEqual(
          expect.objectContaining({
            birthday: "1990-06-01",
            birthday_set_by: "admin",
          })
        )
      })

      it("rejects a future birthday", async () => {
        const nextYear = new Date().getUTCFullYear() + 1
        const error = await rejectionOf(
          service.updateProfile(
            "cus_p",
            { birthday: `${nextYear}-01-01` },
            { actor: "admin" }
          )
        )
        expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
        expect(error.message).toMatch(/^birthday /)
      })

      it("stamps consent only when it changes", async () => {
        const { membership: granted } = await service.updateProfile(
          "cus_p",
          { email_consent: true, sms_consent: false },
          { actor: "customer" }
        )
        expect(granted.email_consent).toBe(true)
        expect(granted.email_consent_at).toBeInstanceOf(Date)
        expect(granted.sms_consent_at).toBeNull()

        const { membership: repeated, previous } = await service.updateProfile(
          "cus_p",
          { email_consent: true },
          { actor: "customer" }
        )
        expect(repeated.email_consent_at).toEqual(granted.email_consent_at)
        expect(previous).toEqual({})

        const { membership: revoked } = await service.updateProfile(
          "cus_p",
          { email_consent: false },
          { actor: "customer" }
        )
        expect(revoked.email_consent).toBe(false)
        expect(revoked.email_consent_at?.getTime()).toBeGreaterThan(
          granted.email_consent_at!.getTime()
        )
      })

      it("normalises tags and rejects too many", async () => {
        const { membership: updated } = await service.updateProfile(
          "cus_p",
          { tags: ["  Student", "student", "VIP"] },
          { actor: "admin" }
        )
        expect(updated.tags).toEqual(["student", "vip"])

        // every tag is stored as the text it is, not as an array literal
        const literal = ["null", "a,b", '{"x"}', "back\\slash"]
        const { membership: odd } = await service.updateProfile(
          "cus_p",
          { tags: literal },
          { actor: "admin" }
        )
        expect(odd.tags).toEqual(literal)
        const [imported] = await service.ensureMemberships([
          { customer_id: "cus_odd", joined_at: joinedAt, tags: literal },
        ])
        expect(imported.tags).toEqual(literal)

        const error = await rejectionOf(
          service.updateProfile(
            "cus_p",
            { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) },
            { actor: "admin" }
          )
        )
        expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
        expect(error.message).toMatch(/^tags /)
      })

      it("restores exactly the fields an update changed", async () => {
        await service.updateProfile(
          "cus_p",
          { tags: ["vip"], sms_consent: true },
          { actor: "admin" }
        )
        const [before] = await service.listMemberships({ customer_id: "cus_p" })
        const { membership, previous } = await service.updateProfile(
          "cus_p",
          { tags: ["student"], email_consent: true, sms_consent: true },
          { actor: "admin" }
        )
        expect(Object.keys(previous).sort()).toEqual([
          "email_consent",
          "email_consent_at",
          "tags",
        ])
        await service.restoreProfile(membership.id, previous)
        const [after] = await service.listMemberships({ customer_id: "cus_p" })
        const { updated_at: _a, ...restored } = after
        const { updated_at: _b, ...original } = before
        expect(restored).toEqual(original)
      })

      it("fails for a customer without a membership", async () => {
        const error = await rejectionOf(
          service.updateProfile("cus_missing", { tags: [] }, { actor: "admin" })
        )
        expect(error.type).toBe(MedusaError.Types.NOT_FOUND)
        expect(error.message).toBe(
          "Membership for customer: cus_missing was not found"
        )
      })
    })
  },
})
