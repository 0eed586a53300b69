import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import {
  AbstractNotificationProviderService,
  MedusaError,
} from "@medusajs/framework/utils"
import { Resend } from "resend"
import { parseResendOptions, type ResendOptions } from "./options"
import { createPacer } from "./pacer"
import { toResendEmail } from "./payload"
import { withRetries, type SendAttempt } from "./retry"

type Dependencies = { logger: Logger }

// The Notification module hands the provider the whole notification record.
type NotificationWithKey = ProviderSendNotificationDTO & {
  idempotency_key?: string | null
}

const retryAfterMs = (headers: Record<string, string> | null) => {
  const seconds = Number(headers?.["retry-after"])
  return Number.isFinite(seconds) ? seconds * 1000 : undefined
}

/** Email through Resend: idempotent, paced, retried on 429 and 5xx. */
class ResendNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "notification-resend"

  protected readonly options_: ResendOptions
  protected readonly client_: Resend
  protected readonly logger_: Logger
  protected readonly pace_: () => Promise<void>

  static validateOptions(options: Record<string, unknown>) {
    parseResendOptions(options)
  }

  constructor({ logger }: Dependencies, options: Record<string, unknown>) {
    super()
    this.options_ = parseResendOptions(options)
    this.logger_ = logger
    this.client_ = new Resend(this.options_.api_key, {
      ...(this.options_.base_url ? { baseUrl: this.options_.base_url } : {}),
    })
    this.pace_ = createPacer(this.options_.requests_per_second)
  }

  async send(
    notification: NotificationWithKey
  ): Promise<ProviderSendNotificationResultsDTO> {
    const email = toResendEmail(notification, this.options_)
    const idempotencyKey = notification.idempotency_key ?? undefined
    const attempt = async (): Promise<SendAttempt<string>> => {
      await this.pace_()
      const { data, error, headers } = await this.client_.emails.send(email, {
        idempotencyKey,
      })
      if (data) return { ok: true, value: data.id }
      const status =
        (error as { statusCode?: number | null } | null)?.statusCode ?? null
      this.logger_.warn(
        `Resend answered ${status ?? "no response"} for ${notification.template}: ${error?.message}`
      )
      return {
        ok: false,
        status,
        message: error?.message ?? "unknown error",
        retryAfterMs: retryAfterMs(headers),
      }
    }
    const result = await withRetries(attempt, {
      retries: this.options_.max_retries,
      baseMs: this.options_.retry_base_ms,
    })
    if (!result.ok) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Resend did not accept the email (${result.status ?? "no response"}): ${result.message}`
      )
    }
    return { id: result.value }
  }
}

export default ResendNotificationProviderService
