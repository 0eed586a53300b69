import type { ProviderSendNotificationDTO } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { CreateEmailOptions } from "resend"
import type { ResendOptions } from "./options"

const text = (value: unknown) => (typeof value === "string" ? value : undefined)

/**
 * The Resend email for a notification. Marketing messages carry the one-click
 * unsubscribe headers bulk-sender rules ask for (RFC 8058): the signed URL the
 * dispatcher put in `data.unsubscribe_url`.
 */
export function toResendEmail(
  notification: ProviderSendNotificationDTO,
  options: ResendOptions
): CreateEmailOptions {
  const data = notification.data ?? {}
  const subject = notification.content?.subject ?? text(data.subject)
  const html = notification.content?.html ?? text(data.html)
  const plain = notification.content?.text ?? text(data.text)
  if (!subject || !(html || plain)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Notification for template ${notification.template} has no subject or body`
    )
  }
  const unsubscribeUrl = text(data.unsubscribe_url)
  const headers = unsubscribeUrl
    ? {
        "List-Unsubscribe": `<${unsubscribeUrl}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      }
    : undefined
  const body = html ? { html, text: plain } : { text: plain as string }
  return {
    from: notification.from || options.from,
    to: [notification.to],
    subject,
    ...body,
    ...(options.reply_to ? { replyTo: options.reply_to } : {}),
    ...(headers ? { headers } : {}),
  }
}
