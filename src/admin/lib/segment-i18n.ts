import { useTranslation } from "react-i18next"
import {
  RULE_OPERATORS,
  type RuleOperator,
} from "../../modules/member-segment/rules/types"
import type { MembershipT } from "./zod-issue-message"

/** "en" or "zh": which of the server's two texts (summaries, labels) to show. */
export const useRuleLanguage = (): "en" | "zh" => {
  const { i18n } = useTranslation()
  return i18n.language?.toLowerCase().startsWith("zh") ? "zh" : "en"
}

const isRuleOperator = (op: string): op is RuleOperator =>
  (RULE_OPERATORS as readonly string[]).includes(op)

/** An operator in words ("at least"); one the admin does not know stays as the server sent it. */
export const operatorText = (t: MembershipT, op: string) =>
  isRuleOperator(op) ? t(`segments.operators.${op}`) : op
