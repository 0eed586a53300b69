import { Badge, Button, IconButton, Input, Select, Text } from "@medusajs/ui"
import { Trash } from "@medusajs/icons"
import { useTranslation } from "react-i18next"
import type { RuleIssue } from "../../modules/member-segment/rules/validate"
import { MEMBERSHIP_NS } from "../i18n/define"
import { useRuleLanguage } from "../lib/segment-i18n"
import type { AdminSegmentField, RuleNode } from "../lib/segment-types"

type Condition = Extract<RuleNode, { field: string }>
type Purchase = {
  category_ids?: string[]
  product_ids?: string[]
  within_days?: number
  min_orders?: number
}

const MAX_DEPTH = 5

const defaultValue = (field: AdminSegmentField, op: string): unknown => {
  if (op === "is_set" || op === "is_not_set") return undefined
  if (op === "within_last_days" || op === "before_days_ago") return 30
  if (op === "purchased") return { within_days: 90 }
  if (op === "between") return [0, 100]
  if (field.type === "boolean") return true
  if (field.type === "enum")
    return op === "in" || op === "nin" ? [field.values?.[0]] : field.values?.[0]
  if (op === "in" || op === "nin") return []
  if (field.type === "text" || field.type === "tags") return ""
  return field.min ?? 0
}

export const newCondition = (fields: AdminSegmentField[]): Condition => {
  const field = fields.find((f) => f.key === "order_count") ?? fields[0]
  return { field: field.key, op: "gte", value: 1 } as Condition
}

const numberOrText = (field: AdminSegmentField, raw: string) =>
  ["money", "integer", "ratio"].includes(field.type) &&
  raw.trim() !== "" &&
  !Number.isNaN(Number(raw))
    ? Number(raw)
    : raw.trim()

const splitList = (raw: string) =>
  raw
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)

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

const ValueEditor = ({
  field,
  node,
  onChange,
}: {
  field: AdminSegmentField
  node: Condition
  onChange: (value: unknown) => void
}) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const { op, value } = node
  if (op === "is_set" || op === "is_not_set") return null
  if (op === "within_last_days" || op === "before_days_ago") {
    return (
      <div className="flex items-center gap-x-2">
        <Input
          type="number"
          size="small"
          aria-label={t("segments.builder.value")}
          value={String(value ?? "")}
          onChange={(e) =>
            onChange(e.target.value === "" ? "" : Number(e.target.value))
          }
        />
        <Text size="small">{t("segments.builder.days")}</Text>
      </div>
    )
  }
  if (op === "purchased") {
    const purchase = (value ?? {}) as Purchase
    const set = (patch: Partial<Purchase>) => {
      const next: Record<string, unknown> = { ...purchase, ...patch }
      for (const key of Object.keys(next)) {
        const v = next[key]
        if (
          v === undefined ||
          (Array.isArray(v) && !v.length) ||
          Number.isNaN(v)
        )
          delete next[key]
      }
      onChange(next)
    }
    return (
      <div className="grid grid-cols-2 gap-2">
        <Input
          size="small"
          placeholder={t("segments.builder.categories")}
          aria-label={t("segments.builder.categories")}
          defaultValue={purchase.category_ids?.join(", ") ?? ""}
          onChange={(e) => set({ category_ids: splitList(e.target.value) })}
        />
        <Input
          size="small"
          placeholder={t("segments.builder.products")}
          aria-label={t("segments.builder.products")}
          defaultValue={purchase.product_ids?.join(", ") ?? ""}
          onChange={(e) => set({ product_ids: splitList(e.target.value) })}
        />
        <Input
          size="small"
          type="number"
          placeholder={t("segments.builder.withinDays")}
          aria-label={t("segments.builder.withinDays")}
          value={purchase.within_days ?? ""}
          onChange={(e) =>
            set({
              within_days:
                e.target.value === "" ? undefined : Number(e.target.value),
            })
          }
        />
        <Input
          size="small"
          type="number"
          placeholder={t("segments.builder.minOrders")}
          aria-label={t("segments.builder.minOrders")}
          value={purchase.min_orders ?? ""}
          onChange={(e) =>
            set({
              min_orders:
                e.target.value === "" ? undefined : Number(e.target.value),
            })
          }
        />
      </div>
    )
  }
  if (field.type === "boolean") {
    return (
      <Select
        size="small"
        value={String(value)}
        onValueChange={(v) => onChange(v === "true")}
      >
        <Select.Trigger aria-label={t("segments.builder.value")}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value="true">{t("segments.builder.yes")}</Select.Item>
          <Select.Item value="false">{t("segments.builder.no")}</Select.Item>
        </Select.Content>
      </Select>
    )
  }
  if (field.type === "enum" && op !== "in" && op !== "nin") {
    return (
      <Select size="small" value={String(value ?? "")} onValueChange={onChange}>
        <Select.Trigger aria-label={t("segments.builder.value")}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {field.values?.map((v) => (
            <Select.Item key={v} value={v}>
              {v}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    )
  }
  if (op === "between") {
    const [low, high] = (Array.isArray(value) ? value : [0, 0]) as number[]
    const num = (raw: string) => (raw === "" ? "" : Number(raw))
    return (
      <div className="flex items-center gap-x-2">
        <Input
          size="small"
          type="number"
          aria-label={t("segments.builder.from")}
          value={String(low ?? "")}
          onChange={(e) => onChange([num(e.target.value), high])}
        />
        <Text size="small">–</Text>
        <Input
          size="small"
          type="number"
          aria-label={t("segments.builder.to")}
          value={String(high ?? "")}
          onChange={(e) => onChange([low, num(e.target.value)])}
        />
      </div>
    )
  }
  if (op === "in" || op === "nin") {
    return (
      <Input
        size="small"
        aria-label={t("segments.builder.value")}
        placeholder={t("segments.builder.listHint")}
        defaultValue={Array.isArray(value) ? value.join(", ") : ""}
        onChange={(e) =>
          onChange(
            splitList(e.target.value).map((part) => numberOrText(field, part))
          )
        }
      />
    )
  }
  const numeric = ["money", "integer", "ratio"].includes(field.type)
  return (
    <Input
      size="small"
      type={numeric ? "number" : "text"}
      aria-label={t("segments.builder.value")}
      value={String(value ?? "")}
      onChange={(e) =>
        onChange(
          numeric
            ? e.target.value === ""
              ? ""
              : Number(e.target.value)
            : e.target.value
        )
      }
    />
  )
}

const ConditionEditor = ({
  node,
  path,
  fields,
  issues,
  onChange,
  onRemove,
}: {
  node: Condition
  path: string
  fields: AdminSegmentField[]
  issues: RuleIssue[]
  onChange: (node: RuleNode) => void
  onRemove: () => void
}) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const language = useRuleLanguage()
  const field = fields.find((f) => f.key === node.field) ?? fields[0]
  return (
    <div className="flex flex-col gap-y-1" data-testid={`condition-${path}`}>
      <div className="flex flex-wrap items-start gap-2">
        <Select
          size="small"
          value={field.key}
          onValueChange={(key) => {
            const next = fields.find((f) => f.key === key)!
            const op = next.operators.includes(node.op)
              ? node.op
              : next.operators[0]
            onChange({
              field: key,
              op,
              value: defaultValue(next, op),
            } as Condition)
          }}
        >
          <Select.Trigger
            aria-label={t("segments.builder.field")}
            className="w-56"
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
          onValueChange={(op) =>
            onChange({
              field: field.key,
              op,
              value: defaultValue(field, op),
            } as Condition)
          }
        >
          <Select.Trigger
            aria-label={t("segments.builder.operator")}
            className="w-44"
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
        <div className="min-w-[12rem] flex-1">
          <ValueEditor
            key={`${field.key}-${node.op}`}
            field={field}
            node={node}
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
  fields,
  issues,
  onChange,
  onRemove,
}: {
  node: RuleNode
  path: string
  depth: number
  fields: AdminSegmentField[]
  issues: RuleIssue[]
  onChange: (node: RuleNode) => void
  onRemove?: () => void
}) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
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
          fields={fields}
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
        fields={fields}
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
          onValueChange={(k) =>
            onChange(k === "all" ? { all: children } : { any: children })
          }
        >
          <Select.Trigger className="w-36">
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
          fields={fields}
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
