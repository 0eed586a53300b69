import { zodResolver } from "@hookform/resolvers/zod"
import { Button, Drawer, Input, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { Controller, useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import {
  ruleIssues,
  ruleSchema,
} from "../../modules/member-segment/rules/validate"
import {
  useSaveSegment,
  useSegmentFields,
  useSegmentPreview,
} from "../hooks/segments"
import { useFormatters } from "../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../i18n/define"
import { useRuleLanguage } from "../lib/segment-i18n"
import type { RuleNode } from "../lib/segment-types"
import { FormField } from "./form-field"
import { newCondition, RuleGroupEditor } from "./segment-rule-editor"

const SegmentForm = z.object({
  name: z.string().trim().min(1).max(120),
  rule: ruleSchema("rule"),
})
type SegmentFormValues = { name: string; rule: RuleNode }

const useDebounced = <T,>(value: T, ms: number) => {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return debounced
}

/** Groups at the top: a single condition is edited inside an "all" group. */
const asGroup = (rule: RuleNode): RuleNode =>
  "all" in rule || "any" in rule ? rule : { all: [rule] }

const LivePreview = ({ rule }: { rule: RuleNode }) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const language = useRuleLanguage()
  const format = useFormatters()
  const debounced = useDebounced(rule, 400)
  const valid = useMemo(() => ruleIssues(debounced).length === 0, [debounced])
  const { data, error, isFetching } = useSegmentPreview(
    valid ? debounced : null
  )
  if (!valid)
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {t("segments.builder.invalid")}
      </Text>
    )
  if (error)
    return (
      <Text size="small" className="text-ui-fg-error">
        {error.message}
      </Text>
    )
  if (!data) return null
  return (
    <div
      className="flex flex-col gap-y-2"
      data-testid="segment-live-count"
      aria-busy={isFetching}
    >
      <Text size="small" weight="plus">
        {t("segments.builder.liveCount", {
          count: data.count,
          members: format.number(data.count),
          share: format.percent(data.share),
          revenue: format.percent(data.revenue_share),
        })}{" "}
        <span className="text-ui-fg-muted">
          {t("segments.builder.took", { ms: format.number(data.took_ms) })}
        </span>
      </Text>
      <Text size="small" className="text-ui-fg-subtle">
        {data.summary[language]}
      </Text>
      {data.sample.length > 0 && (
        <Table>
          <Table.Body>
            {data.sample.map((row) => (
              <Table.Row key={row.customer_id}>
                <Table.Cell>{row.email ?? row.customer_id}</Table.Cell>
                <Table.Cell>
                  {format.money(row.aov, data.currency_code)}
                </Table.Cell>
                <Table.Cell>
                  {format.money(row.total_spent, data.currency_code)}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </div>
  )
}

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  segmentId?: string
  initial?: { name: string; rule: RuleNode | null }
}

/** The builder: nested groups, typed values, a debounced live count and sample while editing. */
export const SegmentBuilderDrawer = ({
  open,
  onOpenChange,
  segmentId,
  initial,
}: Props) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const { data: catalogue } = useSegmentFields()
  const fields = catalogue?.fields
  const save = useSaveSegment(segmentId)
  const form = useForm<SegmentFormValues>({
    resolver: zodResolver(SegmentForm) as never,
    defaultValues: {
      name: initial?.name ?? "",
      rule: initial?.rule ? asGroup(initial.rule) : { all: [] },
    },
  })
  useEffect(() => {
    if (fields && !initial?.rule && !form.getValues("rule"))
      form.setValue("rule", { all: [newCondition(fields)] })
    if (
      fields &&
      "all" in form.getValues("rule") &&
      !(form.getValues("rule") as { all: RuleNode[] }).all.length
    ) {
      form.setValue("rule", { all: [newCondition(fields)] })
    }
  }, [fields, form, initial])
  const rule = form.watch("rule")
  const issues = useMemo(() => ruleIssues(rule), [rule])
  const submit = form.handleSubmit((values) =>
    save.mutate(values, {
      onSuccess: () => {
        toast.success(t("segments.builder.saved"))
        onOpenChange(false)
      },
      onError: (error) => toast.error(error.message),
    })
  )
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content style={{ maxWidth: "56rem" }}>
        <Drawer.Header>
          <Drawer.Title>{t("segments.builder.title")}</Drawer.Title>
          <Drawer.Description className="sr-only">
            {t("segments.description")}
          </Drawer.Description>
        </Drawer.Header>
        <form
          onSubmit={submit}
          className="flex flex-1 flex-col overflow-hidden"
        >
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <FormField
              control={form.control}
              name="name"
              label={t("segments.builder.name")}
              render={({ field, controlProps }) => (
                <Input {...field} {...controlProps} />
              )}
            />
            {catalogue && (
              <Controller
                control={form.control}
                name="rule"
                render={({ field }) => (
                  <RuleGroupEditor
                    node={field.value}
                    path="rule"
                    depth={1}
                    catalogue={catalogue}
                    issues={issues}
                    onChange={(next) => field.onChange(next)}
                  />
                )}
              />
            )}
            <div className="flex flex-col gap-y-1">
              <Text size="small" weight="plus">
                {t("segments.builder.live")}
              </Text>
              <LivePreview rule={rule} />
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button type="button" size="small" variant="secondary">
                {t("segments.builder.cancel")}
              </Button>
            </Drawer.Close>
            <Button
              type="submit"
              size="small"
              isLoading={save.isPending}
              disabled={issues.length > 0}
            >
              {t("segments.builder.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
