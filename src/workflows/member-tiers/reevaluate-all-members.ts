import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBER_SEGMENT_MODULE } from "../../module-keys"
import type MemberSegmentModuleService from "../../modules/member-segment/service"
import { evaluateMemberTiersWorkflow } from "./evaluate-member-tiers"

const PAGE_SIZE = 500

export type ReevaluateAllOptions = {
  now?: Date
  allow_downgrade?: boolean
  ladder_changed?: boolean
}

/**
 * Every member through the tier evaluation, a page at a time in customer id
 * order. A stopped run loses nothing and a repeated one moves nobody twice:
 * each page decides from the facts, under the members' locks.
 */
export async function reevaluateAllMembers(
  container: MedusaContainer,
  options: ReevaluateAllOptions
) {
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  let cursor = ""
  let evaluated = 0
  let moved = 0
  for (;;) {
    const page = await segments.listMemberIdsPage(cursor, PAGE_SIZE)
    if (!page.length) break
    const { result } = await evaluateMemberTiersWorkflow(container).run({
      input: { customer_ids: page, ...options },
    })
    evaluated += page.length
    moved += result.moves.length
    cursor = page[page.length - 1]
  }
  return { evaluated, moved }
}
