import type { TFunction } from "i18next"
import type { z } from "zod"
import type { MEMBERSHIP_NS } from "../i18n/define"

export type ZodIssue = z.core.$ZodRawIssue
export type MembershipT = TFunction<typeof MEMBERSHIP_NS>

/**
 * A zod issue in the dashboard's language, for `zodResolver(schema, { error })`.
 * A form passes `messageFor` for the messages that need its own words.
 */
export const zodIssueMessages =
  (t: MembershipT, messageFor?: (issue: ZodIssue) => string | undefined) =>
  (issue: ZodIssue): string => {
    const own = messageFor?.(issue)
    if (own) {
      return own
    }
    if (issue.code === "too_big" && issue.origin === "string") {
      return t("common.errors.tooLong", { count: Number(issue.maximum) })
    }
    if (issue.code === "too_big" && issue.origin === "array") {
      return t("common.errors.tooMany", { count: Number(issue.maximum) })
    }
    if (issue.code === "too_small" && Number(issue.minimum) <= 1) {
      return t("common.errors.required")
    }
    return t("common.errors.invalid")
  }
