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
  async (input: { now?: Date; accounts: number }, { container }) =>
    new StepResponse(
      await pointsService(container).expireLots(
        input.now ? new Date(input.now) : new Date(),
        input.accounts
      )
    )
)

/** One page of expiry: up to `accounts` accounts' expired lots; returns the members touched. */
export const expireMemberPointsWorkflow = createWorkflow(
  expireMemberPointsWorkflowId,
  (input: WorkflowData<{ now?: Date; accounts: number }>) => {
    const customers = expirePageStep(input)
    syncPointsBalancesStep(customers)
    return new WorkflowResponse(customers)
  }
)
