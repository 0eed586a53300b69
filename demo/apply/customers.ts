import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { DemoPlan, PlannedCustomer } from "../types"

const BATCH = 100

const chunks = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size)
  )

/** The membership layer imports birthday and tags from customer metadata. */
const toCustomerInput = (customer: PlannedCustomer) => ({
  email: customer.email,
  first_name: customer.first_name,
  last_name: customer.last_name,
  phone: customer.phone,
  has_account: true,
  created_at: new Date(customer.registered_at),
  metadata: { birthday: customer.birthday, tags: customer.tags },
  addresses: [
    {
      ...customer.address,
      phone: customer.phone,
      is_default_shipping: true,
      is_default_billing: true,
    },
  ],
})

/** Creates the missing demo customers; returns each email's customer id. */
export const ensureCustomers = async (
  container: MedusaContainer,
  plan: DemoPlan
) => {
  const customerModule = container.resolve(Modules.CUSTOMER)
  const ids = new Map<string, string>()
  for (const batch of chunks(plan.customers, BATCH)) {
    const existing = await customerModule.listCustomers(
      { email: batch.map((customer) => customer.email) },
      { select: ["id", "email"] }
    )
    existing.forEach((customer) => ids.set(customer.email, customer.id))
    const missing = batch.filter((customer) => !ids.has(customer.email))
    if (!missing.length) {
      continue
    }
    const { result } = await createCustomersWorkflow(container).run({
      input: { customersData: missing.map(toCustomerInput) },
    })
    result.forEach((customer) => ids.set(customer.email, customer.id))
  }
  return ids
}
