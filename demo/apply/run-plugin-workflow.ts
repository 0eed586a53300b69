import type {
  IWorkflowEngineService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Runs one of the plugin's workflows by id. The seed never imports the workflow
 * definitions: where the plugin is installed from its build (a host store, the e2e
 * app) they are already registered, and importing the sources would register them twice.
 */
export async function runPluginWorkflow<Input>(
  container: MedusaContainer,
  workflowId: string,
  input: Input
) {
  const engine = container.resolve<IWorkflowEngineService>(
    Modules.WORKFLOW_ENGINE
  )
  const { result, errors } = await engine.run(workflowId, {
    input,
    throwOnError: false,
  })
  if (errors?.length) {
    throw errors[0].error
  }
  return result
}
