import { z } from "zod"

/** The signed token of an unsubscribe link; whether it is genuine and current is checked after. */
export const StoreUnsubscribeParams = z
  .object({
    token: z
      .string({ message: "token is required" })
      .min(1, "token is required")
      .max(2000),
  })
  .strict()
export type StoreUnsubscribeParamsType = z.infer<typeof StoreUnsubscribeParams>

// RFC 8058: mail clients POST "List-Unsubscribe=One-Click" as a form body.
export const StoreUnsubscribeBody = z
  .object({ "List-Unsubscribe": z.literal("One-Click").optional() })
  .strict()
