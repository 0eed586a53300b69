import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MEMBER_CAMPAIGN_MODULE } from "../../../module-keys"
import type MemberCampaignModuleService from "../service"
import type { EnqueueMessageInput } from "../types"
import { admitWithinCaps } from "../utils/caps"
import { messageKey } from "../utils/message-key"

jest.setTimeout(60_000)

const NOW = new Date("2026-06-15T10:00:00Z")

const message = (
  customer: string,
  reference: string,
  category: "marketing" | "transactional" = "marketing"
): EnqueueMessageInput => ({
  customer_id: customer,
  source: "reminder",
  source_id: "holiday",
  reference,
  category,
  channels: ["email"],
  idempotency_key: messageKey("reminder", "holiday", customer, reference),
  send_after: new Date(NOW.getTime() - 1000),
  data: { holiday_names: { en: "Day", "zh-CN": "日" } },
})

moduleIntegrationTestRunner<MemberCampaignModuleService>({
  moduleName: MEMBER_CAMPAIGN_MODULE,
  resolve: "./src/modules/member-campaign",
  moduleOptions: { frequencyCaps: { email: { max: 2, window_hours: 24 } } },
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    it("queues each key once, also when the same batch arrives twice at once", async () => {
      const rows = [
        message("cus_a", "r1"),
        message("cus_b", "r1"),
        message("cus_a", "r1"),
      ]
      const [first, second] = await Promise.all([
        service.enqueueMessages(rows),
        service.enqueueMessages(rows),
      ])
      expect(first.length + second.length).toBe(2)
      expect(await service.enqueueMessages(rows)).toEqual([])
      expect(await service.listMessages({})).toHaveLength(2)
    })

    it("lets concurrent workers claim disjoint messages, and settles only the latest claim", async () => {
      await service.enqueueMessages(
        Array.from({ length: 30 }, (_, i) => message(`cus_${i}`, "r"))
      )
      const claims = await Promise.all(
        [1, 2, 3].map(() => service.claimMessages(NOW, 12))
      )
      const ids = claims.flat().map((m) => m.id)
      expect(ids).toHaveLength(30)
      expect(new Set(ids).size).toBe(30)
      expect(await service.claimMessages(NOW, 10)).toEqual([]) // all under lease

      const [claimed] = claims[0]
      const stale = await service.settleMessages([
        { id: claimed.id, attempts: claimed.attempts - 1, status: "sent" },
      ])
      expect(stale).toEqual([])
      expect(
        await service.settleMessages([
          { id: claimed.id, attempts: claimed.attempts, status: "sent" },
        ])
      ).toEqual([claimed.id])
      expect((await service.retrieveMessage(claimed.id)).status).toBe("sent")
    })

    it("holds a member's marketing cap when workers reserve at the same time", async () => {
      await service.enqueueMessages(
        Array.from({ length: 6 }, (_, i) => message("cus_cap", `r${i}`))
      )
      const claimed = await service.claimMessages(NOW, 10)
      const caps = service.campaignOptions().frequencyCaps
      const halves = [claimed.slice(0, 3), claimed.slice(3)]
      const reserved = await Promise.all(
        halves.map((half) =>
          service.reserveSends(
            half.map(() => ({
              customer_id: "cus_cap",
              channel: "email",
              since: new Date(NOW.getTime() - 86_400_000),
            })),
            NOW,
            (recent) =>
              admitWithinCaps(
                half.map((m) => ({
                  id: m.id,
                  customer_id: "cus_cap",
                  channel: "email",
                })),
                recent,
                caps
              ).admitted
          )
        )
      )
      expect(reserved.flat()).toHaveLength(2)
    })

    it("erases a member's personal data but keeps ids, keys and outcomes", async () => {
      await service.enqueueMessages([
        message("cus_gone", "r1"),
        message("cus_kept", "r1"),
      ])
      expect(await service.eraseCustomerMessages("cus_gone")).toBe(1)
      const rows = await service.listMessages({})
      const gone = rows.find(
        (m) =>
          m.idempotency_key ===
          messageKey("reminder", "holiday", "cus_gone", "r1")
      )!
      expect(gone).toMatchObject({
        customer_id: null,
        data: null,
        status: "suppressed",
        reason: "erased",
      })
      expect(
        rows.find((m) => m.customer_id === "cus_kept")?.data
      ).not.toBeNull()
    })
  },
})
