import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Pair = { customer_id: string; customer_group_id: string }

export type MoveTierGroupsStepInput = {
  /** Each member's tier group now (null: the tier has no group). */
  members: { customer_id: string; group_id: string | null }[]
  /** Every tier's group: the only groups this step ever touches. */
  tier_group_ids: string[]
}

export const moveTierGroupsStepId = "move-member-tier-groups"

/**
 * Puts each member in exactly their tier's group and out of every other tier
 * group; groups that are not tier groups stay as they are. Compensation undoes
 * exactly the additions and removals it made.
 */
export const moveTierGroupsStep = createStep(
  moveTierGroupsStepId,
  async (input: MoveTierGroupsStepInput, { container }) => {
    const done = { added: [] as Pair[], removed: [] as Pair[] }
    if (!input.members.length || !input.tier_group_ids.length) {
      return new StepResponse(done, done)
    }
    const customers: ICustomerModuleService = container.resolve(
      Modules.CUSTOMER
    )
    const tierGroups = new Set(input.tier_group_ids)
    const current = await customers.listCustomers(
      { id: input.members.map((m) => m.customer_id) },
      { relations: ["groups"], select: ["id", "groups.id"], take: null }
    )
    const groupsOf = new Map(
      current.map((c) => [c.id, new Set((c.groups ?? []).map((g) => g.id))])
    )
    for (const member of input.members) {
      const groups = groupsOf.get(member.customer_id)
      if (!groups) continue
      for (const group of groups) {
        if (tierGroups.has(group) && group !== member.group_id) {
          done.removed.push({
            customer_id: member.customer_id,
            customer_group_id: group,
          })
        }
      }
      if (member.group_id && !groups.has(member.group_id)) {
        done.added.push({
          customer_id: member.customer_id,
          customer_group_id: member.group_id,
        })
      }
    }
    // add first: a failed add leaves members in their old group, never in none
    if (done.added.length) await customers.addCustomerToGroup(done.added)
    if (done.removed.length) {
      await customers.removeCustomerFromGroup(done.removed)
    }
    return new StepResponse(done, done)
  },
  async (done, { container }) => {
    if (!done) return
    const customers: ICustomerModuleService = container.resolve(
      Modules.CUSTOMER
    )
    if (done.added.length) await customers.removeCustomerFromGroup(done.added)
    if (done.removed.length) await customers.addCustomerToGroup(done.removed)
  }
)
