import {
  Badge,
  Button,
  Container,
  Heading,
  Switch,
  Table,
  Text,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import { useReminders, useUpdateReminder } from "../hooks/reminders"
import { useReminderStrings } from "../lib/reminder-i18n"
import type { AdminReminder } from "../lib/reminder-types"
import { LoadError } from "./load-error"
import { ReminderEditDrawer } from "./reminder-edit-drawer"

const ReminderRow = ({
  reminder,
  onEdit,
}: {
  reminder: AdminReminder
  onEdit: () => void
}) => {
  const t = useReminderStrings()
  const update = useUpdateReminder(reminder.key)
  return (
    <Table.Row data-testid={`reminder-${reminder.key}`}>
      <Table.Cell>
        <div className="flex items-center gap-x-2">
          <Text size="small" weight="plus">
            {t.names[reminder.key]}
          </Text>
          {reminder.needs && (
            <Badge size="2xsmall">{t.needs[reminder.needs]}</Badge>
          )}
        </div>
      </Table.Cell>
      <Table.Cell>
        <Badge
          size="2xsmall"
          color={reminder.category === "marketing" ? "purple" : "blue"}
        >
          {t.kinds[reminder.category]}
        </Badge>
      </Table.Cell>
      <Table.Cell>
        <Switch
          aria-label={t.names[reminder.key]}
          checked={reminder.enabled}
          disabled={update.isPending}
          onCheckedChange={(enabled) =>
            update.mutate(
              { enabled },
              { onError: (error) => toast.error(error.message) }
            )
          }
        />
      </Table.Cell>
      <Table.Cell>{reminder.counts_7d.sent}</Table.Cell>
      <Table.Cell>{reminder.counts_7d.suppressed}</Table.Cell>
      <Table.Cell>{reminder.counts_7d.failed}</Table.Cell>
      <Table.Cell className="text-right">
        <Button size="small" variant="secondary" onClick={onEdit}>
          {t.edit}
        </Button>
      </Table.Cell>
    </Table.Row>
  )
}

/** Every reminder with its switch and its last-7-days counts; Edit opens the drawer. */
export const ReminderTable = () => {
  const t = useReminderStrings()
  const { data, isPending, error, refetch } = useReminders()
  const [editing, setEditing] = useState<AdminReminder | null>(null)
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>{t.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t.description}
        </Text>
      </div>
      {error ? (
        <LoadError message={t.loadError} onRetry={() => refetch()} />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t.columns.reminder}</Table.HeaderCell>
              <Table.HeaderCell>{t.columns.kind}</Table.HeaderCell>
              <Table.HeaderCell>{t.columns.on}</Table.HeaderCell>
              <Table.HeaderCell>{t.columns.sent}</Table.HeaderCell>
              <Table.HeaderCell>{t.columns.suppressed}</Table.HeaderCell>
              <Table.HeaderCell>{t.columns.failed}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {isPending
              ? null
              : data.map((reminder) => (
                  <ReminderRow
                    key={reminder.key}
                    reminder={reminder}
                    onEdit={() => setEditing(reminder)}
                  />
                ))}
          </Table.Body>
        </Table>
      )}
      {editing && (
        <ReminderEditDrawer
          reminder={editing}
          open={!!editing}
          onOpenChange={(open) => !open && setEditing(null)}
        />
      )}
    </Container>
  )
}
