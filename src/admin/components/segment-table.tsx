import {
  Badge,
  Button,
  Container,
  Heading,
  Table,
  Text,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import {
  useDeleteSegment,
  useRefreshSegment,
  useSegmentPresets,
  useSegments,
} from "../hooks/segments"
import { useFormatters } from "../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../i18n/define"
import { useRuleLanguage } from "../lib/segment-i18n"
import type { AdminSegment, RuleNode } from "../lib/segment-types"
import { LoadError } from "./load-error"
import { RelativeDate } from "./relative-date"
import { SegmentBuilderDrawer } from "./segment-builder-drawer"
import { SegmentExplainDrawer } from "./segment-explain"

type Editing = { id?: string; name: string; rule: RuleNode | null; key: number }

const PresetGallery = ({
  onUse,
}: {
  onUse: (name: string, rule: RuleNode) => void
}) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const language = useRuleLanguage()
  const format = useFormatters()
  const { data } = useSegmentPresets()
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <div>
        <Heading level="h2">{t("segments.discover.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("segments.discover.description")}
        </Text>
      </div>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        {data?.map((preset) => (
          <div
            key={preset.key}
            className="flex flex-col gap-y-1 rounded-md border border-ui-border-base p-3"
            data-testid={`preset-${preset.key}`}
          >
            <Text size="small" weight="plus">
              {preset.label[language]}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {preset.summary?.[language] ?? preset.description[language]}
            </Text>
            {preset.stats && (
              <Text size="xsmall">
                {t("segments.discover.members", {
                  count: preset.stats.count,
                  members: format.number(preset.stats.count),
                })}{" "}
                ·{" "}
                {t("segments.discover.revenue", {
                  share: format.percent(preset.stats.revenue_share),
                })}
              </Text>
            )}
            {!preset.available && (
              <Badge size="2xsmall" className="w-fit">
                {t("segments.discover.unavailable")}
              </Badge>
            )}
            {preset.rule && (
              <Button
                size="small"
                variant="secondary"
                className="w-fit"
                onClick={() => onUse(preset.label[language], preset.rule!)}
              >
                {t("segments.discover.use")}
              </Button>
            )}
          </div>
        ))}
      </div>
    </Container>
  )
}

const SegmentRow = ({
  segment,
  onEdit,
  onExplain,
}: {
  segment: AdminSegment
  onEdit: () => void
  onExplain: () => void
}) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const language = useRuleLanguage()
  const format = useFormatters()
  const refresh = useRefreshSegment()
  const remove = useDeleteSegment()
  return (
    <Table.Row data-testid={`segment-${segment.id}`}>
      <Table.Cell>
        <button type="button" className="text-left" onClick={onExplain}>
          <Text size="small" weight="plus">
            {segment.name}
          </Text>
        </button>
      </Table.Cell>
      <Table.Cell className="max-w-md truncate">
        {segment.summary[language]}
      </Table.Cell>
      <Table.Cell>{format.number(segment.count)}</Table.Cell>
      <Table.Cell>{format.percent(segment.share)}</Table.Cell>
      <Table.Cell>
        {segment.computed_at ? (
          <RelativeDate iso={segment.computed_at} />
        ) : (
          t("segments.never")
        )}
      </Table.Cell>
      <Table.Cell className="flex justify-end gap-x-2">
        <Button
          size="small"
          variant="secondary"
          isLoading={refresh.isPending}
          onClick={() =>
            refresh.mutate(segment.id, {
              onSuccess: (r) =>
                toast.success(
                  t("segments.refreshed", {
                    entered: format.number(r.entered),
                    exited: format.number(r.exited),
                  })
                ),
              onError: (e) => toast.error(e.message),
            })
          }
        >
          {t("segments.refresh")}
        </Button>
        <Button size="small" variant="secondary" onClick={onEdit}>
          {t("segments.edit")}
        </Button>
        <Button
          size="small"
          variant="danger"
          isLoading={remove.isPending}
          onClick={() =>
            remove.mutate(segment.id, {
              onSuccess: () => toast.success(t("segments.deleted")),
            })
          }
        >
          {t("segments.delete")}
        </Button>
      </Table.Cell>
    </Table.Row>
  )
}

/** Saved segments with their counts, share and freshness; a builder; the discover-groups gallery. */
export const SegmentTable = () => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const { data, error, refetch } = useSegments()
  const [editing, setEditing] = useState<Editing | null>(null)
  const [explaining, setExplaining] = useState<AdminSegment | null>(null)
  return (
    <>
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading>{t("segments.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("segments.description")}
            </Text>
          </div>
          <Button
            size="small"
            onClick={() =>
              setEditing({ name: "", rule: null, key: Date.now() })
            }
          >
            {t("segments.create")}
          </Button>
        </div>
        {error ? (
          <LoadError
            message={t("segments.loadError")}
            onRetry={() => refetch()}
          />
        ) : data && !data.segments.length ? (
          <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
            {t("segments.empty")}
          </Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>
                  {t("segments.columns.name")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("segments.columns.rule")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("segments.columns.count")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("segments.columns.share")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("segments.columns.freshness")}
                </Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data?.segments.map((segment) => (
                <SegmentRow
                  key={segment.id}
                  segment={segment}
                  onEdit={() =>
                    setEditing({
                      id: segment.id,
                      name: segment.name,
                      rule: segment.rule,
                      key: Date.now(),
                    })
                  }
                  onExplain={() => setExplaining(segment)}
                />
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
      <PresetGallery
        onUse={(name, rule) => setEditing({ name, rule, key: Date.now() })}
      />
      {editing && (
        <SegmentBuilderDrawer
          key={editing.key}
          open
          segmentId={editing.id}
          initial={{ name: editing.name, rule: editing.rule }}
          onOpenChange={(open) => !open && setEditing(null)}
        />
      )}
      {explaining && (
        <SegmentExplainDrawer
          segment={explaining}
          onOpenChange={(open) => !open && setExplaining(null)}
        />
      )}
    </>
  )
}
