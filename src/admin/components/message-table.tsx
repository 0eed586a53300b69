import {
  Badge,
  Button,
  Container,
  Heading,
  Input,
  Select,
  Table,
  Text,
} from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { useMessages, type MessageFilters } from "../hooks/reminders"
import { useFormatters } from "../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../i18n/define"
import { channelName, messageReason } from "../lib/message-reason"
import {
  MESSAGE_STATUSES,
  REMINDER_KEYS,
  type AdminMessage,
  type MessageStatus,
} from "../lib/reminder-types"
import { LoadError } from "./load-error"
import { MessageDrawer } from "./message-drawer"

const PAGE = 20
const ALL = "all"
// A table cell ignores max-width: cap (and ellipsize) a block inside it instead.
const Truncated = ({ children }: { children: ReactNode }) => (
  <div className="truncate" style={{ maxWidth: "20rem" }}>
    {children}
  </div>
)
const STATUS_COLOR: Record<MessageStatus, "grey" | "green" | "orange" | "red"> =
  {
    queued: "grey",
    sent: "green",
    suppressed: "orange",
    failed: "red",
  }

/** The message log: filters by member, reminder and status; a row opens the rendered message. */
export const MessageTable = () => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  const [filters, setFilters] = useState<MessageFilters>({
    offset: 0,
    limit: PAGE,
  })
  const [open, setOpen] = useState<string | null>(null)
  const { data, error, refetch } = useMessages(filters)
  const set = (change: Partial<MessageFilters>) =>
    setFilters((f) => ({ ...f, ...change, offset: 0 }))
  const none = t("reminders.messages.none")
  const sourceName = (m: AdminMessage) =>
    (REMINDER_KEYS as readonly string[]).includes(m.source_id)
      ? t(`reminders.names.${m.source_id as (typeof REMINDER_KEYS)[number]}`)
      : m.source_id
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>{t("reminders.messages.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("reminders.messages.description")}
        </Text>
      </div>
      <div className="flex gap-x-2 px-6 py-3">
        <Input
          aria-label={t("reminders.messages.customer")}
          placeholder={t("reminders.messages.customer")}
          onChange={(e) =>
            set({ customer_id: e.target.value.trim() || undefined })
          }
        />
        <Select
          value={filters.source_id ?? ALL}
          onValueChange={(v) => set({ source_id: v === ALL ? undefined : v })}
        >
          <Select.Trigger aria-label={t("reminders.messages.source")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>
              {t("reminders.messages.allSources")}
            </Select.Item>
            {REMINDER_KEYS.map((key) => (
              <Select.Item key={key} value={key}>
                {t(`reminders.names.${key}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Select
          value={filters.status ?? ALL}
          onValueChange={(v) => set({ status: v === ALL ? undefined : v })}
        >
          <Select.Trigger aria-label={t("reminders.messages.status")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>
              {t("reminders.messages.allStatuses")}
            </Select.Item>
            {MESSAGE_STATUSES.map((status) => (
              <Select.Item key={status} value={status}>
                {t(`reminders.messages.statuses.${status}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {error ? (
        <LoadError
          message={t("reminders.messages.loadError")}
          onRetry={() => refetch()}
        />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>
                {t("reminders.messages.source")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("reminders.messages.status")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("reminders.messages.reason")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("reminders.messages.channel")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("reminders.messages.subject")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("reminders.messages.created")}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data?.messages.map((message) => (
              <Table.Row
                key={message.id}
                data-testid={`message-${message.id}`}
                className="cursor-pointer"
                onClick={() => setOpen(message.id)}
              >
                <Table.Cell>{sourceName(message)}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={STATUS_COLOR[message.status]}>
                    {t(`reminders.messages.statuses.${message.status}`)}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  <Truncated>
                    {messageReason(t, format, message.reason)}
                  </Truncated>
                </Table.Cell>
                <Table.Cell>{channelName(t, message.channel)}</Table.Cell>
                <Table.Cell>
                  <Truncated>{message.subject ?? none}</Truncated>
                </Table.Cell>
                <Table.Cell>{format.dateTime(message.created_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {data && !data.messages.length && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          {t("reminders.messages.empty")}
        </Text>
      )}
      <div className="flex items-center justify-end gap-x-2 px-6 py-3">
        <Text
          size="small"
          className="text-ui-fg-subtle"
          data-testid="messages-range"
        >
          {data && data.count > 0
            ? t("reminders.messages.range", {
                count: data.count,
                from: format.number(data.offset + 1),
                to: format.number(data.offset + data.messages.length),
              })
            : ""}
        </Text>
        <Button
          size="small"
          variant="secondary"
          disabled={filters.offset === 0}
          onClick={() =>
            setFilters((f) => ({ ...f, offset: Math.max(0, f.offset - PAGE) }))
          }
        >
          {t("reminders.messages.previous")}
        </Button>
        <Button
          size="small"
          variant="secondary"
          disabled={!data || data.offset + PAGE >= data.count}
          onClick={() => setFilters((f) => ({ ...f, offset: f.offset + PAGE }))}
        >
          {t("reminders.messages.next")}
        </Button>
      </div>
      <MessageDrawer id={open} onClose={() => setOpen(null)} />
    </Container>
  )
}
