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
import { useState } from "react"
import { useMessages, type MessageFilters } from "../hooks/reminders"
import { useReminderStrings } from "../lib/reminder-i18n"
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
const STATUS_COLOR: Record<MessageStatus, "grey" | "green" | "orange" | "red"> =
  {
    queued: "grey",
    sent: "green",
    suppressed: "orange",
    failed: "red",
  }
const when = (value: string | null) =>
  value ? new Date(value).toLocaleString() : "–"

/** The message log: filters by member, reminder and status; a row opens the rendered message. */
export const MessageTable = () => {
  const t = useReminderStrings()
  const [filters, setFilters] = useState<MessageFilters>({
    offset: 0,
    limit: PAGE,
  })
  const [open, setOpen] = useState<string | null>(null)
  const { data, error, refetch } = useMessages(filters)
  const set = (change: Partial<MessageFilters>) =>
    setFilters((f) => ({ ...f, ...change, offset: 0 }))
  const sourceName = (m: AdminMessage) =>
    (t.names as Record<string, string>)[m.source_id] ?? m.source_id
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>{t.messages.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t.messages.description}
        </Text>
      </div>
      <div className="flex gap-x-2 px-6 py-3">
        <Input
          aria-label={t.messages.customer}
          placeholder={t.messages.customer}
          onChange={(e) =>
            set({ customer_id: e.target.value.trim() || undefined })
          }
        />
        <Select
          value={filters.source_id ?? ALL}
          onValueChange={(v) => set({ source_id: v === ALL ? undefined : v })}
        >
          <Select.Trigger aria-label={t.messages.source}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item
              value={ALL}
            >{`${t.messages.source}: ${t.messages.all}`}</Select.Item>
            {REMINDER_KEYS.map((key) => (
              <Select.Item key={key} value={key}>
                {t.names[key]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Select
          value={filters.status ?? ALL}
          onValueChange={(v) => set({ status: v === ALL ? undefined : v })}
        >
          <Select.Trigger aria-label={t.messages.status}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item
              value={ALL}
            >{`${t.messages.status}: ${t.messages.all}`}</Select.Item>
            {MESSAGE_STATUSES.map((status) => (
              <Select.Item key={status} value={status}>
                {t.messages.statuses[status]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {error ? (
        <LoadError message={error.message} onRetry={() => refetch()} />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t.messages.source}</Table.HeaderCell>
              <Table.HeaderCell>{t.messages.status}</Table.HeaderCell>
              <Table.HeaderCell>{t.messages.reason}</Table.HeaderCell>
              <Table.HeaderCell>{t.messages.channel}</Table.HeaderCell>
              <Table.HeaderCell>{t.messages.subject}</Table.HeaderCell>
              <Table.HeaderCell>{t.messages.created}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data?.messages.map((message) => (
              <Table.Row
                key={message.id}
                className="cursor-pointer"
                onClick={() => setOpen(message.id)}
              >
                <Table.Cell>{sourceName(message)}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={STATUS_COLOR[message.status]}>
                    {t.messages.statuses[message.status]}
                  </Badge>
                </Table.Cell>
                <Table.Cell>{message.reason ?? "–"}</Table.Cell>
                <Table.Cell>{message.channel}</Table.Cell>
                <Table.Cell className="max-w-xs truncate">
                  {message.subject ?? "–"}
                </Table.Cell>
                <Table.Cell>{when(message.created_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {data && !data.messages.length && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          {t.messages.empty}
        </Text>
      )}
      <div className="flex items-center justify-end gap-x-2 px-6 py-3">
        <Text size="small" className="text-ui-fg-subtle">
          {data
            ? `${Math.min(data.offset + 1, data.count)}–${data.offset + data.messages.length} / ${data.count}`
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
          {t.messages.previous}
        </Button>
        <Button
          size="small"
          variant="secondary"
          disabled={!data || data.offset + PAGE >= data.count}
          onClick={() => setFilters((f) => ({ ...f, offset: f.offset + PAGE }))}
        >
          {t.messages.next}
        </Button>
      </div>
      <MessageDrawer id={open} onClose={() => setOpen(null)} />
    </Container>
  )
}
