import { z } from "zod"
import {
  AdminAdjustPoints,
  AdminUpdatePointsProgram,
} from "../../api/admin/points-program/validators"

/** The adjust drawer validates with the server's schema (without the idempotency key). */
export const adjustFormSchema = AdminAdjustPoints.omit({
  idempotency_key: true,
})
export type AdjustFormValues = z.input<typeof adjustFormSchema>

/** The program page edits every field of the server's update schema. */
export const programFormSchema = AdminUpdatePointsProgram.required()
export type ProgramFormValues = z.input<typeof programFormSchema>
