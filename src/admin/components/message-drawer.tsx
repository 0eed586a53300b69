import { Drawer, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useMessage } from "../hooks/reminders"
import { useFormatters } from "../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../i18n/define"
import { channelName, messageReason } from "../lib/message-reason"

/** One message as it was rendered and sent (nothing left once the member was erased). */
export const MessageDrawer = ({
  id,
  onClose,
}: {
  id: string | null
  onClose: () => void
}) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  const { data } = useMessage(id)
  const none = t("reminders.messages.none")
  const facts = data
    ? [
        [t("reminders.messages.recipient"), data.recipient ?? none],
        [t("reminders.messages.channel"), channelName(t, data.channel)],
        [
          t("reminders.messages.locale"),
          data.locale === "en" || data.locale === "zh-CN"
            ? t(`reminders.languages.${data.locale}`)
            : (data.locale ?? none),
        ],
        [
          t("reminders.messages.status"),
          t(`reminders.messages.statuses.${data.status}`),
        ],
        [t("reminders.messages.reason"), messageReason(t, format, data.reason)],
        [
          t("reminders.messages.sent"),
          data.sent_at ? format.dateTime(data.sent_at) : none,
        ],
      ]
    : []
  return (
    <Drawer open={!!id} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content className="max-w-3xl" data-testid="message-drawer">
        <Drawer.Header>
          <Drawer.Title>
            {data?.subject ?? t("reminders.messages.rendered")}
          </Drawer.Title>
          <Drawer.Description className="sr-only">
            {t("reminders.messages.rendered")}
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {data && (
            <>
              <dl className="grid grid-cols-[auto,1fr] gap-x-4 gap-y-1">
                {facts.map(([label, value]) => (
                  <div key={label} className="contents">
                    <Text as="span" size="small" className="text-ui-fg-subtle">
                      {label}
                    </Text>
                    <Text as="span" size="small">
                      {value}
                    </Text>
                  </div>
                ))}
              </dl>
              {data.rendered?.html && (
                <iframe
                  title={t("reminders.messages.rendered")}
                  sandbox=""
                  className="w-full rounded border"
                  style={{ height: "24rem", backgroundColor: "white" }}
                  srcDoc={data.rendered.html}
                />
              )}
              {data.rendered?.text && (
                <pre className="txt-compact-small whitespace-pre-wrap break-words rounded border p-3">
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
