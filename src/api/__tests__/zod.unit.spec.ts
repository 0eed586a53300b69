// eslint-disable-next-line no-restricted-imports -- the one place that compares the two
import { z as frameworkZod } from "@medusajs/framework/zod"
import { z } from "zod"
import { AdminUpdateMember } from "../admin/members/validators"

// The validators import "zod" so the admin can share them; Medusa's body and
// query validation must still see them as its own zod.
describe("the zod the validators use", () => {
  it("is the instance Medusa re-exports", () => {
    expect(z).toBe(frameworkZod)
  })

  it("reports errors Medusa's validation recognises", () => {
    const result = AdminUpdateMember.safeParse({ tags: [1] })
    expect(result.success).toBe(false)
    expect(result.error).toBeInstanceOf(frameworkZod.ZodError)
  })
})
