import { Drawer, Text } from "@medusajs/ui"
import { useMessage } from "../hooks/reminders"
import { useReminderStrings } from "../lib/reminder-i18n"

/** One message as it was rendered and sent (nothing left once the member was erased). */
export const MessageDrawer = ({
  id,
  onClose,
}: {
  id: string | null
  onClose: () => void
}) => {
  const t = useReminderStrings()
  const { data } = useMessage(id)
  return (
    <Drawer open={!!id} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content className="max-w-3xl">
        <Drawer.Header>
          <Drawer.Title>{data?.subject ?? t.messages.rendered}</Drawer.Title>
          <Drawer.Description className="sr-only">
            {t.messages.rendered}
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {data && (
            <>
              <Text size="small" className="text-ui-fg-subtle">
                {[
                  data.recipient,
                  data.channel,
                  data.locale,
                  data.status,
                  data.reason,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </Text>
              {data.rendered?.html && (
                <iframe
                  title="message"
                  sandbox=""
                  className="h-96 w-full rounded border bg-white"
                  srcDoc={data.rendered.html}
                />
              )}
              {data.rendered?.text && (
                <pre className="txt-compact-small whitespace-pre-wrap rounded border p-3">
                  {data.rendered.text}
                </pre>
              )}
            </>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
