import type { DispatchDeps, MemberContact } from "./types"

/** Addresses, names, consents and languages of these members: two queries per batch. */
export async function loadContacts(
  deps: Pick<DispatchDeps, "tiers" | "customers">,
  customerIds: string[]
): Promise<Map<string, MemberContact>> {
  const ids = [...new Set(customerIds)]
  if (!ids.length) return new Map()
  const [memberships, customers] = await Promise.all([
    deps.tiers.listMemberships(
      { customer_id: ids },
      {
        select: ["customer_id", "email_consent", "sms_consent", "locale"],
        take: null,
      }
    ),
    deps.customers.listCustomers(
      { id: ids },
      {
        select: ["id", "email", "phone", "first_name", "last_name"],
        take: null,
      }
    ),
  ])
  const byCustomer = new Map(memberships.map((m) => [m.customer_id, m]))
  const contacts = new Map<string, MemberContact>()
  for (const customer of customers) {
    const membership = byCustomer.get(customer.id)
    if (!membership) continue
    contacts.set(customer.id, {
      customer_id: customer.id,
      first_name: customer.first_name ?? null,
      last_name: customer.last_name ?? null,
      email: customer.email ?? null,
      phone: customer.phone ?? null,
      locale: membership.locale ?? null,
      consents: {
        email: membership.email_consent,
        sms: membership.sms_consent,
      },
    })
  }
  return contacts
}
