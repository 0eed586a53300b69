/**
 * `medusa exec ./bench/lib/reevaluate.ts <ladder|change>` in this
 * repository's dev host (every module real, the plugin's subscribers on), on
 * the database bench:tiers fills.
 *
 * - ladder: saves a four-rung ladder by 365-day spend through save-member-tier
 *   (before any member exists) and waits for its re-evaluation run.
 * - change: times a plain SQL UPDATE of the new assignment (rolled back),
 *   then lowers Gold's threshold through save-member-tier and times until the
 *   re-evaluation run its `member.tier_ladder_changed` subscriber starts (in
 *   this process, as in a server) has completed. Prints BENCH_RESULT=<json>.
 */
import type {
  ExecArgs,
  IWorkflowEngineService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

import { MEMBER_TIER_MODULE } from "../../src/module-keys"
import type MemberTierModuleService from "../../src/modules/member-tier/service"
import type { TierInput } from "../../src/workflows/member-tiers/tier-input"
import { saveTierWorkflowId } from "../../src/workflows/workflow-ids"
import { ASSIGN_TIERS_SQL } from "./assignment"
import { timed } from "./stats"

export const RUNGS: [string, number][] = [
  ["Member", 0],
  ["Silver", 200],
  ["Gold", 500],
  ["VIP", 900],
]
const NEW_GOLD = 400
const TERMINAL = ["completed", "failed", "superseded"]

const tierInput = (name: string, rank: number, threshold: number) =>
  ({
    name,
    handle: name.toLowerCase(),
    rank,
    basis: "spend",
    threshold,
    window: "rolling",
    window_days: 365,
    grace_days: 30,
  }) satisfies TierInput

const saveTier = async (
  container: MedusaContainer,
  input: { id?: string; tier: TierInput }
) => {
  const engine = container.resolve<IWorkflowEngineService>(
    Modules.WORKFLOW_ENGINE
  )
  const { errors } = await engine.run(saveTierWorkflowId, {
    input,
    throwOnError: false,
  })
  if (errors?.length) throw errors[0].error
}

/** Waits until the newest re-evaluation run has finished; returns it. */
const finishedRun = async (tiers: MemberTierModuleService) => {
  for (;;) {
    const [run] = await tiers.listTierReevaluations(
      {},
      { order: { created_at: "DESC" }, take: 1 }
    )
    if (run && TERMINAL.includes(run.status)) return run
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const plainAssignment = async (
  knex: Knex,
  rungs: { id: string; rank: number; threshold: number }[]
) => {
  const now = new Date().toISOString()
  let changed = 0
  const took = await timed(async () => {
    const trx = await knex.transaction()
    try {
      const result = await trx.raw(ASSIGN_TIERS_SQL, [
        JSON.stringify(rungs),
        now,
        now,
      ])
      changed = result.rowCount
    } finally {
      await trx.rollback()
    }
  })
  return { took, changed }
}

export default async function benchReevaluation({ container, args }: ExecArgs) {
  const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
  if (args[0] === "ladder") {
    for (const [rank, [name, threshold]] of RUNGS.entries()) {
      await saveTier(container, { tier: tierInput(name, rank, threshold) })
    }
    await finishedRun(tiers)
    return
  }
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const ladder = await tiers.listTiers({}, { take: null })
  const gold = ladder.find((t) => t.handle === "gold")!
  const baseline = await plainAssignment(
    knex,
    ladder.map((t) => ({
      id: t.id,
      rank: t.rank,
      threshold: t.id === gold.id ? NEW_GOLD : Number(t.threshold),
    }))
  )
  const change = await timed(async () => {
    await saveTier(container, {
      id: gold.id,
      tier: tierInput("Gold", gold.rank, NEW_GOLD),
    })
    await finishedRun(tiers)
  })
  const run = await finishedRun(tiers)
  const result = {
    change: {
      ms: change,
      status: run.status,
      processed: run.processed,
      moved: run.moved,
    },
    baseline: { ms: baseline.took, changed: baseline.changed },
  }
  process.stdout.write(`BENCH_RESULT=${JSON.stringify(result)}\n`)
}
