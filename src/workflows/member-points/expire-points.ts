import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { expireMemberPointsWorkflowId } from "../workflow-ids"
import { pointsService } from "./steps/points-service"
import { syncPointsBalancesStep } from "./steps/sync-points-balances"

const expirePageStep = createStep(
  "expire-member-points-page",
  async (input: ExpirePageInput, { container }) =>
    new StepResponse(
      await pointsService(container).expireLots(
        input.now ? new Date(input.now) : new Date(),
        input.accounts,
        input.after ?? ""
      )
    )
)

export type ExpirePageInput = {
  now?: Date
  accounts: number
  /** the previous page's cursor */
  after?: string
}

/** One page of expiry: up to `accounts` accounts' expired lots; returns the members touched and the next cursor. */
export const expireMemberPointsWorkflow = createWorkflow(
  expireMemberPointsWorkflowId,
  (input: WorkflowData<ExpirePageInput>) => {
    const page = expirePageStep(input)
    syncPointsBalancesStep(page.customer_ids)
    return new WorkflowResponse(page)
  }
)
