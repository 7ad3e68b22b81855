import { createHash, randomUUID } from 'node:crypto'
import { and, asc, count, desc, eq, inArray, ne, not, sql } from 'drizzle-orm'
import {
  type ChargeByHand,
  FinancialAnswersSchema,
  FinancialOutcomeSchema,
  NewEvidenceSchema,
  RecordFinancialVersionSchema,
  RecordUpratingSchema,
  type EvidenceSummary,
  type FinancialAnswers,
  type FinancialAssessment,
  type FinancialOutcome,
  type NewEvidence,
  type RecordFinancialVersion,
  type RecordUprating,
} from '../records/charging.js'
import { fail, ok, parse, type Result } from '@open-sds/kernel'
import { first, type Store, type Tables } from '../store.js'

export const financialVersionReplacedMessage =
  'This financial assessment has already been replaced by a newer version: open the latest one and review that'

export interface FinancialAssessmentsRepository {
  /** The person's draft, if they have one. */
  findDraft(personId: string): Promise<FinancialAssessment | undefined>
  /** The person's draft, started now if they have none. */
  startDraft(input: { personId: string; userId: string }, now: Date): Promise<Result<FinancialAssessment>>
  /** Saves the draft's answers; refused once it has been sent. */
  saveDraft(draftId: string, answers: FinancialAnswers, userId: string, now: Date): Promise<Result<FinancialAssessment>>
  /** Sends the draft with its outcome. It then replaces the person's current version, if they had one. */
  submitDraft(
    draftId: string,
    outcome: FinancialOutcome,
    userId: string,
    now: Date,
  ): Promise<Result<FinancialAssessment>>
  /**
   * Sends the draft without a charge, because the charging engine cannot work it out from the council's data
   * (`reason`, in plain words): the answers are kept as sent and a finance officer records the charge by hand
   * (with `submitDraft`). Refused once it has been sent either way.
   */
  sendForChargeByHand(draftId: string, reason: string, userId: string, now: Date): Promise<Result<ChargeByHand>>
  /** Whether this financial assessment was sent for its charge to be worked out by hand, and why. */
  chargeByHand(financialAssessmentId: string): Promise<ChargeByHand | undefined>
  /** Assessments sent whose charge is still to be worked out by hand, oldest first. */
  listChargesToWorkOut(): Promise<ChargeByHand[]>
  findById(id: string): Promise<FinancialAssessment | undefined>
  /** The person's current financial assessment: the recorded version no other version replaces. */
  current(personId: string): Promise<FinancialAssessment | undefined>
  /** Every recorded version of the person's financial assessment, newest first. */
  history(personId: string): Promise<FinancialAssessment[]>
  /** Current versions waiting for a finance officer (submitted, not yet confirmed), oldest first. */
  listAwaitingReview(): Promise<FinancialAssessment[]>
  /** How many `listAwaitingReview` gives, in one query: the count beside "Due and overdue" for a finance officer. */
  countAwaitingReview(): Promise<number>
  /** Every person's current version where it is confirmed: what a yearly uprating recalculates. */
  listCurrentConfirmed(): Promise<FinancialAssessment[]>
  /** A finance officer's correction (with a reason) or confirmation, recorded over the current version. */
  recordVersion(input: RecordFinancialVersion, now: Date): Promise<Result<FinancialAssessment>>
  /**
   * Writes every uprated charge as a new confirmed version, in one transaction: if any row cannot be written, none
   * is, and every stored charge stays as it was.
   */
  recordUprating(input: RecordUprating, now: Date): Promise<Result<{ runId: string; written: number }>>
  addEvidence(input: NewEvidence, now: Date): Promise<Result<EvidenceSummary>>
  /** Evidence sent with any of these financial assessments, oldest first. */
  listEvidence(financialAssessmentIds: readonly string[]): Promise<EvidenceSummary[]>
  evidenceContent(id: string): Promise<{ summary: EvidenceSummary; content: Buffer } | undefined>
}

type Row = Tables['financialAssessments']['$inferSelect']

const toVersion = (row: Row): FinancialAssessment => row

/** What a list of evidence shows: everything but the file's bytes. */
const evidenceColumnsOf = (financialEvidence: Tables['financialEvidence']) => ({
  id: financialEvidence.id,
  personId: financialEvidence.personId,
  financialAssessmentId: financialEvidence.financialAssessmentId,
  category: financialEvidence.category,
  fileName: financialEvidence.fileName,
  contentType: financialEvidence.contentType,
  sizeBytes: financialEvidence.sizeBytes,
  sha256: financialEvidence.sha256,
  uploadedByUserId: financialEvidence.uploadedByUserId,
  uploadedAt: financialEvidence.uploadedAt,
})

const outcomeColumns = (outcome: ReturnType<typeof FinancialOutcomeSchema.parse>) => ({
  result: outcome.result,
  weeklyChargePence: outcome.weeklyChargePence,
  weeklyCostOfCarePence: outcome.weeklyCostOfCarePence,
  rulesVersion: outcome.rulesVersion,
  policyName: outcome.policyName,
  policyVersion: outcome.policyVersion,
  ratesYear: outcome.ratesYear,
  assessedFor: outcome.assessedFor,
})

/**
 * Rows an uprating writes with one INSERT: a whole authority's charges go in a few statements rather than one per
 * person, and 19 columns a row stay well under either engine's limit on parameters in one statement.
 */
export const upratingRowsPerStatement = 500

/** Thrown inside a transaction to roll it back with a message for people. */
class Refused extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message)
  }
}

/** The driver's own words when drizzle wrapped its error ("Failed query: …" would repeat every value sent). */
const whyItFailed = (error: unknown): string => {
  const cause = (error as { cause?: unknown }).cause
  if (cause instanceof Error) return cause.message
  return error instanceof Error ? error.message : String(error)
}

export function createFinancialAssessmentsRepository({ db, t, transaction }: Store): FinancialAssessmentsRepository {
  const { financialAssessments, financialChargesByHand, financialEvidence, people, users } = t
  const sentByHand = sql`exists (select 1 from "financial_charges_by_hand" as "by_hand" where "by_hand"."financial_assessment_id" = ${financialAssessments.id})`
  const evidenceColumns = evidenceColumnsOf(financialEvidence)
  // A recorded version that no other version replaces. The unique index on supersedes_id makes this a lookup.
  const isCurrent = and(
    ne(financialAssessments.status, 'draft'),
    sql`not exists (select 1 from "financial_assessments" as "later" where "later"."supersedes_id" = ${financialAssessments.id})`,
  )
  const currentOf = async (personId: string) =>
    first(
      await db
        .select()
        .from(financialAssessments)
        .where(and(eq(financialAssessments.personId, personId), isCurrent))
        .limit(1),
    )
  const byId = async (id: string) =>
    first(await db.select().from(financialAssessments).where(eq(financialAssessments.id, id)))
  const userExists = async (id: string) =>
    first(await db.select({ id: users.id }).from(users).where(eq(users.id, id))) !== undefined

  return {
    async findDraft(personId) {
      const row = first(
        await db
          .select()
          .from(financialAssessments)
          .where(and(eq(financialAssessments.personId, personId), eq(financialAssessments.status, 'draft'))),
      )
      return row && toVersion(row)
    },

    async startDraft({ personId, userId }, now) {
      if (!first(await db.select({ id: people.id }).from(people).where(eq(people.id, personId))))
        return fail({ path: 'personId', message: 'No person has this id' })
      if (!(await userExists(userId))) return fail({ path: 'userId', message: 'No account has this id' })
      // ON CONFLICT on the one-draft index: two tabs starting at once get the same draft.
      await db
        .insert(financialAssessments)
        .values({
          id: randomUUID(),
          personId,
          status: 'draft',
          kind: 'assessment',
          answers: {},
          recordedByUserId: userId,
          recordedAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing()
      const draft = await this.findDraft(personId)
      return draft ? ok(draft) : fail({ path: 'personId', message: 'The draft could not be started' })
    },

    async saveDraft(draftId, answers, userId, now) {
      const parsed = parse(FinancialAnswersSchema, answers)
      if (!parsed.ok) return parsed
      const row = first(
        await db
          .update(financialAssessments)
          .set({ answers: parsed.value, recordedByUserId: userId, updatedAt: now })
          .where(and(eq(financialAssessments.id, draftId), eq(financialAssessments.status, 'draft'), not(sentByHand)))
          .returning(),
      )
      return row
        ? ok(toVersion(row))
        : fail({ path: 'draftId', message: 'This financial assessment has already been sent, so it cannot be changed' })
    },

    async submitDraft(draftId, outcome, userId, now) {
      const parsed = parse(FinancialOutcomeSchema, outcome)
      if (!parsed.ok) return parsed
      if (!(await userExists(userId))) return fail({ path: 'userId', message: 'No account has this id' })
      const alreadySent = fail<FinancialAssessment>({
        path: 'draftId',
        message: 'This financial assessment has already been sent',
      })
      return transaction(async ({ db: tx }) => {
        const draft = first(await tx.select().from(financialAssessments).where(eq(financialAssessments.id, draftId)))
        if (!draft || draft.status !== 'draft') return alreadySent
        const replaces = first(
          await tx
            .select({ id: financialAssessments.id })
            .from(financialAssessments)
            .where(and(eq(financialAssessments.personId, draft.personId), isCurrent))
            .limit(1),
        )
        // Still a draft at the update, or nothing: two tabs sending at once send it once.
        const row = first(
          await tx
            .update(financialAssessments)
            .set({
              status: 'submitted',
              supersedesId: replaces?.id ?? null,
              ...outcomeColumns(parsed.value),
              recordedByUserId: userId,
              recordedAt: now,
              updatedAt: now,
            })
            .where(and(eq(financialAssessments.id, draftId), eq(financialAssessments.status, 'draft')))
            .returning(),
        )
        return row ? ok(toVersion(row)) : alreadySent
      })
    },

    async sendForChargeByHand(draftId, reason, userId, now) {
      if (reason.trim() === '')
        return fail({ path: 'reason', message: 'Say why the charge is to be worked out by hand' })
      if (!(await userExists(userId))) return fail({ path: 'userId', message: 'No account has this id' })
      const draft = await byId(draftId)
      const alreadySent = fail<ChargeByHand>({
        path: 'draftId',
        message: 'This financial assessment has already been sent',
      })
      if (!draft || draft.status !== 'draft') return alreadySent
      // The primary key is the lock: two tabs sending at once send it once.
      const row = first(
        await db
          .insert(financialChargesByHand)
          .values({
            financialAssessmentId: draft.id,
            personId: draft.personId,
            reason,
            sentByUserId: userId,
            sentAt: now,
          })
          .onConflictDoNothing()
          .returning(),
      )
      return row ? ok(row) : alreadySent
    },

    async chargeByHand(financialAssessmentId) {
      return first(
        await db
          .select()
          .from(financialChargesByHand)
          .where(eq(financialChargesByHand.financialAssessmentId, financialAssessmentId)),
      )
    },

    async listChargesToWorkOut() {
      const rows = await db
        .select({ byHand: financialChargesByHand })
        .from(financialChargesByHand)
        .innerJoin(financialAssessments, eq(financialAssessments.id, financialChargesByHand.financialAssessmentId))
        .where(eq(financialAssessments.status, 'draft'))
        .orderBy(asc(financialChargesByHand.sentAt))
      return rows.map((row) => row.byHand)
    },

    async findById(id) {
      const row = await byId(id)
      return row && toVersion(row)
    },

    async current(personId) {
      const row = await currentOf(personId)
      return row && toVersion(row)
    },

    async history(personId) {
      // Versions are never removed, so the rowid only grows: of two recorded in the same millisecond, the later
      // comes first. On PostgreSQL it is an identity column (migrations-pg/0007).
      const rows = await db
        .select()
        .from(financialAssessments)
        .where(and(eq(financialAssessments.personId, personId), ne(financialAssessments.status, 'draft')))
        .orderBy(desc(financialAssessments.recordedAt), desc(sql`${financialAssessments}.rowid`))
      return rows.map(toVersion)
    },

    async listAwaitingReview() {
      const rows = await db
        .select()
        .from(financialAssessments)
        .where(and(eq(financialAssessments.status, 'submitted'), isCurrent))
        .orderBy(asc(financialAssessments.recordedAt))
      return rows.map(toVersion)
    },

    async countAwaitingReview() {
      const row = first(
        await db
          .select({ n: count() })
          .from(financialAssessments)
          .where(and(eq(financialAssessments.status, 'submitted'), isCurrent)),
      )
      return Number(row?.n ?? 0)
    },

    async listCurrentConfirmed() {
      const rows = await db
        .select()
        .from(financialAssessments)
        .where(and(eq(financialAssessments.status, 'confirmed'), isCurrent))
        .orderBy(asc(financialAssessments.personId))
      return rows.map(toVersion)
    },

    async recordVersion(input, now) {
      const parsed = parse(RecordFinancialVersionSchema, input)
      if (!parsed.ok) return parsed
      const version = parsed.value
      if (!(await userExists(version.recordedByUserId)))
        return fail({ path: 'recordedByUserId', message: 'No account has this id' })
      const replaced = await byId(version.supersedesId)
      if (!replaced || replaced.status === 'draft')
        return fail({ path: 'supersedesId', message: 'No recorded financial assessment has this id' })
      const newVersion = {
        id: randomUUID(),
        personId: replaced.personId,
        supersedesId: replaced.id,
        status: version.status,
        kind: version.kind,
        answers: version.answers,
        ...outcomeColumns(version.outcome),
        reason: version.reason === undefined || version.reason === '' ? null : version.reason,
        recordedByUserId: version.recordedByUserId,
        recordedAt: now,
        updatedAt: now,
      }
      // The unique index on supersedes_id is the lock: of two officers replacing the same version at once, the
      // second's insert matches the first's row and stores nothing.
      const row = first(await db.insert(financialAssessments).values(newVersion).onConflictDoNothing().returning())
      return row ? ok(toVersion(row)) : fail({ path: 'supersedesId', message: financialVersionReplacedMessage })
    },

    async recordUprating(input, now) {
      const parsed = parse(RecordUpratingSchema, input)
      if (!parsed.ok) return parsed
      const { reason, recordedByUserId, versions } = parsed.value
      if (!(await userExists(recordedByUserId)))
        return fail({ path: 'recordedByUserId', message: 'No account has this id' })
      const runId = randomUUID()
      try {
        // All or nothing: any refusal, by the checks here or by the database (a trigger, a constraint, a version
        // another officer replaced meanwhile, caught by the unique index on supersedes_id), rolls back every row.
        await transaction(async ({ db: tx }) => {
          for (let start = 0; start < versions.length; start += upratingRowsPerStatement) {
            const batch = versions.slice(start, start + upratingRowsPerStatement)
            const replacedAlready = new Set(
              (
                await tx
                  .select({ supersedesId: financialAssessments.supersedesId })
                  .from(financialAssessments)
                  .where(
                    inArray(
                      financialAssessments.supersedesId,
                      batch.map((version) => version.supersedesId),
                    ),
                  )
              ).map((row) => row.supersedesId),
            )
            const index = batch.findIndex((version) => replacedAlready.has(version.supersedesId))
            const replaced = batch[index]
            if (replaced) {
              throw new Refused(
                `versions.${start + index}.supersedesId`,
                `${financialVersionReplacedMessage} (person ${replaced.personId}); nothing was uprated`,
              )
            }
            await tx.insert(financialAssessments).values(
              batch.map((version) => ({
                id: randomUUID(),
                personId: version.personId,
                supersedesId: version.supersedesId,
                status: 'confirmed' as const,
                kind: 'uprating' as const,
                answers: version.answers,
                ...outcomeColumns(version.outcome),
                reason,
                upratingRunId: runId,
                recordedByUserId,
                recordedAt: now,
                updatedAt: now,
              })),
            )
          }
        })
      } catch (error) {
        if (error instanceof Refused) return fail({ path: error.path, message: error.message })
        return fail({
          path: 'versions',
          message: `The uprating could not be written (${whyItFailed(error)}); nothing was uprated and every charge is as it was`,
        })
      }
      return ok({ runId, written: versions.length })
    },

    async addEvidence(input, now) {
      const parsed = parse(NewEvidenceSchema, input)
      if (!parsed.ok) return parsed
      const evidence = parsed.value
      const assessment = await byId(evidence.financialAssessmentId)
      if (!assessment || assessment.personId !== evidence.personId)
        return fail({ path: 'financialAssessmentId', message: 'No financial assessment of this person has this id' })
      if (!(await userExists(evidence.uploadedByUserId)))
        return fail({ path: 'uploadedByUserId', message: 'No account has this id' })
      const content = Buffer.from(evidence.content)
      const [row] = await db
        .insert(financialEvidence)
        .values({
          id: randomUUID(),
          ...evidence,
          content,
          sizeBytes: content.byteLength,
          sha256: createHash('sha256').update(content).digest('hex'),
          uploadedAt: now,
        })
        .returning(evidenceColumns)
      if (!row) throw new Error('The database stored no evidence')
      return ok(row)
    },

    async listEvidence(financialAssessmentIds) {
      if (financialAssessmentIds.length === 0) return []
      return db
        .select(evidenceColumns)
        .from(financialEvidence)
        .where(inArray(financialEvidence.financialAssessmentId, [...financialAssessmentIds]))
        .orderBy(asc(financialEvidence.uploadedAt), asc(sql`${financialEvidence}.rowid`))
    },

    async evidenceContent(id) {
      const row = first(
        await db
          .select({ ...evidenceColumns, content: financialEvidence.content })
          .from(financialEvidence)
          .where(eq(financialEvidence.id, id)),
      )
      if (!row) return undefined
      const { content, ...summary } = row
      return { summary, content }
    },
  }
}
