import { Badge, Button, Drawer, Input, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useExplain, useSegmentMembers } from "../hooks/segments"
import { useFormatters } from "../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../i18n/define"
import { operatorText, useRuleLanguage } from "../lib/segment-i18n"
import type { AdminSegment } from "../lib/segment-types"

const show = (value: unknown) =>
  value === null || value === undefined
    ? "-"
    : typeof value === "object"
      ? JSON.stringify(value)
      : String(value)

/** A segment's members and, for any customer, why they are in or out (per condition and the nearest miss). */
export const SegmentExplainDrawer = ({
  segment,
  onOpenChange,
}: {
  segment: AdminSegment
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const language = useRuleLanguage()
  const format = useFormatters()
  const [input, setInput] = useState("")
  const [customerId, setCustomerId] = useState<string | null>(null)
  const members = useSegmentMembers(segment.id)
  const explain = useExplain(segment.id, customerId)
  return (
    <Drawer open onOpenChange={onOpenChange}>
      <Drawer.Content className="max-w-3xl">
        <Drawer.Header>
          <Drawer.Title>{segment.name}</Drawer.Title>
          <Drawer.Description>{segment.summary[language]}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Text size="small" weight="plus">
            {t("segments.explain.title")}
          </Text>
          <form
            className="flex gap-x-2"
            onSubmit={(e) => {
              e.preventDefault()
              setCustomerId(input.trim() || null)
            }}
          >
            <Input
              size="small"
              aria-label={t("segments.explain.customer")}
              placeholder={t("segments.explain.customer")}
              value={input}
              onChange={(e) => setInput(e.target.value)}
            />
            <Button size="small" type="submit" variant="secondary">
              {t("segments.explain.check")}
            </Button>
          </form>
          {explain.error && (
            <Text size="small" className="text-ui-fg-error">
              {explain.error.message}
            </Text>
          )}
          {explain.data && (
            <div
              className="flex flex-col gap-y-2"
              data-testid="segment-explanation"
            >
              <Badge
                color={explain.data.matches ? "green" : "orange"}
                className="w-fit"
              >
                {explain.data.matches
                  ? t("segments.explain.matches")
                  : t("segments.explain.misses")}
              </Badge>
              {explain.data.nearest_miss && (
                <Text size="small">
                  {t("segments.explain.nearest", {
                    text: explain.data.nearest_miss.text[language],
                  })}
                </Text>
              )}
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>
                      {t("segments.builder.field")}
                    </Table.HeaderCell>
                    <Table.HeaderCell>
                      {t("segments.builder.operator")}
                    </Table.HeaderCell>
                    <Table.HeaderCell>
                      {t("segments.explain.expected")}
                    </Table.HeaderCell>
                    <Table.HeaderCell>
                      {t("segments.explain.actual")}
                    </Table.HeaderCell>
                    <Table.HeaderCell />
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {explain.data.conditions.map((c) => (
                    <Table.Row key={c.path}>
                      <Table.Cell>{c.label?.[language] ?? c.field}</Table.Cell>
                      <Table.Cell>{operatorText(t, c.op)}</Table.Cell>
                      <Table.Cell>{show(c.expected)}</Table.Cell>
                      <Table.Cell>{show(c.actual)}</Table.Cell>
                      <Table.Cell>{c.pass ? "✓" : "✗"}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          )}
          <Text size="small" weight="plus">
            {t("segments.explain.members", {
              total: members.data ? format.number(members.data.count) : "…",
            })}
          </Text>
          <Table>
            <Table.Body>
              {members.data?.members.map((m) => (
                <Table.Row
                  key={m.customer_id}
                  className="cursor-pointer"
                  onClick={() => {
                    setInput(m.customer_id)
                    setCustomerId(m.customer_id)
                  }}
                >
                  <Table.Cell>{m.email ?? m.customer_id}</Table.Cell>
                  <Table.Cell>{format.number(m.order_count)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
