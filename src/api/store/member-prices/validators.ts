import { z } from "zod"

const ids = z.preprocess(
  (value) =>
    value === undefined ? undefined : Array.isArray(value) ? value : [value],
  z.array(z.string().min(1).max(100)).min(1).max(100)
)

export const StoreMemberPricesParams = z
  .object({
    variant_id: ids,
    region_id: z.string().min(1).max(100),
  })
  .strict()
export type StoreMemberPricesParamsType = z.infer<
  typeof StoreMemberPricesParams
>
