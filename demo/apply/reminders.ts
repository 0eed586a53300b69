import type { MedusaContainer } from "@medusajs/framework/types"
import { REMINDER_KEYS } from "../../src/modules/member-campaign/reminders/keys"
import type {
  SyncMembersWorkflowInput,
  UpdateMemberProfileWorkflowInput,
} from "../../src/workflows/member-data"
import type { UpdateReminderRuleWorkflowInput } from "../../src/workflows/member-reminders"
import {
  syncMembersWorkflowId,
  updateMemberProfileWorkflowId,
  updateReminderRuleWorkflowId,
} from "../../src/workflows/workflow-ids"
import { DEMO_HOLIDAYS, planConsents } from "../plan-consents"
import type { DemoPlan } from "../types"
import { runPluginWorkflow } from "./run-plugin-workflow"

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
    await runPluginWorkflow<SyncMembersWorkflowInput>(
      container,
      syncMembersWorkflowId,
      { customer_ids: ids, metrics_scope: "missing", emit_events: false }
    )
    await Promise.all(
      batch.map((consent, index) =>
        runPluginWorkflow<UpdateMemberProfileWorkflowInput>(
          container,
          updateMemberProfileWorkflowId,
          {
            customer_id: ids[index],
            actor: "customer",
            email_consent: consent.email_consent,
            sms_consent: consent.sms_consent,
            locale: consent.locale,
          }
        )
      )
    )
  }
  for (const key of REMINDER_KEYS) {
    await runPluginWorkflow<UpdateReminderRuleWorkflowInput>(
      container,
      updateReminderRuleWorkflowId,
      {
        key,
        enabled: true,
        ...(key === "holiday" ? { params: { holidays: DEMO_HOLIDAYS } } : {}),
        // SMS as a second channel for the reminders members most want on their phone
        ...(key === "shipment_sent" || key === "unpaid_order"
          ? { channels: ["email", "sms"] }
          : {}),
      }
    )
  }
}
