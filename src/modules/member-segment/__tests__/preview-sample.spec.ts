import { moduleIntegrationTestRunner } from "@medusajs/test-utils"

import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type { RuleNode } from "../rules/types"
import type MemberSegmentModuleService from "../service"

jest.setTimeout(120_000)

// More members than the sample reads from the top spenders (2000), so both of
// its ways run: big spenders have a high AOV, small ones a low one.
const MEMBERS = 2600
const members = Array.from({ length: MEMBERS }, (_, i) => ({
  customer_id: `sample_cus_${String(i).padStart(4, "0")}`,
  // pairs of equal spend, so the customer id breaks ties
  total_spent: 10 * Math.floor(i / 2),
  aov: i / 10,
  order_count: 1 + (i % 3),
}))

const expected = (
  test: (member: (typeof members)[number]) => boolean,
  limit: number,
  offset: number
) =>
  members
    .filter(test)
    .sort(
      (a, b) =>
        b.total_spent - a.total_spent ||
        a.customer_id.localeCompare(b.customer_id)
    )
    .slice(offset, offset + limit)
    .map((member) => member.customer_id)

moduleIntegrationTestRunner<MemberSegmentModuleService>({
  moduleName: MEMBER_SEGMENT_MODULE,
  resolve: "./src/modules/member-segment",
  testSuite: ({ service }) => {
    beforeEach(async () => {
      await service.createCustomerMetrics(members)
    })

    const sampled = async (rule: RuleNode, limit: number, offset: number) =>
      (await service.previewRule(rule, { limit, offset })).sample.map(
        (row) => row.customer_id
      )

    it.each([
      ["everyone, first page", { field: "order_count", op: "gte", value: 1 }],
      ["big spenders only", { field: "aov", op: "gte", value: 200 }],
      ["small spenders only", { field: "aov", op: "lt", value: 30 }],
      ["a few of the biggest", { field: "aov", op: "gte", value: 259.5 }],
      ["every third member", { field: "order_count", op: "eq", value: 2 }],
    ] as [string, RuleNode][])(
      "pages %s by spend, then customer id, at any offset",
      async (_name, rule) => {
        const condition = rule as {
          field: "aov" | "order_count"
          op: string
          value: number
        }
        const test = (member: (typeof members)[number]) => {
          const actual = member[condition.field]
          if (condition.op === "gte") return actual >= condition.value
          if (condition.op === "lt") return actual < condition.value
          return actual === condition.value
        }
        for (const [limit, offset] of [
          [50, 0],
          [20, 1990],
          [50, 640],
          [50, 2590],
          [10, 5000],
        ]) {
          expect({
            limit,
            offset,
            ids: await sampled(rule, limit, offset),
          }).toEqual({
            limit,
            offset,
            ids: expected(test, limit, offset),
          })
        }
      }
    )
  },
})
