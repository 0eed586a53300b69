import { Badge, Button, IconButton, Select, Text } from "@medusajs/ui"
import { Trash } from "@medusajs/icons"
import { useTranslation } from "react-i18next"
import type { RuleIssue } from "../../modules/member-segment/rules/validate"
import { MEMBERSHIP_NS } from "../i18n/define"
import { useRuleLanguage } from "../lib/segment-i18n"
import type { SegmentCatalogue } from "../hooks/segments"
import type { AdminSegmentField, RuleNode } from "../lib/segment-types"
import { defaultValue, onPicked } from "../lib/segment-values"
import {
  ValueEditor,
  type Condition,
} from "./segment-value-editors/value-editor"

const MAX_DEPTH = 5

// Widths are inline styles: the host dashboard's stylesheet holds only the
// utility classes the dashboard itself uses (no w-56, no min-w-[12rem]).

export const newCondition = (fields: AdminSegmentField[]): Condition => {
  const field = fields.find((f) => f.key === "order_count") ?? fields[0]
  return { field: field.key, op: "gte", value: 1 } as Condition
}

const ErrorText = ({ issues, path }: { issues: RuleIssue[]; path: string }) => {
  const mine = issues.filter(
    (issue) => issue.path === path || issue.path.startsWith(`${path}.`)
  )
  if (!mine.length) return null
  return (
    <Text size="xsmall" className="text-ui-fg-error">
      {mine.map((issue) => issue.message).join("; ")}
    </Text>
  )
}

const ConditionEditor = ({
  node,
  path,
  catalogue,
  issues,
  onChange,
  onRemove,
}: {
  node: Condition
  path: string
  catalogue: SegmentCatalogue
  issues: RuleIssue[]
  onChange: (node: RuleNode) => void
  onRemove: () => void
}) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const language = useRuleLanguage()
  const { fields, currency_code } = catalogue
  const field = fields.find((f) => f.key === node.field) ?? fields[0]
  return (
    <div className="flex flex-col gap-y-1" data-testid={`condition-${path}`}>
      <div className="flex flex-wrap items-start gap-2">
        <Select
          size="small"
          value={field.key}
          onValueChange={onPicked((key) => {
            const next = fields.find((f) => f.key === key)!
            const op = next.operators.includes(node.op)
              ? node.op
              : next.operators[0]
            onChange({
              field: key,
              op,
              value: defaultValue(next, op),
            } as Condition)
          })}
        >
          <Select.Trigger
            aria-label={t("segments.builder.field")}
            style={{ width: "14rem" }}
          >
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {fields.map((f) => (
              <Select.Item key={f.key} value={f.key}>
                {f.label[language]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Select
          size="small"
          value={node.op}
          onValueChange={onPicked((op) =>
            onChange({
              field: field.key,
              op,
              value: defaultValue(field, op),
            } as Condition)
          )}
        >
          <Select.Trigger
            aria-label={t("segments.builder.operator")}
            style={{ width: "11rem" }}
          >
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {field.operators.map((op) => (
              <Select.Item key={op} value={op}>
                {t(`segments.operators.${op}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <div className="flex-1" style={{ minWidth: "12rem" }}>
          <ValueEditor
            key={`${field.key}-${node.op}`}
            field={field}
            node={node}
            currencyCode={currency_code}
            onChange={(value) => onChange({ ...node, value } as Condition)}
          />
        </div>
        <IconButton
          size="small"
          variant="transparent"
          aria-label={t("segments.builder.remove")}
          onClick={onRemove}
        >
          <Trash />
        </IconButton>
      </div>
      <ErrorText issues={issues} path={path} />
    </div>
  )
}

/** A nested AND/OR group of conditions and groups, up to five levels deep. */
export const RuleGroupEditor = ({
  node,
  path,
  depth,
  catalogue,
  issues,
  onChange,
  onRemove,
}: {
  node: RuleNode
  path: string
  depth: number
  catalogue: SegmentCatalogue
  issues: RuleIssue[]
  onChange: (node: RuleNode) => void
  onRemove?: () => void
}) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const { fields } = catalogue
  if ("not" in node) {
    return (
      <div className="flex flex-col gap-y-1">
        <Badge size="2xsmall" className="w-fit">
          {t("segments.builder.not")}
        </Badge>
        <RuleGroupEditor
          node={node.not}
          path={`${path}.not`}
          depth={depth + 1}
          catalogue={catalogue}
          issues={issues}
          onChange={(not) => onChange({ not })}
          onRemove={onRemove}
        />
      </div>
    )
  }
  if (!("all" in node) && !("any" in node)) {
    return (
      <ConditionEditor
        node={node as Condition}
        path={path}
        catalogue={catalogue}
        issues={issues}
        onChange={onChange}
        onRemove={onRemove ?? (() => undefined)}
      />
    )
  }
  const kind = "all" in node ? "all" : "any"
  const children: RuleNode[] = "all" in node ? node.all : node.any
  const set = (next: RuleNode[]) =>
    onChange(kind === "all" ? { all: next } : { any: next })
  return (
    <div className="flex flex-col gap-y-2 rounded-md border border-ui-border-base p-3">
      <div className="flex items-center gap-x-2">
        <Select
          size="small"
          value={kind}
          onValueChange={onPicked((k) =>
            onChange(k === "all" ? { all: children } : { any: children })
          )}
        >
          <Select.Trigger style={{ width: "9rem" }}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="all">{t("segments.builder.all")}</Select.Item>
            <Select.Item value="any">{t("segments.builder.any")}</Select.Item>
          </Select.Content>
        </Select>
        {onRemove && (
          <IconButton
            size="small"
            variant="transparent"
            aria-label={t("segments.builder.remove")}
            onClick={onRemove}
          >
            <Trash />
          </IconButton>
        )}
      </div>
      {children.map((child, index) => (
        <RuleGroupEditor
          key={index}
          node={child}
          path={`${path}.${kind}[${index}]`}
          depth={depth + 1}
          catalogue={catalogue}
          issues={issues}
          onChange={(next) =>
            set(children.map((c, i) => (i === index ? next : c)))
          }
          onRemove={() => set(children.filter((_, i) => i !== index))}
        />
      ))}
      <ErrorText
        issues={issues.filter(
          (issue) => issue.path === path || issue.path === `${path}.${kind}`
        )}
        path={path}
      />
      <div className="flex gap-x-2">
        <Button
          type="button"
          size="small"
          variant="secondary"
          onClick={() => set([...children, newCondition(fields)])}
        >
          {t("segments.builder.addCondition")}
        </Button>
        {depth < MAX_DEPTH - 1 && (
          <Button
            type="button"
            size="small"
            variant="secondary"
            onClick={() => set([...children, { all: [newCondition(fields)] }])}
          >
            {t("segments.builder.addGroup")}
          </Button>
        )}
      </div>
    </div>
  )
}
