import type { MemberProfileInput } from "../../modules/member-segment/types"
import type {
  EnsureMembershipInput,
  MembershipDTO,
  StageChange,
} from "../../modules/member-tier/types"
import { normalizeTags, parseBirthday } from "../../modules/member-tier/utils"

export type CustomerSnapshot = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  created_at: Date | string
  metadata?: Record<string, unknown> | null
}

const validBirthday = (value: unknown) => {
  if (typeof value !== "string") return null
  try {
    return parseBirthday(value)
  } catch {
    return null
  }
}

const stringTags = (value: unknown) =>
  Array.isArray(value)
    ? normalizeTags(value.filter((tag) => typeof tag === "string"))
    : []

/**
 * A new membership for a customer. A store that kept birthdays or tags in customer
 * metadata (`metadata.birthday` "YYYY-MM-DD", `metadata.tags`) gets them imported once.
 */
export function membershipFromCustomer(
  customer: CustomerSnapshot
): EnsureMembershipInput {
  return {
    customer_id: customer.id,
    joined_at: customer.created_at,
    birthday: validBirthday(customer.metadata?.birthday),
    birthday_set_by: "import",
    tags: stringTags(customer.metadata?.tags),
  }
}

/** The copy of a member's profile that segments and member lists filter on. */
export function profileFromMember(
  customer: CustomerSnapshot,
  membership: MembershipDTO
): MemberProfileInput {
  const [, month, day] = membership.birthday?.split("-").map(Number) ?? []
  return {
    customer_id: customer.id,
    email: customer.email,
    first_name: customer.first_name,
    last_name: customer.last_name,
    signup_at: membership.joined_at,
    stage: membership.stage,
    birthday_month: month ?? null,
    birthday_day: day ?? null,
    tags: membership.tags ?? [],
    email_consent: membership.email_consent,
    sms_consent: membership.sms_consent,
  }
}

/** Profile copies for the customers that have a membership, with their new stages. */
export function memberProfiles(
  customers: CustomerSnapshot[],
  memberships: MembershipDTO[],
  stageChanges: StageChange[]
): MemberProfileInput[] {
  const stageTo = new Map(stageChanges.map((c) => [c.customer_id, c.to]))
  const byCustomer = new Map(memberships.map((m) => [m.customer_id, m]))
  return customers.flatMap((customer) => {
    const membership = byCustomer.get(customer.id)
    if (!membership) return []
    const stage = stageTo.get(customer.id) ?? membership.stage
    return [profileFromMember(customer, { ...membership, stage })]
  })
}
