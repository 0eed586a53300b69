import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { membershipCurrency } from "../membership-currency"

export const resolveMembershipCurrencyStepId = "resolve-membership-currency"

/** The `membershipCurrency` plugin option, else the store's default currency. */
export const resolveMembershipCurrencyStep = createStep(
  resolveMembershipCurrencyStepId,
  async (_: void, { container }) =>
    new StepResponse(await membershipCurrency(container))
)
