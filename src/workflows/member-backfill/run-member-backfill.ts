import type {
  MedusaContainer,
  RemoteQueryFunction,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MembershipEvents } from "../../events"
import { MEMBER_SEGMENT_MODULE } from "../../module-keys"
import type MemberSegmentModuleService from "../../modules/member-segment/service"
import { syncMembersWorkflow } from "../member-data/sync-members"
import { backfillOrderFactsWorkflow } from "./backfill-order-facts"
import { describeBackfill, type MemberBackfillDTO } from "./backfill-progress"
import { rebuildMemberMetricsWorkflow } from "./rebuild-member-metrics"

type Query = Omit<RemoteQueryFunction, symbol>

export type RunMemberBackfillOptions = {
  /** Orders or customers per page; each page is one workflow run and one saved cursor. */
  batchSize?: number
  /** Stops between pages, leaving the run resumable from its cursor. */
  signal?: AbortSignal
  /** Called with the saved run after every page. */
  onProgress?: (run: MemberBackfillDTO) => void
}

/** A running backfill whose heartbeat is older than this lost its worker and may be resumed. */
export const BACKFILL_STALE_AFTER_MS = 2 * 60 * 1000
const LOCK_EXPIRE_SECONDS = 6 * 60 * 60

type PagedEntity = "order" | "customer"

async function countOf(query: Query, entity: PagedEntity) {
  const { metadata } = await query.graph({
    entity,
    fields: ["id"],
    filters: entity === "order" ? { is_draft_order: false } : {},
    pagination: { take: 1, skip: 0 },
  })
  return metadata?.count ?? 0
}

async function pageAfter(
  query: Query,
  entity: PagedEntity,
  cursor: string | null,
  take: number
) {
  const filters: Record<string, unknown> = cursor ? { id: { $gt: cursor } } : {}
  if (entity === "order") filters.is_draft_order = false
  const { data } = await query.graph({
    entity,
    fields: ["id"],
    filters,
    pagination: { take, skip: 0, order: { id: "ASC" } },
  })
  return data.map((row: { id: string }) => row.id)
}

async function advance(
  container: MedusaContainer,
  run: MemberBackfillDTO,
  batchSize: number
): Promise<Partial<MemberBackfillDTO>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (run.phase === "metrics") {
    await rebuildMemberMetricsWorkflow(container).run()
    return { phase: "customers", cursor: null, processed: run.processed + 1 }
  }
  const entity: PagedEntity = run.phase === "orders" ? "order" : "customer"
  const ids = await pageAfter(query, entity, run.cursor, batchSize)
  if (!ids.length) {
    return run.phase === "orders"
      ? { phase: "metrics", cursor: null }
      : {
          phase: "done",
          cursor: null,
          status: "completed",
          finished_at: new Date(),
        }
  }
  if (entity === "order") {
    await backfillOrderFactsWorkflow(container).run({ input: ids })
  } else {
    await syncMembersWorkflow(container).run({
      input: {
        customer_ids: ids,
        metrics_scope: "missing",
        emit_events: false,
      },
    })
  }
  return { cursor: ids[ids.length - 1], processed: run.processed + ids.length }
}

async function drive(
  container: MedusaContainer,
  runId: string,
  { batchSize = 250, signal, onProgress }: RunMemberBackfillOptions
) {
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let run = await segments.retrieveMemberBackfill(runId)
  if (run.status === "completed") return run

  const total =
    run.total ||
    (await countOf(query, "order")) + (await countOf(query, "customer")) + 1
  const save = (data: Partial<MemberBackfillDTO>) =>
    segments.updateMemberBackfills({
      id: runId,
      ...data,
      heartbeat_at: new Date(),
    })
  run = await save({
    status: "running",
    started_at: run.started_at ?? new Date(),
    total,
    error: null,
  })
  logger.info(`${describeBackfill(run)} started`)
  try {
    while (run.phase !== "done" && !signal?.aborted) {
      run = await save(await advance(container, run, batchSize))
      logger.info(describeBackfill(run))
      onProgress?.(run)
    }
    if (run.status === "completed") {
      await container.resolve(Modules.EVENT_BUS).emit({
        name: MembershipEvents.BACKFILL_COMPLETED,
        data: { id: run.id },
      })
    }
  } catch (error) {
    run = await save({ status: "failed", error: (error as Error).message })
    logger.error(`${describeBackfill(run)} failed: ${(error as Error).message}`)
  }
  return run
}

/**
 * Runs (or resumes) a backfill from its saved phase and cursor. Pages are idempotent
 * (facts upsert by order, memberships are ensured), so a run killed mid-page repeats
 * that page and nothing is counted twice. Returns null when another runner holds it.
 */
export async function runMemberBackfill(
  container: MedusaContainer,
  runId: string,
  options: RunMemberBackfillOptions = {}
): Promise<MemberBackfillDTO | null> {
  const locking = container.resolve(Modules.LOCKING)
  try {
    return await locking.execute(
      `member-backfill:${runId}`,
      () => drive(container, runId, options),
      {
        timeout: 1,
        expire: LOCK_EXPIRE_SECONDS,
      }
    )
  } catch (error) {
    if ((error as Error).message?.includes("acquiring lock")) return null
    throw error
  }
}
