import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"

import { CustomerMetrics } from "./models/customer-metrics"
import { MemberBackfill } from "./models/member-backfill"
import { OrderFact } from "./models/order-fact"
import { OrderLineFact } from "./models/order-line-fact"
import { PurchaseKey } from "./models/purchase-key"
import { RfmCutoffs } from "./models/rfm-cutoffs"
import { Segment } from "./models/segment"
import { SegmentDirtyMember } from "./models/segment-dirty-member"
import { SegmentMember } from "./models/segment-member"
import {
  applyRfmScoresSql,
  liveMetrics,
  recomputeRfmCutoffsSql,
} from "./sql/rfm"
import {
  ALL_TOTALS_SQL,
  CLEAR_DIRTY_SQL,
  MARK_DIRTY_SQL,
  MEMBER_LINES_SQL,
  MEMBER_VALUES_SQL,
  matchingMembersSql,
  QUIET_DIRTY_SQL,
  refreshSegmentSql,
  ruleSampleSql,
  ruleTotalsSql,
  STAMP_SEGMENT_SQL,
  REVERT_SEGMENT_DIFF_SQL,
  CLEAR_SEGMENT_MEMBERS_SQL,
  SEGMENTS_OF_MEMBER_SQL,
  SEGMENT_MEMBERS_PAGE_SQL,
} from "./sql/segments"
import { compileRule } from "./rules/compile"
import type { RuleNode } from "./rules/types"
import { toMemberRecord, type MemberRecordRow } from "./utils/member-record"
import type { MemberRecord } from "./rules/evaluate"
import {
  DERIVE_CUSTOMER_METRICS_SQL,
  REBUILD_ALL_METRICS_SQL,
} from "./sql/derive-metrics"
import {
  MEMBER_IDS_PAGE_SQL,
  TIER_MEASURE_VALUES_SQL,
  TIER_PREVIEW_SQL,
  TIER_STANDINGS_SQL,
  TIER_WINDOW_ORDERS_SQL,
} from "./sql/tier-values"
import {
  DELETE_ORDER_FACTS_SQL,
  UPSERT_ORDER_FACTS_SQL,
} from "./sql/order-facts"
import {
  SET_MEMBER_TIERS_SQL,
  SET_POINTS_BALANCES_SQL,
} from "./sql/member-columns"
import { CLAIM_BACKFILL_SQL, START_BACKFILL_SQL } from "./sql/backfill"
import { ERASE_CUSTOMERS_SQL } from "./sql/erase"
import { STALE_WINDOWED_METRICS_SQL } from "./sql/windowed-metrics"
import { REPLACE_ORDER_LINES_SQL } from "./sql/order-line-facts"
import { SYNC_PROFILES_SQL } from "./sql/profiles"
import { audienceSql } from "./utils/audience-sql"
import type {
  AudienceQuery,
  AudienceRow,
  CustomerMetricsDTO,
  ListMembersConfig,
  MemberBackfillDTO,
  ListMembersFilters,
  MemberPointsBalanceInput,
  MemberProfileInput,
  MemberTierInput,
  OrderFactInput,
  OrderFactSnapshot,
  OrderLinesSnapshot,
  RevertOrderFactsInput,
  TierMeasureQuery,
  TierPreviewQuery,
  TierPreviewRow,
  WindowOrder,
  UpsertOrderFactsResult,
} from "./types"
import {
  assertCurrencyCode,
  toFactRecord,
  toLineRecords,
} from "./utils/fact-record"
import { memberListOrder, memberListWhere } from "./utils/member-list"

export type SegmentSampleRow = {
  customer_id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  total_spent: number
  aov: number
  order_count: number
  last_order_at: Date | null
}

export type SegmentPreview = {
  count: number
  total: number
  share: number
  revenue: number
  revenue_share: number
  sample: SegmentSampleRow[]
}

export type MemberSegmentRow = {
  id: string
  name: string
  rule: unknown
  preset: string | null
  last_count: number
  computed_at: Date | null
  entered_at: Date
}

export type SegmentDiff = { entered: string[]; exited: string[]; count: number }
export type DirtyMark = { customer_id: string; marked_at: Date | string }

export type MemberSegmentModuleOptions = {
  /** ISO code of the membership currency; else the store default is used. */
  membershipCurrency?: string
}

type UpsertRow = { order_id: string; snapshot: OrderFactSnapshot | null }

const blankProfile = (customer_id: string): MemberProfileInput => ({
  customer_id,
  email: null,
  first_name: null,
  last_name: null,
  signup_at: null,
  stage: null,
  birthday_month: null,
  birthday_day: null,
  tags: [],
  email_consent: false,
  sms_consent: false,
})

const REBUILD_WORK_MEM_SQL = "SET LOCAL work_mem = '128MB'"
/**
 * Rule queries scan the metrics once; at a million members the planner's cost
 * passes jit_above_cost and Postgres compiles each one first, which took 40 to
 * 130 ms per count on the benchmark machine, more than it saved.
 */
const NO_JIT_SQL = "SET LOCAL jit = off"
// how many of the biggest spenders a preview's sample looks at before sorting every match
const SAMPLE_TOP_SPENDERS = 2000

const unique = (values: (string | null)[]) => [
  ...new Set(values.filter((value): value is string => value !== null)),
]

/**
 * Multi-currency: money metrics (spend, AOV, max order, refunds) are in ONE
 * membership currency the caller passes in (plugin option / store default).
 * Orders in other currencies still count in order and paid counts, recency,
 * unpaid and cancel figures, but not in money sums or AOV.
 */
class MemberSegmentModuleService extends MedusaService({
  OrderFact,
  OrderLineFact,
  PurchaseKey,
  CustomerMetrics,
  MemberBackfill,
  RfmCutoffs,
  Segment,
  SegmentMember,
  SegmentDirtyMember,
}) {
  protected readonly options_: MemberSegmentModuleOptions

  constructor(
    container: Record<string, unknown>,
    options: MemberSegmentModuleOptions = {}
  ) {
    super(container, options)
    this.options_ = options ?? {}
  }

  /** The `membershipCurrency` option, lower-cased, or null when unset. */
  configuredCurrency(): string | null {
    return this.options_.membershipCurrency?.toLowerCase() || null
  }

  // Single statements are atomic on their own (and join the caller's
  // transaction when there is one); multi-statement writes get a
  // transactional twin.
  @InjectManager()
  async upsertOrderFacts(
    facts: OrderFactInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<UpsertOrderFactsResult> {
    return await this.upsertOrderFacts_(facts, sharedContext)
  }

  @InjectTransactionManager()
  protected async upsertOrderFacts_(
    facts: OrderFactInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<UpsertOrderFactsResult> {
    if (!facts.length) {
      return {
        customer_ids: [],
        created_order_ids: [],
        previous: [],
        previous_lines: [],
      }
    }
    const records = facts.map(toFactRecord)
    const rows = await this.execute_<UpsertRow>(
      UPSERT_ORDER_FACTS_SQL,
      [JSON.stringify(records)],
      sharedContext
    )
    const withLines = facts.filter((fact) => fact.lines !== undefined)
    const previousLines = await this.replaceOrderLines_(
      withLines.map((fact) => fact.order_id),
      withLines.flatMap(toLineRecords),
      sharedContext
    )
    const previous = rows.flatMap((row) => (row.snapshot ? [row.snapshot] : []))
    return {
      customer_ids: unique([
        ...records.map((record) => record.customer_id),
        ...previous.map((snapshot) => snapshot.customer_id),
      ]),
      created_order_ids: rows
        .filter((row) => !row.snapshot)
        .map((row) => row.order_id),
      previous,
      previous_lines: previousLines,
    }
  }

  /**
   * Undoes an upsert: deletes the facts it created, writes back the versions it
   * replaced and the lines it changed. Returns the customers whose metrics need
   * a refresh.
   */
  @InjectManager()
  async revertOrderFacts(
    input: RevertOrderFactsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return await this.revertOrderFacts_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async revertOrderFacts_(
    { previous, created_order_ids, previous_lines = [] }: RevertOrderFactsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const removed = created_order_ids.length
      ? await this.execute_<{ customer_id: string | null }>(
          DELETE_ORDER_FACTS_SQL,
          [JSON.stringify(created_order_ids)],
          sharedContext
        )
      : []
    const replaced = previous.length
      ? await this.execute_<UpsertRow>(
          UPSERT_ORDER_FACTS_SQL,
          [JSON.stringify(previous)],
          sharedContext
        )
      : []
    await this.replaceOrderLines_(
      previous_lines.map((entry) => entry.order_id),
      previous_lines.flatMap((entry) => entry.lines),
      sharedContext
    )
    return unique([
      ...removed.map((row) => row.customer_id),
      ...previous.map((snapshot) => snapshot.customer_id),
      ...replaced.flatMap((row) => row.snapshot?.customer_id ?? []),
    ])
  }

  private async replaceOrderLines_(
    orderIds: string[],
    lines: Record<string, unknown>[],
    sharedContext: Context
  ): Promise<OrderLinesSnapshot[]> {
    if (!orderIds.length) {
      return []
    }
    return await this.execute_<OrderLinesSnapshot>(
      REPLACE_ORDER_LINES_SQL,
      [JSON.stringify(orderIds), JSON.stringify(lines)],
      sharedContext
    )
  }

  /**
   * Re-derives the metrics of these customers from their facts (one statement).
   * Returns the customers whose metrics changed.
   */
  @InjectManager()
  async refreshCustomerMetrics(
    customerIds: string[],
    currencyCode: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    assertCurrencyCode(currencyCode)
    if (!customerIds.length) {
      return []
    }
    return await this.refreshCustomerMetrics_(
      customerIds,
      currencyCode,
      sharedContext
    )
  }

  // the derivation, then RFM scores of the changed rows from the stored cutoffs
  @InjectTransactionManager()
  protected async refreshCustomerMetrics_(
    customerIds: string[],
    currencyCode: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const rows = await this.execute_<{ customer_id: string }>(
      DERIVE_CUSTOMER_METRICS_SQL,
      [currencyCode, JSON.stringify(unique(customerIds))],
      sharedContext
    )
    const changed = rows.map((row) => row.customer_id)
    if (changed.length) {
      await this.execute_(
        applyRfmScoresSql("customers"),
        [JSON.stringify(changed)],
        sharedContext
      )
    }
    return changed
  }

  /**
   * Recomputes the RFM cutoffs over the whole buyer pool and rescores every
   * member (set-based; the daily job and every full rebuild). Returns the
   * customers whose scores changed.
   */
  @InjectManager()
  async rescoreRfm(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return await this.rescoreRfm_(sharedContext)
  }

  @InjectTransactionManager()
  protected async rescoreRfm_(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    await this.execute_(
      recomputeRfmCutoffsSql(liveMetrics()),
      [],
      sharedContext
    )
    const rows = await this.execute_<{ customer_id: string }>(
      applyRfmScoresSql("all"),
      [],
      sharedContext
    )
    return rows.map((row) => row.customer_id)
  }

  /** A page of members whose 90/365-day metrics went stale with time, after a cursor. */
  @InjectManager()
  async listStaleWindowedMetrics(
    afterCustomerId: string,
    limit: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const rows = await this.execute_<{ customer_id: string }>(
      STALE_WINDOWED_METRICS_SQL,
      [afterCustomerId, limit],
      sharedContext
    )
    return rows.map((row) => row.customer_id)
  }

  /** Re-derives and rescores every customer that has a metrics row or a fact, writing each changed row once. */
  @InjectManager()
  async rebuildAllMetrics(
    currencyCode: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    return await this.rebuildAllMetrics_(currencyCode, sharedContext)
  }

  @InjectTransactionManager()
  protected async rebuildAllMetrics_(
    currencyCode: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    assertCurrencyCode(currencyCode)
    // one large hash aggregate: keep it in memory for this transaction only
    await this.execute_(REBUILD_WORK_MEM_SQL, [], sharedContext)
    const [clear, aggregate, cutoffs, upsert] = REBUILD_ALL_METRICS_SQL
    await this.execute_(clear, [], sharedContext)
    await this.execute_(aggregate, [currencyCode], sharedContext)
    await this.execute_(cutoffs, [], sharedContext)
    return await this.run_(upsert, [], sharedContext)
  }

  /**
   * Upserts profile copies only; derived columns are never touched. Returns,
   * for each copy it inserted or changed, the copy as it was before (a blank
   * profile when the row had none): what an undo writes back.
   */
  @InjectManager()
  async syncProfiles(
    profiles: MemberProfileInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MemberProfileInput[]> {
    if (!profiles.length) {
      return []
    }
    const rows = await this.execute_<{
      customer_id: string
      previous: MemberProfileInput | null
    }>(SYNC_PROFILES_SQL, [JSON.stringify(profiles)], sharedContext)
    return rows.map((row) => row.previous ?? blankProfile(row.customer_id))
  }

  /** The tier columns segments filter on; written only by the tier evaluation. */
  @InjectManager()
  async setMemberTiers(
    rows: MemberTierInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    if (!rows.length) {
      return 0
    }
    return await this.run_(
      SET_MEMBER_TIERS_SQL,
      [JSON.stringify(rows)],
      sharedContext
    )
  }

  /**
   * Each customer's value per tier measure, from their order facts. Values of
   * "points_earned" measures are not here: they come from the points ledger.
   */
  @InjectManager()
  async tierMeasureValues(
    query: TierMeasureQuery,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, Record<string, number>>> {
    const values: Record<string, Record<string, number>> = {}
    if (!query.customer_ids.length || !query.measures.length) return values
    assertCurrencyCode(query.currency_code)
    const rows = await this.execute_<{
      customer_id: string
      key: string
      value: string
    }>(
      TIER_MEASURE_VALUES_SQL,
      [
        query.now.toISOString(),
        query.currency_code,
        JSON.stringify(query.measures),
        JSON.stringify(query.customer_ids),
      ],
      sharedContext
    )
    for (const row of rows) {
      ;(values[row.customer_id] ??= {})[row.key] = Number(row.value)
    }
    return values
  }

  /** What-if: members per tier of a proposed ladder, with revenue and sample moves. */
  @InjectManager()
  async previewTiers(
    query: TierPreviewQuery,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<TierPreviewRow[]> {
    assertCurrencyCode(query.currency_code)
    const rows = await this.execute_<TierPreviewRow & { revenue: string }>(
      TIER_PREVIEW_SQL,
      [
        query.now.toISOString(),
        query.currency_code,
        JSON.stringify(query.measures),
        JSON.stringify(query.ladder),
      ],
      sharedContext
    )
    return rows.map((row) => ({
      ...row,
      revenue: Number(row.revenue),
      up_sample: row.up_sample ?? [],
      down_sample: row.down_sample ?? [],
    }))
  }

  /** Members and revenue per tier members hold now (null: not evaluated yet). */
  @InjectManager()
  async tierStandings(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ tier_id: string | null; members: number; revenue: number }[]> {
    const rows = await this.execute_<{
      tier_id: string | null
      members: number
      revenue: string
    }>(TIER_STANDINGS_SQL, [], sharedContext)
    return rows.map((row) => ({ ...row, revenue: Number(row.revenue) }))
  }

  /** Members (customers with a membership) in id order, a page after `after`. */
  @InjectManager()
  async listMemberIdsPage(
    after: string,
    limit: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const rows = await this.execute_<{ customer_id: string }>(
      MEMBER_IDS_PAGE_SQL,
      [after, limit],
      sharedContext
    )
    return rows.map((row) => row.customer_id)
  }

  /** One member's paid orders of the last `days`, newest first (when a rolling tier lapses). */
  @InjectManager()
  async listWindowOrders(
    customerId: string,
    days: number,
    currencyCode: string,
    now: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<WindowOrder[]> {
    assertCurrencyCode(currencyCode)
    const rows = await this.execute_<{ placed_at: Date; net: string }>(
      TIER_WINDOW_ORDERS_SQL,
      [now.toISOString(), currencyCode, customerId, days],
      sharedContext
    )
    return rows.map((row) => ({
      placed_at: new Date(row.placed_at),
      net: Number(row.net),
    }))
  }

  /** The points columns segments filter on; written only by the points ledger. */
  @InjectManager()
  async setPointsBalances(
    rows: MemberPointsBalanceInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    if (!rows.length) {
      return 0
    }
    return await this.run_(
      SET_POINTS_BALANCES_SQL,
      [JSON.stringify(rows)],
      sharedContext
    )
  }

  /**
   * Erases deleted customers: facts stay as anonymous facts, metrics rows (and
   * the personal data copied into them) go. Returns the customers that had data.
   */
  @InjectManager()
  async eraseCustomers(
    customerIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (!customerIds.length) {
      return []
    }
    const rows = await this.execute_<{ customer_id: string }>(
      ERASE_CUSTOMERS_SQL,
      [JSON.stringify(customerIds)],
      sharedContext
    )
    return rows.map((row) => row.customer_id)
  }

  /**
   * A new pending backfill, or the active one: at most one run is pending or
   * running at any time, however many start at once.
   */
  @InjectManager()
  async startBackfill(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ run: MemberBackfillDTO; created: boolean }> {
    const [created] = await this.execute_<{ id: string }>(
      START_BACKFILL_SQL,
      [],
      sharedContext
    )
    if (created) {
      const run = await this.retrieveMemberBackfill(
        created.id,
        {},
        sharedContext
      )
      return { run, created: true }
    }
    const [active] = await this.listMemberBackfills(
      { active_slot: "active" },
      { take: 1 },
      sharedContext
    )
    if (!active) {
      // the active run finished between the two statements: start anew
      return await this.startBackfill(sharedContext)
    }
    return { run: active, created: false }
  }

  /**
   * Takes (or renews) a backfill run's lease for a runner; false when another
   * runner holds it and has beaten within the last `staleSeconds`.
   */
  @InjectManager()
  async claimBackfill(
    id: string,
    runnerId: string,
    staleSeconds: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const rows = await this.execute_<{ id: string }>(
      CLAIM_BACKFILL_SQL,
      [runnerId, id, runnerId, staleSeconds],
      sharedContext
    )
    return rows.length > 0
  }

  /** Admin member list: filters, free-text search and whitelisted sorting. */
  @InjectManager()
  async listMembers(
    filters: ListMembersFilters = {},
    { skip = 0, take = 20, order }: ListMembersConfig = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<[CustomerMetricsDTO[], number]> {
    const { where, bindings } = memberListWhere(filters)
    const orderBy = memberListOrder(order)
    const [page, [{ count }]] = await Promise.all([
      this.execute_<{ id: string }>(
        `SELECT m.id FROM mbr_customer_metrics m WHERE ${where}
         ORDER BY ${orderBy} LIMIT ? OFFSET ?`,
        [...bindings, take, skip],
        sharedContext
      ),
      this.execute_<{ count: number }>(
        `SELECT count(*)::int AS count FROM mbr_customer_metrics m WHERE ${where}`,
        bindings,
        sharedContext
      ),
    ])
    const rows = page.length
      ? await this.listCustomerMetrics(
          { id: page.map((row) => row.id) },
          {},
          sharedContext
        )
      : []
    const byId = new Map(rows.map((row) => [row.id, row]))
    return [page.flatMap((row) => byId.get(row.id) ?? []), count]
  }

  /** Who a routine reminder is for (one set-based statement per audience). */
  @InjectManager()
  async selectReminderAudience(
    query: AudienceQuery,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AudienceRow[]> {
    const [sql, bindings] = audienceSql(query)
    return await this.execute_<AudienceRow>(sql, bindings, sharedContext)
  }

  /** Customer ids matching a rule, optionally among the given customers only. */
  @InjectManager()
  async matchRule(
    rule: RuleNode,
    {
      now = new Date(),
      customer_ids,
    }: { now?: Date; customer_ids?: string[] } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const { sql, bindings } = compileRule(rule, now)
    const scoped = customer_ids !== undefined
    const rows = await this.execute_<{ customer_id: string }>(
      matchingMembersSql(sql, scoped),
      scoped ? [...bindings, JSON.stringify(customer_ids)] : bindings,
      sharedContext
    )
    return rows.map((row) => row.customer_id)
  }

  /** How many members match a rule and what they spent (one statement). */
  @InjectManager()
  async countRule(
    rule: RuleNode,
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ count: number; revenue: number }> {
    return await this.countRule_(rule, now, sharedContext)
  }

  @InjectTransactionManager()
  protected async countRule_(
    rule: RuleNode,
    now: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ count: number; revenue: number }> {
    const { sql, bindings } = compileRule(rule, now)
    await this.execute_(NO_JIT_SQL, [], sharedContext)
    const [row] = await this.execute_<{ count: number; revenue: number }>(
      ruleTotalsSql(sql),
      bindings,
      sharedContext
    )
    return row
  }

  /** Size and spend of a rule's audience beside all members', and a sample page. */
  @InjectManager()
  async previewRule(
    rule: RuleNode,
    options: { now?: Date; limit?: number; offset?: number } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SegmentPreview> {
    return await this.previewRule_(rule, options, sharedContext)
  }

  @InjectTransactionManager()
  protected async previewRule_(
    rule: RuleNode,
    {
      now = new Date(),
      limit = 50,
      offset = 0,
    }: { now?: Date; limit?: number; offset?: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SegmentPreview> {
    const { sql, bindings } = compileRule(rule, now)
    await this.execute_(NO_JIT_SQL, [], sharedContext)
    const [matched] = await this.execute_<{ count: number; revenue: number }>(
      ruleTotalsSql(sql),
      bindings,
      sharedContext
    )
    const [all] = await this.execute_<{ count: number; revenue: number }>(
      ALL_TOTALS_SQL,
      [],
      sharedContext
    )
    const sample =
      limit && matched.count > offset
        ? await this.samplePage_(
            sql,
            bindings,
            { limit, offset, matched: matched.count },
            sharedContext
          )
        : []
    return {
      count: matched.count,
      total: all.count,
      share: all.count ? matched.count / all.count : 0,
      revenue: matched.revenue,
      revenue_share: all.revenue ? matched.revenue / all.revenue : 0,
      sample,
    }
  }

  /**
   * The page from the top spenders when they hold it (it is full, or holds
   * every match left), else from a sort of every match.
   */
  protected async samplePage_(
    sql: string,
    bindings: unknown[],
    {
      limit,
      offset,
      matched,
    }: { limit: number; offset: number; matched: number },
    sharedContext: Context
  ): Promise<SegmentSampleRow[]> {
    const fromTop = await this.execute_<SegmentSampleRow>(
      ruleSampleSql(sql, "top_spenders"),
      [SAMPLE_TOP_SPENDERS, ...bindings, limit, offset],
      sharedContext
    )
    if (fromTop.length === Math.min(limit, matched - offset)) return fromTop
    return await this.execute_<SegmentSampleRow>(
      ruleSampleSql(sql, "sorted"),
      [...bindings, limit, offset],
      sharedContext
    )
  }

  /** How many members there are and what they spent in all. */
  @InjectManager()
  async memberTotals(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ count: number; revenue: number }> {
    const [all] = await this.execute_<{ count: number; revenue: number }>(
      ALL_TOTALS_SQL,
      [],
      sharedContext
    )
    return all
  }

  /** What the evaluator needs about these members (metrics values and purchase lines). */
  @InjectManager()
  async loadMemberRecords(
    customerIds: string[],
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, MemberRecord & { currency_code: string | null }>> {
    const ids = JSON.stringify(unique(customerIds))
    const [values, lines] = await Promise.all([
      this.execute_<MemberRecordRow>(MEMBER_VALUES_SQL, [ids], sharedContext),
      this.execute_<MemberRecordRow["lines"][number] & { customer_id: string }>(
        MEMBER_LINES_SQL,
        [ids],
        sharedContext
      ),
    ])
    return new Map(
      values.map((row) => [
        row.customer_id,
        toMemberRecord(
          row,
          lines.filter((line) => line.customer_id === row.customer_id),
          now
        ),
      ])
    )
  }

  /**
   * Refreshes a segment's stored members by diff (all members, or only the
   * given ones) and stamps its count and freshness. Returns who entered and
   * who left. The caller serialises refreshes of one segment (a lock).
   */
  @InjectManager()
  async refreshSegmentMembers(
    segmentId: string,
    rule: RuleNode,
    {
      now = new Date(),
      customer_ids,
    }: { now?: Date; customer_ids?: string[] } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SegmentDiff> {
    return await this.refreshSegmentMembers_(
      segmentId,
      rule,
      now,
      customer_ids,
      sharedContext
    )
  }

  @InjectTransactionManager()
  protected async refreshSegmentMembers_(
    segmentId: string,
    rule: RuleNode,
    now: Date,
    customerIds: string[] | undefined,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SegmentDiff> {
    const { sql, bindings } = compileRule(rule, now)
    const scoped = customerIds !== undefined
    const scope = scoped ? [JSON.stringify(unique(customerIds))] : []
    await this.execute_(NO_JIT_SQL, [], sharedContext)
    const rows = await this.execute_<{ kind: string; customer_id: string }>(
      refreshSegmentSql(sql, scoped),
      [...bindings, ...scope, segmentId, ...scope],
      sharedContext
    )
    const [stamp] = await this.execute_<{ last_count: number }>(
      STAMP_SEGMENT_SQL,
      [segmentId, segmentId],
      sharedContext
    )
    return {
      entered: rows
        .filter((r) => r.kind === "entered")
        .map((r) => r.customer_id),
      exited: rows.filter((r) => r.kind === "exited").map((r) => r.customer_id),
      count: stamp?.last_count ?? 0,
    }
  }

  /** Undoes refreshSegmentMembers (compensation) and restamps the count. */
  @InjectManager()
  async revertSegmentDiff(
    segmentId: string,
    diff: Pick<SegmentDiff, "entered" | "exited">,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.revertSegmentDiff_(segmentId, diff, sharedContext)
  }

  @InjectTransactionManager()
  protected async revertSegmentDiff_(
    segmentId: string,
    { entered, exited }: Pick<SegmentDiff, "entered" | "exited">,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.execute_(
      REVERT_SEGMENT_DIFF_SQL,
      [segmentId, JSON.stringify(entered), segmentId, JSON.stringify(exited)],
      sharedContext
    )
    await this.execute_(
      STAMP_SEGMENT_SQL,
      [segmentId, segmentId],
      sharedContext
    )
  }

  /**
   * Replaces a segment's rule and preset (the generated update merges JSON
   * columns into their old value, which would graft old conditions onto a new rule).
   */
  @InjectManager()
  async replaceSegmentRule(
    id: string,
    input: { rule: unknown; preset: string | null; preset_params: unknown },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.execute_(
      `UPDATE mbr_segment SET rule = ?::jsonb, preset = ?, preset_params = ?::jsonb, updated_at = now()
       WHERE id = ? AND deleted_at IS NULL`,
      [
        JSON.stringify(input.rule),
        input.preset,
        input.preset_params == null
          ? null
          : JSON.stringify(input.preset_params),
        id,
      ],
      sharedContext
    )
  }

  /** Removes every stored member of a segment; returns who they were. */
  @InjectManager()
  async clearSegmentMembers(
    segmentId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const rows = await this.execute_<{ customer_id: string }>(
      CLEAR_SEGMENT_MEMBERS_SQL,
      [segmentId],
      sharedContext
    )
    return rows.map((row) => row.customer_id)
  }

  /** The saved segments a member is in (as of their last refresh). */
  @InjectManager()
  async listSegmentsOfMember(
    customerId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MemberSegmentRow[]> {
    return await this.execute_<MemberSegmentRow>(
      SEGMENTS_OF_MEMBER_SQL,
      [customerId],
      sharedContext
    )
  }

  /** A page of a segment's stored members, newest entries first. */
  @InjectManager()
  async listSegmentMemberPage(
    segmentId: string,
    { skip = 0, take = 20 }: { skip?: number; take?: number } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<[(SegmentSampleRow & { entered_at: Date })[], number]> {
    const rows = await this.execute_<SegmentSampleRow & { entered_at: Date }>(
      SEGMENT_MEMBERS_PAGE_SQL,
      [segmentId, take, skip],
      sharedContext
    )
    const [{ count }] = await this.execute_<{ count: number }>(
      "SELECT count(*)::int AS count FROM mbr_segment_member WHERE segment_id = ? AND deleted_at IS NULL",
      [segmentId],
      sharedContext
    )
    return [rows, count]
  }

  /** Marks members whose metrics changed, for the debounced segment refresh. */
  @InjectManager()
  async markSegmentsDirty(
    customerIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    if (!customerIds.length) return 0
    return await this.run_(
      MARK_DIRTY_SQL,
      [JSON.stringify(unique(customerIds))],
      sharedContext
    )
  }

  /** Dirty marks quiet for `quietSeconds`, oldest first. */
  @InjectManager()
  async listQuietDirtyMembers(
    quietSeconds: number,
    limit: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DirtyMark[]> {
    return await this.execute_<DirtyMark>(
      QUIET_DIRTY_SQL,
      [quietSeconds, limit],
      sharedContext
    )
  }

  /** Clears the marks read earlier, unless they were renewed since. */
  @InjectManager()
  async clearDirtyMembers(
    marks: DirtyMark[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    if (!marks.length) return 0
    return await this.run_(
      CLEAR_DIRTY_SQL,
      [JSON.stringify(marks)],
      sharedContext
    )
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

  private async run_(
    sql: string,
    bindings: unknown[],
    sharedContext: Context
  ): Promise<number> {
    const result = await this.manager_(sharedContext).execute<{
      affectedRows: number
    }>(sql, bindings, "run")
    return result.affectedRows
  }
}

export default MemberSegmentModuleService
