import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type GroupUndo = { created?: string; renamed?: { id: string; name: string } }

export type EnsureTierGroupStepInput = {
  group_id: string | null
  name: string
  handle: string
}

export const ensureTierGroupStepId = "ensure-member-tier-group"

export const tierGroupName = (name: string) => `Tier: ${name}`

/**
 * The customer group a tier owns (created once, renamed with the tier).
 * Compensation deletes a group it created and restores a name it changed.
 */
export const ensureTierGroupStep = createStep(
  ensureTierGroupStepId,
  async (input: EnsureTierGroupStepInput, { container }) => {
    const customers: ICustomerModuleService = container.resolve(
      Modules.CUSTOMER
    )
    const name = tierGroupName(input.name)
    if (input.group_id) {
      const [group] = await customers.listCustomerGroups({ id: input.group_id })
      if (group) {
        if (group.name !== name) {
          await customers.updateCustomerGroups(group.id, { name })
        }
        return new StepResponse<string, GroupUndo>(group.id, {
          renamed: { id: group.id, name: group.name },
        })
      }
    }
    const created = await customers.createCustomerGroups({
      name,
      metadata: { membership_tier: input.handle },
    })
    return new StepResponse<string, GroupUndo>(created.id, {
      created: created.id,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const customers: ICustomerModuleService = container.resolve(
      Modules.CUSTOMER
    )
    if (undo.created) {
      await customers.deleteCustomerGroups(undo.created)
    } else if (undo.renamed) {
      await customers.updateCustomerGroups(undo.renamed.id, {
        name: undo.renamed.name,
      })
    }
  }
)
