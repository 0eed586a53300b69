import type { InferTypeOf } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import type { CustomerMetrics } from "../../modules/member-segment/models/customer-metrics"
import type { MembershipDTO } from "../../modules/member-tier/types"

type MetricsRow = InferTypeOf<typeof CustomerMetrics>

const money = (value: unknown) =>
  value == null ? 0 : MathBN.convert(value as number).toNumber()

/** The member shape both the admin and the store API answer with. */
export function memberResponse(
  membership: MembershipDTO,
  metrics?: MetricsRow | null
) {
  return {
    customer_id: membership.customer_id,
    email: metrics?.email ?? null,
    first_name: metrics?.first_name ?? null,
    last_name: metrics?.last_name ?? null,
    stage: membership.stage,
    joined_at: membership.joined_at,
    birthday: membership.birthday,
    tags: membership.tags ?? [],
    consents: {
      email: {
        granted: membership.email_consent,
        changed_at: membership.email_consent_at,
      },
      sms: {
        granted: membership.sms_consent,
        changed_at: membership.sms_consent_at,
      },
    },
    metrics: {
      currency_code: metrics?.currency_code ?? null,
      order_count: metrics?.order_count ?? 0,
      paid_order_count: metrics?.paid_order_count ?? 0,
      total_spent: money(metrics?.total_spent),
      aov: money(metrics?.aov),
      aov_90d: money(metrics?.aov_90d),
      aov_365d: money(metrics?.aov_365d),
      max_order: money(metrics?.max_order),
      first_order_at: metrics?.first_order_at ?? null,
      last_order_at: metrics?.last_order_at ?? null,
      unpaid_order_count: metrics?.unpaid_order_count ?? 0,
      oldest_unpaid_at: metrics?.oldest_unpaid_at ?? null,
      cancel_count: metrics?.cancel_count ?? 0,
      cancel_rate: metrics?.cancel_rate ?? 0,
      refund_total: money(metrics?.refund_total),
      refund_rate: metrics?.refund_rate ?? 0,
      return_count: metrics?.return_count ?? 0,
      country_code: metrics?.country_code ?? null,
    },
  }
}

export type MemberResponse = ReturnType<typeof memberResponse>
