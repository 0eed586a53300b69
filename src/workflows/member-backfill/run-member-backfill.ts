import type {
  MedusaContainer,
  RemoteQueryFunction,
} from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  generateEntityId,
} from "@medusajs/framework/utils"
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

const STALE_SECONDS = BACKFILL_STALE_AFTER_MS / 1000

// A finished run frees the active slot (a new one may start) and its lease.
const finish = (data: Partial<MemberBackfillDTO>) =>
  data.status === "completed" || data.status === "failed"
    ? { ...data, active_slot: null, runner_id: null }
    : data

/**
 * Runs (or resumes) a backfill from its saved phase and cursor. Pages are idempotent
 * (facts upsert by order, memberships are ensured), so a run killed mid-page repeats
 * that page and nothing is counted twice. The run's lease (runner id + heartbeat,
 * renewed with every page, lapsing after BACKFILL_STALE_AFTER_MS) lets one worker of
 * any number run it. Returns null when another worker holds it.
 */
export async function runMemberBackfill(
  container: MedusaContainer,
  runId: string,
  { batchSize = 250, signal, onProgress }: RunMemberBackfillOptions = {}
): Promise<MemberBackfillDTO | null> {
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const runnerId = generateEntityId(undefined, "mbrrun")
  const claim = () => segments.claimBackfill(runId, runnerId, STALE_SECONDS)
  // Every save renews the lease first; a runner that lost it stops.
  const save = async (data: Partial<MemberBackfillDTO>) => {
    if (!(await claim())) return null
    return await segments.updateMemberBackfills({ id: runId, ...finish(data) })
  }

  if (!(await claim())) {
    const run = await segments.retrieveMemberBackfill(runId)
    return run.status === "completed" ? run : null
  }
  let run: MemberBackfillDTO | null =
    await segments.retrieveMemberBackfill(runId)
  const total =
    run.total ||
    (await countOf(query, "order")) + (await countOf(query, "customer")) + 1
  run = await save({ total })
  if (!run) return null
  logger.info(`${describeBackfill(run)} started`)
  try {
    while (run.phase !== "done" && !signal?.aborted) {
      const next: MemberBackfillDTO | null = await save(
        await advance(container, run, batchSize)
      )
      if (!next) {
        logger.warn(`member backfill ${runId} was taken over by another worker`)
        return null
      }
      run = next
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
    const message = (error as Error).message
    run = (await save({ status: "failed", error: message })) ?? run
    logger.error(`${describeBackfill(run)} failed: ${message}`)
  }
  return run
}
