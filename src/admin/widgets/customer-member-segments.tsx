import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type {
  AdminCustomer,
  DetailWidgetProps,
} from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useMemberSegments } from "../hooks/segments"
import { MEMBERSHIP_NS } from "../i18n/define"
import { operatorText, useRuleLanguage } from "../lib/segment-i18n"

const show = (value: unknown) =>
  value === null || value === undefined
    ? "-"
    : typeof value === "object"
      ? JSON.stringify(value)
      : String(value)

/** The member's segments, each with why (its conditions, expected against actual); nothing when none. */
const CustomerMemberSegmentsWidget = ({
  data,
}: DetailWidgetProps<AdminCustomer>) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const language = useRuleLanguage()
  const { data: segments } = useMemberSegments(data.id)
  if (!segments?.length) return null
  return (
    <Container className="divide-y p-0" data-testid="member-segments">
      <div className="px-6 py-4">
        <Heading level="h2">{t("segments.widget.title")}</Heading>
      </div>
      {segments.map((segment) => (
        <details key={segment.id} className="px-6 py-3">
          <summary className="flex cursor-pointer items-center gap-x-2">
            <Text size="small" weight="plus">
              {segment.name}
            </Text>
            {!segment.matches_now && (
              <Badge size="2xsmall" color="orange">
                {t("segments.widget.stale")}
              </Badge>
            )}
          </summary>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {segment.summary[language]}
          </Text>
          <ul className="mt-1 flex flex-col gap-y-0.5">
            {segment.conditions.map((c) => (
              <li key={c.path}>
                <Text size="xsmall">
                  {c.pass ? "✓" : "✗"} {c.label?.[language] ?? c.field}:{" "}
                  {show(c.actual)} ({operatorText(t, c.op)} {show(c.expected)})
                </Text>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerMemberSegmentsWidget
