import { z } from "zod"
import { MedusaError } from "@medusajs/framework/utils"

/** The data-layer options every plugin module receives (README "Configuration"). */
export const memberDataOptionsSchema = z.object({
  membershipCurrency: z
    .string()
    .regex(
      /^[A-Za-z]{3}$/,
      "membershipCurrency must be a 3-letter ISO 4217 code such as eur"
    )
    .optional(),
})

export type MemberDataOptions = z.infer<typeof memberDataOptionsSchema>

/** Validates options once at boot; a bad value stops startup with the field named. */
export function parsePluginOptions<T extends z.ZodTypeAny>(
  schema: T,
  options: unknown
): z.infer<T> {
  const parsed = schema.safeParse(options ?? {})
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`)
      .join("; ")
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `medusa-plugin-membership options are invalid: ${problems}`
    )
  }
  return parsed.data
}
