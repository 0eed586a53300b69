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
import { useTranslation } from "react-i18next"
import { useFormatters } from "../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../i18n/define"
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
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  const update = useUpdateReminder(reminder.key)
  const name = t(`reminders.names.${reminder.key}`)
  return (
    <Table.Row data-testid={`reminder-${reminder.key}`}>
      <Table.Cell>
        <div className="flex items-center gap-x-2">
          <Text size="small" weight="plus">
            {name}
          </Text>
        </div>
      </Table.Cell>
      <Table.Cell>
        <Badge
          size="2xsmall"
          color={reminder.category === "marketing" ? "purple" : "blue"}
        >
          {t(`reminders.kinds.${reminder.category}`)}
        </Badge>
      </Table.Cell>
      <Table.Cell>
        <Switch
          aria-label={name}
          checked={reminder.enabled}
          disabled={update.isPending}
          onCheckedChange={(enabled) =>
            update.mutate(
              { enabled },
              {
                onSuccess: () =>
                  toast.success(
                    t(
                      enabled
                        ? "reminders.switchedOn"
                        : "reminders.switchedOff",
                      { name }
                    )
                  ),
                onError: (error) => toast.error(error.message),
              }
            )
          }
        />
      </Table.Cell>
      <Table.Cell data-testid="count-sent">
        {format.number(reminder.counts_7d.sent)}
      </Table.Cell>
      <Table.Cell data-testid="count-suppressed">
        {format.number(reminder.counts_7d.suppressed)}
      </Table.Cell>
      <Table.Cell data-testid="count-failed">
        {format.number(reminder.counts_7d.failed)}
      </Table.Cell>
      <Table.Cell className="text-right">
        <Button size="small" variant="secondary" onClick={onEdit}>
          {t("reminders.edit")}
        </Button>
      </Table.Cell>
    </Table.Row>
  )
}

/** Every reminder with its switch and its last-7-days counts; Edit opens the drawer. */
export const ReminderTable = () => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const { data, isPending, error, refetch } = useReminders()
  const [editing, setEditing] = useState<AdminReminder | null>(null)
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>{t("reminders.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("reminders.description")}
        </Text>
      </div>
      {error ? (
        <LoadError
          message={t("reminders.loadError")}
          onRetry={() => refetch()}
        />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>
                {t("reminders.columns.reminder")}
              </Table.HeaderCell>
              <Table.HeaderCell>{t("reminders.columns.kind")}</Table.HeaderCell>
              <Table.HeaderCell>{t("reminders.columns.on")}</Table.HeaderCell>
              <Table.HeaderCell>{t("reminders.columns.sent")}</Table.HeaderCell>
              <Table.HeaderCell>
                {t("reminders.columns.suppressed")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("reminders.columns.failed")}
              </Table.HeaderCell>
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
