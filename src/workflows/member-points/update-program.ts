import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { PointsProgramRow } from "../../modules/member-points/types"
import { updatePointsProgramWorkflowId } from "../workflow-ids"
import { pointsService } from "./steps/points-service"

type ProgramUpdate = Partial<Omit<PointsProgramRow, "id" | "reversal_policy">>

const updateProgramStep = createStep(
  "update-member-points-program",
  async (update: ProgramUpdate, { container }) => {
    const service = pointsService(container)
    const before = await service.retrieveProgram()
    await service.updatePointsPrograms({ id: before.id, ...update })
    return new StepResponse(await service.retrieveProgram(), before)
  },
  async (before, { container }) => {
    if (!before) return
    const { id, reversal_policy: _policy, ...rest } = before
    await pointsService(container).updatePointsPrograms({ id, ...rest })
  }
)

/** Changes the program; lots already earned keep the rate they were earned at. */
export const updatePointsProgramWorkflow = createWorkflow(
  updatePointsProgramWorkflowId,
  (input: WorkflowData<ProgramUpdate>) =>
    new WorkflowResponse(updateProgramStep(input))
)
