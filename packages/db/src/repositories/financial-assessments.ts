import { createHash, randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm'
import {
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
import { financialAssessments, financialEvidence } from '../schema/charging.js'
import { people, users } from '../schema.js'
import type { SqliteDb } from '../sqlite-db.js'

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
  findById(id: string): Promise<FinancialAssessment | undefined>
  /** The person's current financial assessment: the recorded version no other version replaces. */
  current(personId: string): Promise<FinancialAssessment | undefined>
  /** Every recorded version of the person's financial assessment, newest first. */
  history(personId: string): Promise<FinancialAssessment[]>
  /** Current versions waiting for a finance officer (submitted, not yet confirmed), oldest first. */
  listAwaitingReview(): Promise<FinancialAssessment[]>
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

type Row = typeof financialAssessments.$inferSelect

const toVersion = (row: Row): FinancialAssessment => row

const evidenceColumns = {
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
}

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

/** Thrown inside a transaction to roll it back with a message for people. */
class Refused extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message)
  }
}

export function createFinancialAssessmentsRepository(db: SqliteDb): FinancialAssessmentsRepository {
  // drizzle's better-sqlite3 database carries its connection; the uprating prepares its insert on it once.
  const client = (db as SqliteDb & { $client: Database.Database }).$client
  // A recorded version that no other version replaces. The unique index on supersedes_id makes this a lookup.
  const isCurrent = and(
    ne(financialAssessments.status, 'draft'),
    sql`not exists (select 1 from "financial_assessments" as "later" where "later"."supersedes_id" = ${financialAssessments.id})`,
  )
  const currentOf = (personId: string) =>
    db
      .select()
      .from(financialAssessments)
      .where(and(eq(financialAssessments.personId, personId), isCurrent))
      .get()
  const byId = (id: string) => db.select().from(financialAssessments).where(eq(financialAssessments.id, id)).get()
  const userExists = (id: string) => db.select({ id: users.id }).from(users).where(eq(users.id, id)).get() !== undefined
  const isReplaced = (id: string) =>
    db
      .select({ id: financialAssessments.id })
      .from(financialAssessments)
      .where(eq(financialAssessments.supersedesId, id))
      .get() !== undefined

  return {
    async findDraft(personId) {
      const row = db
        .select()
        .from(financialAssessments)
        .where(and(eq(financialAssessments.personId, personId), eq(financialAssessments.status, 'draft')))
        .get()
      return row && toVersion(row)
    },

    async startDraft({ personId, userId }, now) {
      if (!db.select({ id: people.id }).from(people).where(eq(people.id, personId)).get())
        return fail({ path: 'personId', message: 'No person has this id' })
      if (!userExists(userId)) return fail({ path: 'userId', message: 'No account has this id' })
      // ON CONFLICT on the one-draft index: two tabs starting at once get the same draft.
      db.insert(financialAssessments)
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
        .run()
      const draft = await this.findDraft(personId)
      return draft ? ok(draft) : fail({ path: 'personId', message: 'The draft could not be started' })
    },

    async saveDraft(draftId, answers, userId, now) {
      const parsed = parse(FinancialAnswersSchema, answers)
      if (!parsed.ok) return parsed
      const row = db
        .update(financialAssessments)
        .set({ answers: parsed.value, recordedByUserId: userId, updatedAt: now })
        .where(and(eq(financialAssessments.id, draftId), eq(financialAssessments.status, 'draft')))
        .returning()
        .get()
      return row
        ? ok(toVersion(row))
        : fail({ path: 'draftId', message: 'This financial assessment has already been sent, so it cannot be changed' })
    },

    async submitDraft(draftId, outcome, userId, now) {
      const parsed = parse(FinancialOutcomeSchema, outcome)
      if (!parsed.ok) return parsed
      if (!userExists(userId)) return fail({ path: 'userId', message: 'No account has this id' })
      return db.transaction((tx) => {
        const draft = tx.select().from(financialAssessments).where(eq(financialAssessments.id, draftId)).get()
        if (!draft || draft.status !== 'draft')
          return fail<FinancialAssessment>({
            path: 'draftId',
            message: 'This financial assessment has already been sent',
          })
        const replaces = currentOf(draft.personId)
        const row = tx
          .update(financialAssessments)
          .set({
            status: 'submitted',
            supersedesId: replaces?.id ?? null,
            ...outcomeColumns(parsed.value),
            recordedByUserId: userId,
            recordedAt: now,
            updatedAt: now,
          })
          .where(eq(financialAssessments.id, draftId))
          .returning()
          .get()
        return ok(toVersion(row))
      })
    },

    async findById(id) {
      const row = byId(id)
      return row && toVersion(row)
    },

    async current(personId) {
      const row = currentOf(personId)
      return row && toVersion(row)
    },

    async history(personId) {
      return db
        .select()
        .from(financialAssessments)
        .where(and(eq(financialAssessments.personId, personId), ne(financialAssessments.status, 'draft')))
        .orderBy(desc(financialAssessments.recordedAt), desc(sql`${financialAssessments}.rowid`))
        .all()
        .map(toVersion)
    },

    async listAwaitingReview() {
      return db
        .select()
        .from(financialAssessments)
        .where(and(eq(financialAssessments.status, 'submitted'), isCurrent))
        .orderBy(asc(financialAssessments.recordedAt))
        .all()
        .map(toVersion)
    },

    async listCurrentConfirmed() {
      return db
        .select()
        .from(financialAssessments)
        .where(and(eq(financialAssessments.status, 'confirmed'), isCurrent))
        .orderBy(asc(financialAssessments.personId))
        .all()
        .map(toVersion)
    },

    async recordVersion(input, now) {
      const parsed = parse(RecordFinancialVersionSchema, input)
      if (!parsed.ok) return parsed
      const version = parsed.value
      if (!userExists(version.recordedByUserId))
        return fail({ path: 'recordedByUserId', message: 'No account has this id' })
      return db.transaction((tx) => {
        const replaced = tx
          .select()
          .from(financialAssessments)
          .where(eq(financialAssessments.id, version.supersedesId))
          .get()
        if (!replaced || replaced.status === 'draft')
          return fail<FinancialAssessment>({
            path: 'supersedesId',
            message: 'No recorded financial assessment has this id',
          })
        if (isReplaced(replaced.id))
          return fail<FinancialAssessment>({ path: 'supersedesId', message: financialVersionReplacedMessage })
        const row = tx
          .insert(financialAssessments)
          .values({
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
          })
          .returning()
          .get()
        return ok(toVersion(row))
      })
    },

    async recordUprating(input, now) {
      const parsed = parse(RecordUpratingSchema, input)
      if (!parsed.ok) return parsed
      const { reason, recordedByUserId, versions } = parsed.value
      if (!userExists(recordedByUserId)) return fail({ path: 'recordedByUserId', message: 'No account has this id' })
      const runId = randomUUID()
      // One prepared statement for every row: an uprating writes a whole authority's charges at once.
      const insert = client.prepare(
        `insert into financial_assessments (id, person_id, supersedes_id, status, kind, answers, result, weekly_charge_pence, weekly_cost_of_care_pence,
           rules_version, policy_name, policy_version, rates_year, assessed_for, reason, uprating_run_id, recorded_by_user_id, recorded_at, updated_at)
         values (?, ?, ?, 'confirmed', 'uprating', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      const replaced = client.prepare('select 1 from financial_assessments where supersedes_id = ?').pluck()
      const at = now.getTime()
      try {
        client.transaction(() => {
          for (const [index, version] of versions.entries()) {
            if (replaced.get(version.supersedesId) !== undefined) {
              throw new Refused(
                `versions.${index}.supersedesId`,
                `${financialVersionReplacedMessage} (person ${version.personId}); nothing was uprated`,
              )
            }
            const o = version.outcome
            insert.run(
              randomUUID(),
              version.personId,
              version.supersedesId,
              JSON.stringify(version.answers),
              JSON.stringify(o.result),
              o.weeklyChargePence,
              o.weeklyCostOfCarePence,
              o.rulesVersion,
              o.policyName,
              o.policyVersion,
              o.ratesYear,
              o.assessedFor,
              reason,
              runId,
              recordedByUserId,
              at,
              at,
            )
          }
        })()
      } catch (error) {
        if (error instanceof Refused) return fail({ path: error.path, message: error.message })
        const why = error instanceof Error ? error.message : String(error)
        return fail({
          path: 'versions',
          message: `The uprating could not be written (${why}); nothing was uprated and every charge is as it was`,
        })
      }
      return ok({ runId, written: versions.length })
    },

    async addEvidence(input, now) {
      const parsed = parse(NewEvidenceSchema, input)
      if (!parsed.ok) return parsed
      const evidence = parsed.value
      const assessment = byId(evidence.financialAssessmentId)
      if (!assessment || assessment.personId !== evidence.personId)
        return fail({ path: 'financialAssessmentId', message: 'No financial assessment of this person has this id' })
      if (!userExists(evidence.uploadedByUserId))
        return fail({ path: 'uploadedByUserId', message: 'No account has this id' })
      const content = Buffer.from(evidence.content)
      const row = db
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
        .get()
      return ok(row)
    },

    async listEvidence(financialAssessmentIds) {
      if (financialAssessmentIds.length === 0) return []
      return db
        .select(evidenceColumns)
        .from(financialEvidence)
        .where(inArray(financialEvidence.financialAssessmentId, [...financialAssessmentIds]))
        .orderBy(asc(financialEvidence.uploadedAt), asc(sql`${financialEvidence}.rowid`))
        .all()
    },

    async evidenceContent(id) {
      const row = db
        .select({ ...evidenceColumns, content: financialEvidence.content })
        .from(financialEvidence)
        .where(eq(financialEvidence.id, id))
        .get()
      if (!row) return undefined
      const { content, ...summary } = row
      return { summary, content }
    },
  }
}
