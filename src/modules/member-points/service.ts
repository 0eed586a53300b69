import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { PointsAccount, PointsEntry, PointsProgram } from "./models"
import {
  ACTIVATE_ORDER_LOTS_SQL,
  APPLY_DRAWS_SQL,
  BALANCES_SQL,
  DRAWABLE_LOTS_SQL,
  ENSURE_ACCOUNTS_SQL,
  ENSURE_PROGRAM_SQL,
  OPEN_REDEMPTIONS_SQL,
  ORDER_ENTRIES_SQL,
  EXPIRE_LOTS_SQL,
  LOCK_EXPIRED_ACCOUNTS_SQL,
  EXPIRING_SOON_SQL,
  FIND_ENTRY_SQL,
  INSERT_ENTRY_SQL,
  LIABILITY_FLOWS_SQL,
  LIABILITY_OUTSTANDING_SQL,
  LOCK_ACCOUNT_SQL,
  ORDER_LOTS_SQL,
  SUM_EARNED_SQL,
} from "./sql/ledger"
import type {
  CreditInput,
  DebitInput,
  EntryResult,
  PointsBalance,
  PointsEntryRow,
  PointsProgramRow,
} from "./types"
import { drawLots, type Draw } from "./utils/draw"

type AccountRow = {
  id: string
  customer_id: string
  last_checkin_day: string | null
  checkin_streak: number
}

const DAY = 86_400_000

class MemberPointsModuleService extends MedusaService({
  PointsProgram,
  PointsAccount,
  PointsEntry,
}) {
  /** The store's program, created with defaults on first use. */
  @InjectManager()
  async retrieveProgram(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PointsProgramRow> {
    await this.execute_(ENSURE_PROGRAM_SQL, [], sharedContext)
    const [program] = await this.execute_<PointsProgramRow>(
      `SELECT * FROM mbr_points_program WHERE handle = 'default' AND deleted_at IS NULL`,
      [],
      sharedContext
    )
    return program
  }

  /** Redemptions at checkout of these carts that were not given back. */
  @InjectManager()
  async listOpenRedemptions(
    cartIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PointsEntryRow[]> {
    if (!cartIds.length) return []
    return await this.execute_<PointsEntryRow>(
      OPEN_REDEMPTIONS_SQL,
      [JSON.stringify(cartIds)],
      sharedContext
    )
  }

  /** Everything about one order: its lots, reversals and its carts' redemptions. */
  @InjectManager()
  async listOrderEntries(
    orderId: string,
    cartIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PointsEntryRow[]> {
    const carts = JSON.stringify(cartIds)
    return await this.execute_<PointsEntryRow>(
      ORDER_ENTRIES_SQL,
      [orderId, carts, carts],
      sharedContext
    )
  }

  /** Accounts of these members, created when missing (also under concurrent calls). */
  @InjectManager()
  async ensureAccounts(
    customerIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; customer_id: string }[]> {
    return await this.ensureAccounts_(customerIds, sharedContext)
  }

  /** Adds a lot; a replayed key adds nothing. */
  @InjectManager()
  async creditPoints(
    input: CreditInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<EntryResult> {
    return await this.creditPoints_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async creditPoints_(
    input: CreditInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<EntryResult> {
    assertPoints(input.points)
    const [account] = await this.ensureAccounts_(
      [input.customer_id],
      sharedContext
    )
    const [entry] = await this.execute_<PointsEntryRow>(
      INSERT_ENTRY_SQL,
      [
        JSON.stringify({
          ...input,
          account_id: account.id,
          remaining: input.points,
          expires_at: input.expires_at ?? null,
        }),
      ],
      sharedContext
    )
    if (entry) return { entry, created: true }
    return {
      entry: await this.findEntry_(account.id, input, sharedContext),
      created: false,
    }
  }

  /**
   * Draws points FIFO by expiry under the account's row lock. Without `clamp`,
   * a balance that cannot cover it fails with NOT_ALLOWED and writes nothing.
   */
  @InjectManager()
  async debitPoints(
    input: DebitInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<EntryResult> {
    return await this.debitPoints_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async debitPoints_(
    input: DebitInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<EntryResult> {
    assertPoints(input.points)
    const [account] = await this.ensureAccounts_(
      [input.customer_id],
      sharedContext
    )
    await this.execute_(LOCK_ACCOUNT_SQL, [account.id], sharedContext)
    const existing = await this.findEntry_(account.id, input, sharedContext)
    if (existing) return { entry: existing, created: false }

    const now = (input.now ?? new Date()).toISOString()
    const prefer = JSON.stringify(input.prefer_lot_ids ?? [])
    const lots = await this.execute_<{ id: string; remaining: number }>(
      DRAWABLE_LOTS_SQL,
      [account.id, now, now, prefer, prefer],
      sharedContext
    )
    const { draws, taken, shortfall } = drawLots(lots, input.points)
    if (shortfall > 0 && !input.clamp) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Points balance of customer ${input.customer_id} is ${taken}, less than the ${input.points} points asked for`
      )
    }
    await this.applyDraws_(draws, -1, sharedContext)
    const [entry] = await this.execute_<PointsEntryRow>(
      INSERT_ENTRY_SQL,
      [
        JSON.stringify({
          ...input,
          account_id: account.id,
          points: -taken,
          remaining: null,
          draws,
          shortfall,
        }),
      ],
      sharedContext
    )
    return { entry, created: true }
  }

  /** Gives a debit's draws back to the lots it took them from (once per debit). */
  @InjectManager()
  async restoreDebit(
    debitId: string,
    reason: string | null = null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<EntryResult> {
    return await this.restoreDebit_(debitId, reason, sharedContext)
  }

  @InjectTransactionManager()
  protected async restoreDebit_(
    debitId: string,
    reason: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<EntryResult> {
    const [debit] = await this.execute_<PointsEntryRow>(
      `SELECT * FROM mbr_points_entry WHERE id = ? AND deleted_at IS NULL`,
      [debitId],
      sharedContext
    )
    if (!debit || debit.points >= 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Points debit with id: ${debitId} was not found`
      )
    }
    await this.execute_(LOCK_ACCOUNT_SQL, [debit.account_id], sharedContext)
    const key = { reference: "entry", reference_id: debit.id }
    const existing = await this.findEntry_(
      debit.account_id,
      { ...key, type: "restore" },
      sharedContext
    )
    if (existing) return { entry: existing, created: false }
    const draws = debit.draws ?? []
    await this.applyDraws_(draws, 1, sharedContext)
    const [entry] = await this.execute_<PointsEntryRow>(
      INSERT_ENTRY_SQL,
      [
        JSON.stringify({
          ...key,
          account_id: debit.account_id,
          customer_id: debit.customer_id,
          type: "restore",
          points: -debit.points,
          remaining: null,
          draws,
          order_id: debit.order_id,
          reason,
        }),
      ],
      sharedContext
    )
    return { entry, created: true }
  }

  @InjectManager()
  async getBalances(
    customerIds: string[],
    options: { now?: Date; within_days?: number } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, PointsBalance>> {
    const now = options.now ?? new Date()
    const horizon = new Date(now.getTime() + (options.within_days ?? 30) * DAY)
    const n = now.toISOString()
    const h = horizon.toISOString()
    const rows = await this.execute_<PointsBalance>(
      BALANCES_SQL,
      [n, n, n, n, n, h, n, n, h, JSON.stringify(customerIds)],
      sharedContext
    )
    const balances = new Map<string, PointsBalance>()
    for (const id of customerIds) {
      balances.set(id, {
        customer_id: id,
        available: 0,
        pending: 0,
        expiring: 0,
        next_expiry: null,
      })
    }
    for (const row of rows) {
      balances.set(row.customer_id, {
        customer_id: row.customer_id,
        available: Number(row.available),
        pending: Number(row.pending),
        expiring: Number(row.expiring),
        next_expiry: row.next_expiry
          ? new Date(row.next_expiry).toISOString()
          : null,
      })
    }
    return balances
  }

  /** For the reminders: members with available points expiring within the horizon. */
  @InjectManager()
  async listExpiringSoon(
    input: { now: Date; within_days: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ customer_id: string; points: number; expires_at: string }[]> {
    const now = input.now.toISOString()
    const horizon = new Date(
      input.now.getTime() + input.within_days * DAY
    ).toISOString()
    const rows = await this.execute_<{
      customer_id: string
      points: number
      expires_at: Date | string
    }>(EXPIRING_SOON_SQL, [now, now, horizon], sharedContext)
    return rows.map((row) => ({
      customer_id: row.customer_id,
      points: Number(row.points),
      expires_at: new Date(row.expires_at).toISOString(),
    }))
  }

  /** For the tiers' points_earned basis: earned points net of reversals, lifetime or since a date. */
  @InjectManager()
  async sumEarnedPoints(
    input: { customer_ids: string[]; since?: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    const since = input.since?.toISOString() ?? null
    const rows = await this.execute_<{ customer_id: string; points: number }>(
      SUM_EARNED_SQL,
      [JSON.stringify(input.customer_ids), since, since],
      sharedContext
    )
    const sums: Record<string, number> = {}
    for (const id of input.customer_ids) sums[id] = 0
    for (const row of rows) sums[row.customer_id] = Number(row.points)
    return sums
  }

  /** The lots an order earned (earn and cash-back). */
  @InjectManager()
  async listOrderLots(
    orderId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PointsEntryRow[]> {
    return await this.execute_<PointsEntryRow>(
      ORDER_LOTS_SQL,
      [orderId],
      sharedContext
    )
  }

  /** Makes an order's pending lots spendable from `available_at`; returns the members touched. */
  @InjectManager()
  async activateOrderLots(
    orderId: string,
    availableAt: Date,
    expiryMonths: number | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const at = availableAt.toISOString()
    const rows = await this.execute_<{ customer_id: string }>(
      ACTIVATE_ORDER_LOTS_SQL,
      [at, expiryMonths, at, expiryMonths, orderId],
      sharedContext
    )
    return [...new Set(rows.map((row) => row.customer_id))]
  }

  /**
   * Expires lots past their date for the next `limit` accounts after `after`
   * (an account id cursor), each under its lock. Returns the members touched
   * and the cursor for the next page; a null cursor means nothing is left.
   */
  @InjectManager()
  async expireLots(
    now: Date,
    limit: number,
    after: string = "",
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ customer_ids: string[]; next: string | null }> {
    return await this.expireLots_(now, limit, after, sharedContext)
  }

  @InjectTransactionManager()
  protected async expireLots_(
    now: Date,
    limit: number,
    after: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ customer_ids: string[]; next: string | null }> {
    const at = now.toISOString()
    const accounts = await this.execute_<{ account_id: string }>(
      LOCK_EXPIRED_ACCOUNTS_SQL,
      [at, after, limit],
      sharedContext
    )
    if (!accounts.length) return { customer_ids: [], next: null }
    const ids = accounts.map((row) => row.account_id)
    const rows = await this.execute_<{ customer_id: string }>(
      EXPIRE_LOTS_SQL,
      [ids.join(","), at, at],
      sharedContext
    )
    return {
      customer_ids: [...new Set(rows.map((row) => row.customer_id))],
      next: ids[ids.length - 1],
    }
  }

  /** Members with lots that became available in [from, to): their stored balances moved with time. */
  @InjectManager()
  async listCustomersReleasedBetween(
    from: Date,
    to: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const rows = await this.execute_<{ customer_id: string }>(
      `SELECT DISTINCT customer_id FROM mbr_points_entry
       WHERE deleted_at IS NULL AND remaining > 0
         AND available_at >= ?::timestamptz AND available_at < ?::timestamptz
       ORDER BY customer_id`,
      [from.toISOString(), to.toISOString()],
      sharedContext
    )
    return rows.map((row) => row.customer_id)
  }

  /** Records a check-in for `day` under the account lock; null when already checked in that day. */
  @InjectManager()
  async recordCheckin(
    customerId: string,
    day: string,
    previousDay: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ streak: number } | null> {
    return await this.recordCheckin_(
      customerId,
      day,
      previousDay,
      sharedContext
    )
  }

  @InjectTransactionManager()
  protected async recordCheckin_(
    customerId: string,
    day: string,
    previousDay: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ streak: number } | null> {
    const [account] = await this.ensureAccounts_([customerId], sharedContext)
    const [locked] = await this.execute_<AccountRow>(
      LOCK_ACCOUNT_SQL,
      [account.id],
      sharedContext
    )
    if (locked.last_checkin_day === day) return null
    const streak =
      locked.last_checkin_day === previousDay ? locked.checkin_streak + 1 : 1
    await this.execute_(
      `UPDATE mbr_points_account SET last_checkin_day = ?, checkin_streak = ?, updated_at = now() WHERE id = ?`,
      [day, streak, account.id],
      sharedContext
    )
    return { streak }
  }

  @InjectManager()
  async liability(
    since: Date,
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ) {
    const outstanding = await this.execute_<{
      month: string | null
      points: string
    }>(LIABILITY_OUTSTANDING_SQL, [now.toISOString()], sharedContext)
    const flows = await this.execute_<{
      month: string
      issued: string
      redeemed: string
      expired: string
      reversed: string
    }>(LIABILITY_FLOWS_SQL, [since.toISOString()], sharedContext)
    return {
      outstanding: outstanding.map((row) => ({
        expires_month: row.month,
        points: Number(row.points),
      })),
      flows: flows.map((row) => ({
        month: row.month,
        issued: Number(row.issued),
        redeemed: Number(row.redeemed),
        expired: Number(row.expired),
        reversed: Number(row.reversed),
      })),
    }
  }

  /**
   * A deleted customer's ledger and account go (their points are forfeited);
   * returns how many entries were removed. Idempotent.
   */
  @InjectTransactionManager()
  async eraseCustomerPoints(
    customerIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    if (!customerIds.length) return 0
    const ids = JSON.stringify([...new Set(customerIds)])
    const entries = await this.execute_<{ id: string }>(
      "DELETE FROM mbr_points_entry WHERE customer_id IN (SELECT jsonb_array_elements_text(?::jsonb)) RETURNING id",
      [ids],
      sharedContext
    )
    await this.execute_(
      "DELETE FROM mbr_points_account WHERE customer_id IN (SELECT jsonb_array_elements_text(?::jsonb))",
      [ids],
      sharedContext
    )
    return entries.length
  }

  private async ensureAccounts_(
    customerIds: string[],
    sharedContext: Context
  ): Promise<{ id: string; customer_id: string }[]> {
    const ids = [...new Set(customerIds)]
    if (!ids.length) return []
    let rows = await this.execute_<{ id: string; customer_id: string }>(
      ENSURE_ACCOUNTS_SQL,
      [JSON.stringify(ids)],
      sharedContext
    )
    // A concurrent insert that committed after this statement began is not in its snapshot.
    if (rows.length < ids.length) {
      rows = await this.execute_(
        ENSURE_ACCOUNTS_SQL,
        [JSON.stringify(ids)],
        sharedContext
      )
    }
    const byCustomer = new Map(rows.map((row) => [row.customer_id, row]))
    return ids.map((id) => byCustomer.get(id)!)
  }

  private async findEntry_(
    accountId: string,
    key: { type: string; reference: string; reference_id: string },
    sharedContext: Context
  ): Promise<PointsEntryRow | null> {
    const [row] = await this.execute_<PointsEntryRow>(
      FIND_ENTRY_SQL,
      [accountId, key.type, key.reference, key.reference_id],
      sharedContext
    )
    return row ?? null
  }

  private async applyDraws_(
    draws: Draw[],
    sign: 1 | -1,
    sharedContext: Context
  ) {
    if (!draws.length) return
    await this.execute_(
      APPLY_DRAWS_SQL,
      [
        JSON.stringify(
          draws.map((d) => ({ lot_id: d.lot_id, delta: sign * d.points }))
        ),
      ],
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
}

function assertPoints(points: number) {
  if (!Number.isSafeInteger(points) || points <= 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `points must be a positive integer, got ${points}`
    )
  }
}

export default MemberPointsModuleService
