import { REMINDER_KEYS } from "../../modules/member-campaign/reminders/keys"
import { defaultParams } from "../../modules/member-campaign/reminders/params"

/** A rule for every reminder, off, with its default parameters, on email. */
export const defaultRules = (enabled = false) =>
  REMINDER_KEYS.map((key) => ({
    key,
    enabled,
    params: defaultParams(key),
    channels: ["email"],
  }))
