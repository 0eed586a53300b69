import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
  generateEntityId,
} from "@medusajs/framework/utils"
import { Membership, Tier, TierChange, TierReevaluation } from "./models"
import {
  CLAIM_REEVALUATION_SQL,
  INSERT_REEVALUATION_SQL,
  LATEST_REEVALUATION_SQL,
  SAVE_REEVALUATION_SQL,
  SUPERSEDE_REEVALUATION_SQL,
} from "./sql/reevaluation"
import { APPLY_TIER_EVALUATION_SQL } from "./sql/tier-evaluation"
import {
  COUNT_MEMBERSHIPS_SQL,
  COUNT_TIER_MEMBERS_SQL,
  MEMBERSHIP_IDS_PAGE_SQL,
  INSERT_TIER_CHANGES_SQL,
  LOCK_TIER_STATES_SQL,
  WRITE_TIER_STATES_SQL,
} from "./sql/tier-states"
import type {
  ApplyTierWritesResult,
  ReevaluationProgress,
  StartReevaluationInput,
  TierEvaluationInput,
  TierReevaluationDTO,
  TierState,
  TierWrite,
  ApplyStageInput,
  EnsureMembershipInput,
  MembershipDTO,
  ProfileUpdate,
  StageChange,
  UpdateProfileInput,
  UpdateProfileOptions,
} from "./types"
import {
  parseBirthday,
  profileChanges,
  type TierChangeReason,
  profileUpdate,
  type ProfileState,
  stageForOrderCount,
  validateTags,
} from "./utils"

// Duplicate customers in one call: the latest row wins for facts (stages)...
const lastByCustomer = <T extends { customer_id: string }>(rows: T[]) => [
  ...new Map(rows.map((row) => [row.customer_id, row])).values(),
]

// ...and the first one for inserts, like ON CONFLICT DO NOTHING.
const firstByCustomer = <T extends { customer_id: string }>(rows: T[]) => {
  const seen = new Set<string>()
  return rows.filter(
    (row) => !seen.has(row.customer_id) && seen.add(row.customer_id)
  )
}

type EvaluatedRow = TierState & {
  to_tier_id: string
  reason: TierChangeReason | null
  change_id: string | null
}

class MemberTierModuleService extends MedusaService({
  Membership,
  Tier,
  TierChange,
  TierReevaluation,
}) {
  @InjectManager()
  async ensureMemberships(
    input: EnsureMembershipInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MembershipDTO[]> {
    return await this.ensureMemberships_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async ensureMemberships_(
    input: EnsureMembershipInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MembershipDTO[]> {
    if (!input.length) {
      return []
    }
    const rows = firstByCustomer(input)
    // Rows travel as one JSON parameter; validating them all first means an
    // invalid row writes nothing.
    const values = rows.map((row) => this.toInsertRow(row))
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(
      `INSERT INTO mbr_membership (id, customer_id, joined_at, birthday,
         birthday_set_by, tags, email_consent, email_consent_at, sms_consent,
         sms_consent_at)
       SELECT id, customer_id, joined_at, birthday, birthday_set_by, tags,
         email_consent, email_consent_at, sms_consent, sms_consent_at
       FROM jsonb_to_recordset(?::jsonb) AS t(id text, customer_id text,
         joined_at timestamptz, birthday text, birthday_set_by text, tags text[],
         email_consent boolean, email_consent_at timestamptz, sms_consent boolean,
         sms_consent_at timestamptz)
       ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO NOTHING`,
      [JSON.stringify(values)]
    )
    return await this.listMemberships(
      { customer_id: rows.map((row) => row.customer_id) },
      {},
      sharedContext
    )
  }

  private toInsertRow(row: EnsureMembershipInput) {
    const now = new Date()
    const birthday = row.birthday ? parseBirthday(row.birthday, now) : null
    const emailConsent = row.email_consent ?? false
    const smsConsent = row.sms_consent ?? false
    return {
      id: generateEntityId(undefined, "mbrms"),
      customer_id: row.customer_id,
      joined_at: new Date(row.joined_at),
      birthday,
      birthday_set_by: birthday ? (row.birthday_set_by ?? "import") : null,
      tags: validateTags(row.tags ?? []),
      email_consent: emailConsent,
      email_consent_at: emailConsent ? now : null,
      sms_consent: smsConsent,
      sms_consent_at: smsConsent ? now : null,
    }
  }

  @InjectManager()
  async applyStages(
    input: ApplyStageInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<StageChange[]> {
    return await this.applyStages_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async applyStages_(
    input: ApplyStageInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<StageChange[]> {
    const rows = lastByCustomer(input)
    if (!rows.length) {
      return []
    }
    const manager = sharedContext.transactionManager as SqlEntityManager
    return await manager.execute<StageChange[]>(
      `WITH target AS (
         SELECT * FROM jsonb_to_recordset(?::jsonb) AS t(customer_id text, stage text)
       ), changed AS (
         SELECT m.id, m.stage AS from_stage, target.stage AS to_stage,
           m.stage_changed_at AS from_changed_at
         FROM mbr_membership m
         JOIN target ON target.customer_id = m.customer_id
         WHERE m.deleted_at IS NULL AND m.stage <> target.stage
         FOR UPDATE OF m
       )
       UPDATE mbr_membership m
       SET stage = changed.to_stage, stage_changed_at = now(), updated_at = now()
       FROM changed
       WHERE m.id = changed.id
       RETURNING m.customer_id, changed.from_stage AS "from", changed.to_stage AS "to",
         changed.from_changed_at AS previous_changed_at`,
      [
        JSON.stringify(
          rows.map((row) => ({
            customer_id: row.customer_id,
            stage: stageForOrderCount(row.order_count),
          }))
        ),
      ]
    )
  }

  /**
   * Undoes applyStages: puts back each stage and its changed-at time, only where
   * the row still holds the stage that applyStages wrote (one statement).
   */
  @InjectManager()
  async revertStages(
    changes: StageChange[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    if (!changes.length) {
      return 0
    }
    const manager = sharedContext.manager as SqlEntityManager
    const rows = await manager.execute<{ id: string }[]>(
      `UPDATE mbr_membership m
       SET stage = c.from_stage, stage_changed_at = c.previous_changed_at, updated_at = now()
       FROM jsonb_to_recordset(?::jsonb) AS c(customer_id text, from_stage text,
         to_stage text, previous_changed_at timestamptz)
       WHERE m.customer_id = c.customer_id AND m.deleted_at IS NULL
         AND m.stage = c.to_stage
       RETURNING m.id`,
      [
        JSON.stringify(
          changes.map((change) => ({
            customer_id: change.customer_id,
            from_stage: change.from,
            to_stage: change.to,
            previous_changed_at: change.previous_changed_at,
          }))
        ),
      ]
    )
    return rows.length
  }

  /** Deletes deleted customers' memberships outright; returns whose existed. */
  @InjectManager()
  async eraseMemberships(
    customerIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (!customerIds.length) {
      return []
    }
    const manager = sharedContext.manager as SqlEntityManager
    const rows = await manager.execute<{ customer_id: string }[]>(
      `DELETE FROM mbr_membership
       WHERE customer_id IN (SELECT jsonb_array_elements_text(?::jsonb))
       RETURNING customer_id`,
      [JSON.stringify(customerIds)]
    )
    return rows.map((row) => row.customer_id)
  }

  /**
   * Applies a profile edit under the membership's row lock. Returns the updated
   * membership and, read inside that lock, the previous values of exactly the
   * fields it changed (what an undo must write back).
   */
  @InjectManager()
  async updateProfile(
    customerId: string,
    data: UpdateProfileInput,
    options: UpdateProfileOptions,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ProfileUpdate> {
    return await this.updateProfile_(customerId, data, options, sharedContext)
  }

  @InjectTransactionManager()
  protected async updateProfile_(
    customerId: string,
    data: UpdateProfileInput,
    { actor }: UpdateProfileOptions,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ProfileUpdate> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    // Lock the row so "a customer sets the birthday once" holds under concurrent requests.
    const [locked] = await manager.execute<{ id: string }[]>(
      `SELECT id FROM mbr_membership
       WHERE customer_id = ? AND deleted_at IS NULL
       FOR UPDATE`,
      [customerId]
    )
    if (!locked) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Membership for customer: ${customerId} was not found`
      )
    }
    const membership = await this.retrieveMembership(
      locked.id,
      {},
      sharedContext
    )
    const changes = profileChanges(membership, data, actor)
    const fields = Object.keys(changes) as (keyof ProfileState)[]
    if (!fields.length) {
      return { membership, previous: {} }
    }
    const previous = Object.fromEntries(
      fields.map((field) => [field, membership[field]])
    ) as Partial<ProfileState>
    await this.writeProfile_(locked.id, changes, sharedContext)
    const updated = await this.retrieveMembership(locked.id, {}, sharedContext)
    return { membership: updated, previous }
  }

  /** Undoes updateProfile: writes back the previous values it reported. */
  @InjectManager()
  async restoreProfile(
    membershipId: string,
    previous: Partial<ProfileState>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!Object.keys(previous).length) {
      return
    }
    await this.writeProfile_(membershipId, previous, sharedContext)
  }

  /**
   * Applies tier decisions under each membership's row lock: moves (with a
   * TierChange row each), pins, and the "still qualifies" stamp grace counts
   * from. Returns the moves and the states before, to undo exactly this write.
   */
  @InjectManager()
  async applyTierWrites(
    writes: TierWrite[],
    now: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ApplyTierWritesResult> {
    return await this.applyTierWrites_(writes, now, sharedContext)
  }

  @InjectTransactionManager()
  protected async applyTierWrites_(
    writes: TierWrite[],
    now: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ApplyTierWritesResult> {
    const result: ApplyTierWritesResult = {
      moves: [],
      previous: [],
      change_ids: [],
    }
    if (!writes.length) return result
    const manager = sharedContext.transactionManager as SqlEntityManager
    const locked: TierState[] = await manager.execute(LOCK_TIER_STATES_SQL, [
      JSON.stringify(writes.map((w) => w.customer_id)),
    ])
    const states = new Map(locked.map((row) => [row.customer_id, row]))
    const next: TierState[] = []
    const changes: Record<string, unknown>[] = []
    for (const write of lastByCustomer(writes)) {
      const state = states.get(write.customer_id)
      if (!state) continue
      const moved = state.tier_id !== write.tier_id
      const pinned = write.pinned ?? state.tier_pinned
      const qualifiedAt =
        moved || write.qualifies ? now : state.tier_qualified_at
      if (
        !moved &&
        pinned === state.tier_pinned &&
        String(qualifiedAt) === String(state.tier_qualified_at)
      ) {
        continue
      }
      result.previous.push(state)
      next.push({
        customer_id: write.customer_id,
        tier_id: write.tier_id,
        tier_since: moved ? now : state.tier_since,
        tier_qualified_at: qualifiedAt,
        tier_pinned: pinned,
      })
      if (moved) {
        const reason = write.reason ?? "admin"
        const id = generateEntityId(undefined, "mbrtc")
        result.change_ids.push(id)
        result.moves.push({
          customer_id: write.customer_id,
          from_tier_id: state.tier_id,
          to_tier_id: write.tier_id,
          reason,
        })
        changes.push({
          id,
          customer_id: write.customer_id,
          from_tier_id: state.tier_id,
          to_tier_id: write.tier_id,
          reason,
          value: write.value ?? null,
          actor: write.actor ?? null,
          at: now.toISOString(),
        })
      }
    }
    if (next.length) {
      await manager.execute(WRITE_TIER_STATES_SQL, [JSON.stringify(next)])
    }
    if (changes.length) {
      await manager.execute(INSERT_TIER_CHANGES_SQL, [JSON.stringify(changes)])
    }
    return result
  }

  /** Undoes applyTierWrites: the previous states back, its TierChange rows gone. */
  @InjectTransactionManager()
  async revertTierWrites(
    applied: Pick<ApplyTierWritesResult, "previous" | "change_ids">,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    if (applied.previous.length) {
      await manager.execute(WRITE_TIER_STATES_SQL, [
        JSON.stringify(applied.previous),
      ])
    }
    if (applied.change_ids.length) {
      await manager.execute(
        "DELETE FROM mbr_tier_change WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb))",
        [JSON.stringify(applied.change_ids)]
      )
    }
  }

  /**
   * Decides the members' tiers from their measure values in one statement
   * under their row locks and writes only what changes (see
   * APPLY_TIER_EVALUATION_SQL). Returns the moves and the states before, for
   * revertTierWrites.
   */
  @InjectManager()
  async applyTierEvaluation(
    input: TierEvaluationInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ApplyTierWritesResult> {
    return await this.applyTierEvaluation_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async applyTierEvaluation_(
    input: TierEvaluationInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ApplyTierWritesResult> {
    const result: ApplyTierWritesResult = {
      moves: [],
      previous: [],
      change_ids: [],
    }
    const members = [
      ...new Map(input.members.map((m) => [m.customer_id, m])).values(),
    ]
    if (!input.ladder.length || !members.length) return result
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = await manager.execute<EvaluatedRow[]>(
      APPLY_TIER_EVALUATION_SQL,
      [
        input.now.toISOString(),
        input.allow_downgrade,
        input.ladder_changed,
        JSON.stringify(input.ladder),
        JSON.stringify(members),
      ]
    )
    for (const row of rows) {
      result.previous.push({
        customer_id: row.customer_id,
        tier_id: row.tier_id,
        tier_since: row.tier_since,
        tier_qualified_at: row.tier_qualified_at,
        tier_pinned: row.tier_pinned,
      })
      if (row.reason && row.change_id) {
        result.change_ids.push(row.change_id)
        result.moves.push({
          customer_id: row.customer_id,
          from_tier_id: row.tier_id,
          to_tier_id: row.to_tier_id,
          reason: row.reason,
        })
      }
    }
    return result
  }

  /**
   * Starts a re-evaluation of every member, superseding the active one. A
   * ladder change whose ladder the newest run already evaluates (or is
   * evaluating) starts nothing: a replayed event finds that run.
   */
  @InjectManager()
  async startReevaluation(
    input: StartReevaluationInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ run: TierReevaluationDTO; created: boolean }> {
    // another start may take the slot between our two statements: try again
    for (let attempt = 0; attempt < 5; attempt++) {
      const started = await this.startReevaluation_(input, sharedContext)
      if (started) {
        const run = await this.retrieveTierReevaluation(
          started.id,
          {},
          sharedContext
        )
        return { run, created: started.created }
      }
    }
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      "Tier re-evaluation could not start: other runs kept starting"
    )
  }

  @InjectTransactionManager()
  protected async startReevaluation_(
    input: StartReevaluationInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; created: boolean } | null> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    if (input.trigger === "ladder_changed") {
      const [latest] = await manager.execute<
        { id: string; status: string; ladder_key: string }[]
      >(LATEST_REEVALUATION_SQL)
      if (
        latest &&
        latest.ladder_key === input.ladder_key &&
        ["pending", "running", "completed"].includes(latest.status)
      ) {
        return { id: latest.id, created: false }
      }
    }
    const superseded = await manager.execute<{ allow_downgrade: boolean }[]>(
      SUPERSEDE_REEVALUATION_SQL
    )
    const [created] = await manager.execute<{ id: string }[]>(
      INSERT_REEVALUATION_SQL,
      [
        input.trigger,
        input.ladder_key,
        input.evaluated_at.toISOString(),
        input.allow_downgrade || superseded.some((r) => r.allow_downgrade),
      ]
    )
    return created ? { id: created.id, created: true } : null
  }

  /**
   * Takes (or renews) a run's lease for a runner; false when another runner
   * holds it and has beaten within the last `staleSeconds`, or it is over.
   */
  @InjectManager()
  async claimReevaluation(
    id: string,
    runnerId: string,
    staleSeconds: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.manager as SqlEntityManager
    const rows = await manager.execute<{ id: string }[]>(
      CLAIM_REEVALUATION_SQL,
      [runnerId, id, runnerId, staleSeconds]
    )
    return rows.length > 0
  }

  /** Saves a page's progress while the runner holds the run; false once it lost it. */
  @InjectManager()
  async saveReevaluation(
    id: string,
    runnerId: string,
    progress: ReevaluationProgress,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.manager as SqlEntityManager
    const rows = await manager.execute<{ id: string }[]>(
      SAVE_REEVALUATION_SQL,
      [
        progress.total,
        progress.processed,
        progress.moved,
        progress.cursor,
        progress.status ?? null,
        progress.error ?? null,
        id,
        runnerId,
      ]
    )
    return rows.length > 0
  }

  @InjectManager()
  async countTierMembers(
    tierId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const manager = sharedContext.manager as SqlEntityManager
    const [row] = await manager.execute(COUNT_TIER_MEMBERS_SQL, [tierId])
    return Number(row?.count ?? 0)
  }

  /** Members (customers with a membership) in id order, a page after `after`. */
  @InjectManager()
  async listMembershipIdsPage(
    after: string,
    limit: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const manager = sharedContext.manager as SqlEntityManager
    const rows = await manager.execute<{ customer_id: string }[]>(
      MEMBERSHIP_IDS_PAGE_SQL,
      [after, limit]
    )
    return rows.map((row) => row.customer_id)
  }

  @InjectManager()
  async countMemberships(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const manager = sharedContext.manager as SqlEntityManager
    const [row] = await manager.execute(COUNT_MEMBERSHIPS_SQL)
    return Number(row?.count ?? 0)
  }

  private async writeProfile_(
    id: string,
    fields: Partial<ProfileState>,
    sharedContext: Context
  ) {
    const manager = (sharedContext.transactionManager ??
      sharedContext.manager) as SqlEntityManager
    const { sql, bindings } = profileUpdate(id, fields)
    await manager.execute(sql, bindings)
  }
}

export default MemberTierModuleService
