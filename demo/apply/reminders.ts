import type { MedusaContainer } from "@medusajs/framework/types"
import { REMINDER_KEYS } from "../../src/modules/member-campaign/reminders/keys"
import {
  syncMembersWorkflow,
  updateMemberProfileWorkflow,
} from "../../src/workflows/member-data"
import { updateReminderRuleWorkflow } from "../../src/workflows/member-reminders"
import { DEMO_HOLIDAYS, planConsents } from "../plan-consents"
import type { DemoPlan } from "../types"

const BATCH = 50

/**
 * Memberships with the planned consents and languages (through the profile
 * workflow, so consent times and the profile copy are right), and every
 * reminder switched on. Idempotent: unchanged consents write nothing.
 */
export async function ensureReminderDemo(
  container: MedusaContainer,
  plan: DemoPlan,
  customerIds: Map<string, string>
) {
  const consents = planConsents(plan)
  for (let start = 0; start < consents.length; start += BATCH) {
    const batch = consents.slice(start, start + BATCH)
    const ids = batch.map((c) => customerIds.get(c.email)!)
    await syncMembersWorkflow(container).run({
      input: {
        customer_ids: ids,
        metrics_scope: "missing",
        emit_events: false,
      },
    })
    await Promise.all(
      batch.map((consent, index) =>
        updateMemberProfileWorkflow(container).run({
          input: {
            customer_id: ids[index],
            actor: "customer",
            email_consent: consent.email_consent,
            sms_consent: consent.sms_consent,
            locale: consent.locale,
          },
        })
      )
    )
  }
  for (const key of REMINDER_KEYS) {
    await updateReminderRuleWorkflow(container).run({
      input: {
        key,
        enabled: true,
        ...(key === "holiday" ? { params: { holidays: DEMO_HOLIDAYS } } : {}),
        // SMS as a second channel for the reminders members most want on their phone
        ...(key === "shipment_sent" || key === "unpaid_order"
          ? { channels: ["email", "sms"] }
          : {}),
      },
    })
  }
}
