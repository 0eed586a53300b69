import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CustomerSnapshot } from "../member-profile"

export const loadCustomersStepId = "load-member-customers"

/** Customers that still exist; deleted ones are left out. */
export const loadCustomersStep = createStep(
  loadCustomersStepId,
  async (customerIds: string[], { container }) => {
    if (!customerIds.length) {
      return new StepResponse([] as CustomerSnapshot[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer",
      fields: [
        "id",
        "email",
        "first_name",
        "last_name",
        "created_at",
        "metadata",
      ],
      filters: { id: customerIds },
    })
    return new StepResponse(data as CustomerSnapshot[])
  }
)
