import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { resolveMembershipCurrencyStep } from "../member-data/steps/resolve-membership-currency"
import { rebuildAllMetricsStep } from "./steps/rebuild-all-metrics"
import { rebuildMemberMetricsWorkflowId } from "../workflow-ids"

/** Re-derives all customer metrics from order facts: a repair is one statement. */
export const rebuildMemberMetricsWorkflow = createWorkflow(
  rebuildMemberMetricsWorkflowId,
  () => {
    const currencyCode = resolveMembershipCurrencyStep()
    return new WorkflowResponse(rebuildAllMetricsStep(currencyCode))
  }
)
