import { moduleIntegrationTestRunner } from "@medusajs/test-utils"

import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import { rfmGroup } from "../rules/rfm"
import type MemberSegmentModuleService from "../service"
import { paid } from "./fixtures"

jest.setTimeout(120_000)

moduleIntegrationTestRunner<MemberSegmentModuleService>({
  moduleName: MEMBER_SEGMENT_MODULE,
  resolve: "./src/modules/member-segment",
  testSuite: ({ service }) => {
    const scores = async (ids: string[]) => {
      const rows = await service.listCustomerMetrics(
        { customer_id: ids },
        { order: { customer_id: "ASC" } }
      )
      return rows.map((row) => ({
        id: row.customer_id,
        r: row.rfm_recency,
        f: row.rfm_frequency,
        m: row.rfm_monetary,
        group: row.rfm_group,
        p: row.spend_percentile,
      }))
    }

    it("scores buyers in quintiles of the whole pool, keeps ties together, and leaves non-buyers unscored", async () => {
      // buyer k (1..5): k orders of 10*k each, the last one 50/k days ago
      const ids = [1, 2, 3, 4, 5].map((k) => `rfm_cus_${k}`)
      const facts = ids.flatMap((id, index) => {
        const k = index + 1
        return Array.from({ length: k }, (_, n) =>
          paid(`${id}_o${n}`, id, 10 * k, n === 0 ? 50 / k : 60 + n)
        )
      })
      await service.upsertOrderFacts(facts)
      await service.createCustomerMetrics([{ customer_id: "rfm_none" }])
      await service.rebuildAllMetrics("eur")

      const rebuilt = await scores([...ids, "rfm_none"])
      expect(rebuilt.slice(0, 5).map(({ r, f, m }) => [r, f, m])).toEqual([
        [1, 1, 1],
        [2, 2, 2],
        [3, 3, 3],
        [4, 4, 4],
        [5, 5, 5],
      ])
      for (const row of rebuilt.slice(0, 5)) {
        expect(row.group).toBe(rfmGroup({ r: row.r!, f: row.f!, m: row.m! }))
      }
      expect(rebuilt[4]).toMatchObject({ group: "champions", p: 99 })
      expect(rebuilt[5]).toMatchObject({
        r: null,
        f: null,
        m: null,
        group: null,
        p: null,
      })

      // a single refresh scores from the stored cutoffs: one more big order lifts buyer 1
      await service.upsertOrderFacts([
        paid("rfm_cus_1_big", "rfm_cus_1", 1000, 0.5),
      ])
      await service.refreshCustomerMetrics(["rfm_cus_1"], "eur")
      const [lifted] = await scores(["rfm_cus_1"])
      expect(lifted).toMatchObject({ r: 5, f: 2, m: 5 })

      // a tie with a cutoff value stays in the lower quintile (strictly below counts)
      await service.upsertOrderFacts([
        paid("rfm_tie_o", "rfm_tie", 20, 25),
        paid("rfm_tie_o2", "rfm_tie", 0, 200),
      ])
      await service.refreshCustomerMetrics(["rfm_tie"], "eur")
      const [tie] = await scores(["rfm_tie"])
      expect(tie.f).toBe(2)

      // the rebuild over the new pool is the same as rescoring
      await service.rebuildAllMetrics("eur")
      const again = await scores([...ids, "rfm_tie"])
      await service.rescoreRfm()
      expect(await scores([...ids, "rfm_tie"])).toEqual(again)
      // values and scores are written in one pass: a second rebuild has nothing to write
      expect(await service.rebuildAllMetrics("eur")).toBe(0)
    })
  },
})
