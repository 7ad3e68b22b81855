import { randomUUID } from 'node:crypto'
import { and, desc, eq, sql } from 'drizzle-orm'
import { fail, ok, type Result } from '@open-sds/kernel'
import { first, type Store, type Tables } from '../store.js'

export const carerAssessmentSentMessage = 'This carer’s self-assessment has been sent and can no longer be changed'
export const carerAssessmentNotSentMessage =
  'A carer’s eligibility can only be determined on a self-assessment that has been sent'
export const alreadyCaringForMessage = 'You have already told us you care for this person'

/** A carer's link to an adult they care for: someone with a record here (`caredForPersonId`), or someone not known. */
export type CaringRelationship = {
  id: string
  carerPersonId: string
  caredForPersonId: string | null
  caredForName: string
  caredForDateOfBirth: string | null
  relationship: string
  createdByUserId: string
  createdAt: Date
}
export type NewCaringRelationship = Omit<CaringRelationship, 'id' | 'createdAt'>
/** A relationship seen from the person cared for: who their carer is. */
export type CarerOf = CaringRelationship & { carerName: string }

export type CarerAssessment = Tables['carerAssessments']['$inferSelect']
export type CarerDetermination = Tables['carerDeterminations']['$inferSelect']
export type NewCarerDetermination = Omit<CarerDetermination, 'id' | 'decidedAt'>

/**
 * Unpaid carers (issue 16): whom a carer cares for, the carer's self-assessment (a draft saved and resumed, fixed once
 * sent) and the practitioner's determinations under regulation 3 (append-only; the latest counts). Writes are to be
 * called inside `withAudit`. The rules (what the findings add up to) are @open-sds/carers'; this keeps what was decided.
 */
export interface CarersRepository {
  /** Links a carer to someone they care for. A second link to the same known person is refused, not duplicated. */
  link(input: NewCaringRelationship, now: Date): Promise<Result<CaringRelationship>>
  /** Whom this carer cares for, earliest linked first. */
  listCaredFor(carerPersonId: string): Promise<CaringRelationship[]>
  /** Who cares for this person, as their carers told us, earliest first. */
  listCarersOf(personId: string): Promise<CarerOf[]>
  /** The carer's unfinished self-assessment for this questionnaire, if any. */
  findDraft(carerPersonId: string, questionnaireId: string): Promise<CarerAssessment | undefined>
  /** Starts a draft, or gives back the one in progress (two tabs at once make one). */
  startDraft(
    input: { carerPersonId: string; questionnaireId: string; questionnaireVersion: string; userId: string },
    now: Date,
  ): Promise<CarerAssessment>
  /** Replaces a draft's answers (merge them first to save a page at a time); a sent one is refused. */
  saveAnswers(id: string, answers: Record<string, unknown>, userId: string, now: Date): Promise<Result<CarerAssessment>>
  /** Sends a draft: its answers are fixed from now on. Refused unless it is a draft; two sends at once send it once. */
  send(id: string, userId: string, now: Date): Promise<Result<CarerAssessment>>
  findAssessment(id: string): Promise<CarerAssessment | undefined>
  /** Every self-assessment of this carer, drafts included, newest first. */
  listAssessments(carerPersonId: string): Promise<CarerAssessment[]>
  /** Records a determination on the carer's own sent self-assessment, kept exactly as given. */
  determine(input: NewCarerDetermination, now: Date): Promise<Result<CarerDetermination>>
  /** The determination that counts for this assessment: the latest. */
  latestDetermination(carerAssessmentId: string): Promise<CarerDetermination | undefined>
}

export function createCarersRepository({ db, t }: Store): CarersRepository {
  const { caringRelationships, carerAssessments, carerDeterminations, people } = t
  const findRow = async (id: string) =>
    first(await db.select().from(carerAssessments).where(eq(carerAssessments.id, id)))
  const findDraftRow = async (carerPersonId: string, questionnaireId: string) =>
    first(
      await db
        .select()
        .from(carerAssessments)
        .where(
          and(
            eq(carerAssessments.carerPersonId, carerPersonId),
            eq(carerAssessments.questionnaireId, questionnaireId),
            eq(carerAssessments.status, 'draft'),
          ),
        ),
    )
  const whyNotDraft = async (id: string): Promise<Result<never>> =>
    (await findRow(id))
      ? fail({ path: 'status', message: carerAssessmentSentMessage })
      : fail({ path: 'id', message: 'No carer’s self-assessment has this id' })

  return {
    async link(input, now) {
      if (input.caredForPersonId !== null) {
        const known = first(
          await db
            .select({ id: caringRelationships.id })
            .from(caringRelationships)
            .where(
              and(
                eq(caringRelationships.carerPersonId, input.carerPersonId),
                eq(caringRelationships.caredForPersonId, input.caredForPersonId),
              ),
            ),
        )
        if (known) return fail({ path: 'caredFor', message: alreadyCaringForMessage })
      }
      const row = first(
        await db
          .insert(caringRelationships)
          .values({ id: randomUUID(), ...input, createdAt: now })
          .returning(),
      )
      if (!row) throw new Error('The database stored no caring relationship')
      return ok(row)
    },

    async listCaredFor(carerPersonId) {
      return db
        .select()
        .from(caringRelationships)
        .where(eq(caringRelationships.carerPersonId, carerPersonId))
        .orderBy(caringRelationships.createdAt, caringRelationships.id)
    },

    async listCarersOf(personId) {
      const rows = await db
        .select({ relationship: caringRelationships, carerName: people.displayName })
        .from(caringRelationships)
        .innerJoin(people, eq(people.id, caringRelationships.carerPersonId))
        .where(eq(caringRelationships.caredForPersonId, personId))
        .orderBy(caringRelationships.createdAt, caringRelationships.id)
      return rows.map((row) => ({ ...row.relationship, carerName: row.carerName }))
    },

    findDraft: findDraftRow,

    async startDraft(input, now) {
      const [inserted] = await db
        .insert(carerAssessments)
        .values({
          id: randomUUID(),
          carerPersonId: input.carerPersonId,
          questionnaireId: input.questionnaireId,
          questionnaireVersion: input.questionnaireVersion,
          answers: {},
          status: 'draft',
          startedByUserId: input.userId,
          lastUpdatedByUserId: input.userId,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .returning()
      const row = inserted ?? (await findDraftRow(input.carerPersonId, input.questionnaireId))
      if (!row) throw new Error('Starting a carer’s self-assessment: the draft in the way could not be found again')
      return row
    },

    async saveAnswers(id, answers, userId, now) {
      const [row] = await db
        .update(carerAssessments)
        .set({ answers, lastUpdatedByUserId: userId, updatedAt: now })
        .where(and(eq(carerAssessments.id, id), eq(carerAssessments.status, 'draft')))
        .returning()
      return row ? ok(row) : whyNotDraft(id)
    },

    async send(id, userId, now) {
      const [row] = await db
        .update(carerAssessments)
        .set({ status: 'submitted', lastUpdatedByUserId: userId, updatedAt: now, submittedAt: now })
        .where(and(eq(carerAssessments.id, id), eq(carerAssessments.status, 'draft')))
        .returning()
      return row ? ok(row) : whyNotDraft(id)
    },

    findAssessment: findRow,

    async listAssessments(carerPersonId) {
      return db
        .select()
        .from(carerAssessments)
        .where(eq(carerAssessments.carerPersonId, carerPersonId))
        .orderBy(desc(carerAssessments.createdAt), desc(carerAssessments.id))
    },

    async determine(input, now) {
      const assessment = await findRow(input.carerAssessmentId)
      if (!assessment) return fail({ path: 'carerAssessmentId', message: 'No carer’s self-assessment has this id' })
      if (assessment.status !== 'submitted')
        return fail({ path: 'carerAssessmentId', message: carerAssessmentNotSentMessage })
      if (assessment.carerPersonId !== input.carerPersonId)
        return fail({ path: 'carerPersonId', message: 'This self-assessment is another carer’s' })
      const row = first(
        await db
          .insert(carerDeterminations)
          .values({ id: randomUUID(), ...input, decidedAt: now })
          .returning(),
      )
      if (!row) throw new Error('The database stored no carer’s determination')
      return ok(row)
    },

    async latestDetermination(carerAssessmentId) {
      // Determinations are never deleted, so the rowid only grows: it breaks a tie within one millisecond.
      return first(
        await db
          .select()
          .from(carerDeterminations)
          .where(eq(carerDeterminations.carerAssessmentId, carerAssessmentId))
          .orderBy(desc(carerDeterminations.decidedAt), desc(sql`${carerDeterminations}.rowid`))
          .limit(1),
      )
    },
  }
}
