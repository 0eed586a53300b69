import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { DemoPlan } from "../types"
import { DEMO_NAMES } from "./names"

export const ensureRegion = async (
  container: MedusaContainer,
  plan: DemoPlan
) => {
  const regions = container.resolve(Modules.REGION)
  const [existing] = await regions.listRegions({ name: DEMO_NAMES.region })
  if (existing) {
    return existing
  }
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: DEMO_NAMES.region,
          currency_code: plan.currency_code,
          countries: plan.countries,
          payment_providers: [DEMO_NAMES.paymentProvider],
        },
      ],
    },
  })
  return result[0]
}
