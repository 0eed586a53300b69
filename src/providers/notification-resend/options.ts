import { MedusaError } from "@medusajs/framework/utils"
import { z } from "zod"

export const ResendOptionsSchema = z
  .object({
    api_key: z.string().min(1, "api_key is required"),
    from: z.string().min(3, "from is required (e.g. Shop <shop@example.com>)"),
    reply_to: z.string().min(3).optional(),
    /** The API's base URL; a local stand-in in tests. Default: Resend's, or RESEND_BASE_URL. */
    base_url: z.string().url().optional(),
    /** Requests per second this process sends at most (Resend's default account limit is low). */
    requests_per_second: z.number().positive().max(1000).default(2),
    /** Retries of a 429 or 5xx answer (or a network error), with exponential backoff. */
    max_retries: z.number().int().min(0).max(10).default(4),
    retry_base_ms: z.number().int().min(1).max(60_000).default(500),
    channels: z.array(z.string()).optional(),
  })
  .passthrough()

export type ResendOptions = z.infer<typeof ResendOptionsSchema>

export function parseResendOptions(raw: unknown): ResendOptions {
  const result = ResendOptionsSchema.safeParse(raw ?? {})
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join(".") || "options"}: ${issue.message}`
    )
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `notification-resend: invalid provider options: ${problems.join("; ")}`
    )
  }
  return result.data
}
