import { backfill } from "./backfill"
import { common } from "./common"
import { toResources, type NamespaceMessages } from "./define"
import { member } from "./member"
import { memberEdit } from "./member-edit"
import { memberList } from "./member-list"
import { points } from "./points"
import { reminders } from "./reminders"
import { segments } from "./segments"
import { tiers } from "./tiers"

/**
 * The plugin's strings by feature, each file holding English and Simplified
 * Chinese. A new feature adds its file and one entry here; its keys are then
 * `<feature>.<key>` in the `membership` namespace.
 */
export const features = {
  common,
  member,
  memberEdit,
  memberList,
  backfill,
  reminders,
  points,
  segments,
  tiers,
}

export type MembershipMessages = NamespaceMessages<typeof features>

// The admin build merges this default export into the dashboard's i18next resources.
export default toResources(features)
