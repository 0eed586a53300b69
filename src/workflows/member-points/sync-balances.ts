import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { syncPointsBalancesWorkflowId } from "../workflow-ids"
import { syncPointsBalancesStep } from "./steps/sync-points-balances"

/** Re-copies members' ledger balances into their metrics rows (segments filter on them). */
export const syncPointsBalancesWorkflow = createWorkflow(
  syncPointsBalancesWorkflowId,
  (input: string[]) => new WorkflowResponse(syncPointsBalancesStep(input))
)
