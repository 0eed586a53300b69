import { z } from "zod"
import {
  MESSAGE_SOURCES,
  MESSAGE_STATUSES,
} from "../../../modules/member-campaign/models/message"

export const AdminListMessagesParams = z
  .object({
    customer_id: z.string().min(1).optional(),
    source: z.enum(MESSAGE_SOURCES).optional(),
    source_id: z.string().min(1).max(100).optional(),
    status: z.enum(MESSAGE_STATUSES).optional(),
    channel: z.string().min(1).max(20).optional(),
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict()
export type AdminListMessagesParamsType = z.infer<
  typeof AdminListMessagesParams
>
