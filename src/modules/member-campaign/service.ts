import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Message } from "./models/message"
import { ReminderRule } from "./models/reminder-rule"
import { capKey } from "./utils/caps"
import { parseCampaignOptions, type CampaignOptions } from "./options"
import {
  CLAIM_MESSAGES_SQL,
  COUNT_RECENT_SENDS_SQL,
  DELETE_QUEUED_SQL,
  ENQUEUE_MESSAGES_SQL,
  ENSURE_RULES_SQL,
  ERASE_CUSTOMER_MESSAGES_SQL,
  LOCK_CAP_KEYS_SQL,
  MESSAGE_COUNTS_SQL,
  RESERVE_SENDS_SQL,
  SETTLE_MESSAGES_SQL,
} from "./sql/messages"
import type {
  ClaimedMessage,
  EnqueueMessageInput,
  EnqueuedMessage,
  MessageCount,
  MessageOutcome,
  RecentSendsQuery,
} from "./types"
import type { MessageSource } from "./models/message"

type CapDecider = (
  recent: Map<string, number>
) => { id: string; channel: string }[]

class MemberCampaignModuleService extends MedusaService({
  ReminderRule,
  Message,
}) {
  protected readonly options_: CampaignOptions

  constructor(container: Record<string, unknown>, options: unknown = {}) {
    super(container, options)
    // Validated once, at boot: a bad option stops the app with a message naming it.
    this.options_ = parseCampaignOptions(options)
  }

  campaignOptions(): CampaignOptions {
    return this.options_
  }

  /** Creates the missing rules (each key once, also under concurrent calls). */
  @InjectManager()
  async ensureReminderRules(
    rules: {
      key: string
      enabled?: boolean
      params: object
      channels: string[]
    }[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!rules.length) return
    await this.execute_(
      ENSURE_RULES_SQL,
      [JSON.stringify(rules)],
      sharedContext
    )
  }

  /** Queues messages; keys already present are skipped. Returns the created rows. */
  @InjectManager()
  async enqueueMessages(
    rows: EnqueueMessageInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<EnqueuedMessage[]> {
    if (!rows.length) return []
    return await this.execute_<EnqueuedMessage>(
      ENQUEUE_MESSAGES_SQL,
      [JSON.stringify(rows)],
      sharedContext
    )
  }

  /** Undoes an enqueue: deletes these rows if no worker touched them yet. */
  @InjectManager()
  async deleteQueuedMessages(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!ids.length) return
    await this.execute_(DELETE_QUEUED_SQL, [JSON.stringify(ids)], sharedContext)
  }

  @InjectManager()
  async claimMessages(
    now: Date,
    limit: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ClaimedMessage[]> {
    return await this.execute_<ClaimedMessage>(
      CLAIM_MESSAGES_SQL,
      [now.toISOString(), limit, this.options_.dispatchLeaseSeconds],
      sharedContext
    )
  }

  /**
   * Under a lock per member and channel, counts recent marketing sends, lets
   * `decide` pick the messages that fit their caps, and stamps those. Returns them.
   */
  @InjectManager()
  async reserveSends(
    windows: RecentSendsQuery[],
    now: Date,
    decide: CapDecider,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; channel: string }[]> {
    return await this.reserveSends_(windows, now, decide, sharedContext)
  }

  @InjectTransactionManager()
  protected async reserveSends_(
    windows: RecentSendsQuery[],
    now: Date,
    decide: CapDecider,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; channel: string }[]> {
    if (windows.length) {
      const keys = windows.map((w) => capKey(w.customer_id, w.channel))
      await this.execute_(
        LOCK_CAP_KEYS_SQL,
        [JSON.stringify(keys)],
        sharedContext
      )
    }
    const counts = windows.length
      ? await this.execute_<{
          customer_id: string
          channel: string
          sent: number
        }>(COUNT_RECENT_SENDS_SQL, [JSON.stringify(windows)], sharedContext)
      : []
    const recent = new Map(
      counts.map((row) => [capKey(row.customer_id, row.channel), row.sent])
    )
    const allowed = decide(recent)
    if (allowed.length) {
      await this.execute_(
        RESERVE_SENDS_SQL,
        [now.toISOString(), JSON.stringify(allowed)],
        sharedContext
      )
    }
    return allowed
  }

  /** Recent marketing sends per member and channel (read only: the simulator). */
  @InjectManager()
  async countRecentSends(
    windows: RecentSendsQuery[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, number>> {
    if (!windows.length) return new Map()
    const rows = await this.execute_<{
      customer_id: string
      channel: string
      sent: number
    }>(COUNT_RECENT_SENDS_SQL, [JSON.stringify(windows)], sharedContext)
    return new Map(
      rows.map((row) => [capKey(row.customer_id, row.channel), row.sent])
    )
  }

  /** Writes outcomes of claimed messages; returns the ids it wrote. */
  @InjectManager()
  async settleMessages(
    outcomes: MessageOutcome[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (!outcomes.length) return []
    const rows = await this.execute_<{ id: string }>(
      SETTLE_MESSAGES_SQL,
      [JSON.stringify(outcomes)],
      sharedContext
    )
    return rows.map((row) => row.id)
  }

  @InjectManager()
  async countMessages(
    source: MessageSource,
    since: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MessageCount[]> {
    return await this.execute_<MessageCount>(
      MESSAGE_COUNTS_SQL,
      [source, since.toISOString()],
      sharedContext
    )
  }

  /** Erases a deleted customer's personal data from the log; returns the rows touched. */
  @InjectManager()
  async eraseCustomerMessages(
    customerId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const result = await this.manager_(sharedContext).execute<{
      affectedRows: number
    }>(ERASE_CUSTOMER_MESSAGES_SQL, [customerId], "run")
    return result.affectedRows
  }

  private manager_(sharedContext: Context): EntityManager {
    return (sharedContext.transactionManager ??
      sharedContext.manager) as EntityManager
  }

  private async execute_<T>(
    sql: string,
    bindings: unknown[],
    sharedContext: Context
  ): Promise<T[]> {
    return await this.manager_(sharedContext).execute<T[]>(sql, bindings)
  }
}

export default MemberCampaignModuleService
