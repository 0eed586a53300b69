import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  generateEntityId,
} from "@medusajs/framework/utils"
import { MEMBER_TIER_MODULE } from "../../../module-keys"
import type MemberTierModuleService from "../../../modules/member-tier/service"
import type {
  ReevaluationProgress,
  TierReevaluationDTO,
} from "../../../modules/member-tier/types"
import { evaluateMemberTiersWorkflow } from "../evaluate-member-tiers"
import { describeReevaluation } from "./reevaluation-progress"

/** A running re-evaluation whose heartbeat is older than this lost its worker and may be resumed. */
export const REEVALUATION_STALE_AFTER_MS = 2 * 60 * 1000
const STALE_SECONDS = REEVALUATION_STALE_AFTER_MS / 1000

// Database errors carry their whole statement: keep the end, where the cause is.
const errorSummary = ({ message }: Error) =>
  message.length > 400 ? `…${message.slice(-400)}` : message

/** Members per page: one SQL decision, one group batch, one event batch. */
export const REEVALUATION_PAGE_SIZE = 2000

/**
 * Tries a page this often before the run fails: its members' locks may still
 * be held by a page of the run this one superseded (the lock wait times out),
 * and a page decides under those locks, so running it again is safe.
 */
const PAGE_ATTEMPTS = 3

async function retried<T>(
  work: () => Promise<T>,
  onRetry: (error: Error, attempt: number) => void
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work()
    } catch (error) {
      if (attempt >= PAGE_ATTEMPTS) throw error
      onRetry(error as Error, attempt)
    }
  }
}

export type RunTierReevaluationOptions = {
  pageSize?: number
  /** Stops between pages, leaving the run resumable from its cursor. */
  signal?: AbortSignal
  /** Called with the saved progress after every page. */
  onProgress?: (progress: ReevaluationProgress) => void
}

/**
 * Runs (or resumes) a re-evaluation from its saved cursor, a page of members
 * at a time through the tier evaluation, every page deciding at the run's
 * `evaluated_at`. A page decides from the members' facts under their locks,
 * so a page repeated after a crash moves nobody twice and writes nothing. The
 * lease (runner id + heartbeat, renewed with every page) lets one worker of
 * any number run it; a superseded run stops at its next page. Returns null
 * when another worker holds it or it was superseded.
 */
export async function runTierReevaluation(
  container: MedusaContainer,
  runId: string,
  {
    pageSize = REEVALUATION_PAGE_SIZE,
    signal,
    onProgress,
  }: RunTierReevaluationOptions = {}
): Promise<TierReevaluationDTO | null> {
  const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const runnerId = generateEntityId(undefined, "mbrrun")
  if (!(await tiers.claimReevaluation(runId, runnerId, STALE_SECONDS))) {
    return null
  }
  const run = await tiers.retrieveTierReevaluation(runId)
  let progress: ReevaluationProgress = {
    total: run.total || (await tiers.countMemberships()),
    processed: run.processed,
    moved: run.moved,
    cursor: run.cursor,
  }
  const save = async (next: ReevaluationProgress) => {
    if (!(await tiers.saveReevaluation(runId, runnerId, next))) return false
    progress = next
    onProgress?.(next)
    return true
  }
  if (!(await save(progress))) return null
  logger.info(`${describeReevaluation(run, progress)} started`)
  try {
    while (!signal?.aborted) {
      const page = await tiers.listMembershipIdsPage(
        progress.cursor ?? "",
        pageSize
      )
      if (!page.length) {
        await save({
          ...progress,
          total: progress.processed,
          status: "completed",
        })
        break
      }
      const evaluatePage = () =>
        evaluateMemberTiersWorkflow(container).run({
          input: {
            customer_ids: page,
            now: run.evaluated_at,
            allow_downgrade: run.allow_downgrade,
            ladder_changed: run.trigger === "ladder_changed",
          },
        })
      const { result } = await retried(evaluatePage, (error, attempt) =>
        logger.warn(
          `${describeReevaluation(run, progress)}: page failed (attempt ${attempt} of ${PAGE_ATTEMPTS}), retrying: ${errorSummary(error)}`
        )
      )
      const saved = await save({
        total: Math.max(progress.total, progress.processed + page.length),
        processed: progress.processed + page.length,
        moved: progress.moved + result.moves.length,
        cursor: page[page.length - 1],
      })
      if (!saved) {
        logger.warn(`tier re-evaluation ${runId} was superseded or taken over`)
        return null
      }
      logger.info(describeReevaluation(run, progress))
    }
  } catch (error) {
    const message = errorSummary(error as Error)
    await save({ ...progress, status: "failed", error: message })
    logger.error(`${describeReevaluation(run, progress)} failed: ${message}`)
  }
  return await tiers.retrieveTierReevaluation(runId)
}
