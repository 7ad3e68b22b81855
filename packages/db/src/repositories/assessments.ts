import { randomUUID } from 'node:crypto'
import { and, asc, desc, eq } from 'drizzle-orm'
import {
  AssessmentActorSchema,
  AssessmentAnswersSchema,
  StartAssessmentSchema,
  SendForBudgetByHandSchema,
  SubmitAssessmentSchema,
  type Assessment,
  type BudgetByHand,
  type SendForBudgetByHand,
  type AssessmentActor,
  type AssessmentAnswers,
  type StartAssessment,
  type SubmitAssessment,
} from '../records.js'
import { fail, ok, parse, type Result } from '@open-sds/kernel'
import { first, type Store, type Tables } from '../store.js'
import { clampListLimit } from './list-limit.js'

export const assessmentSubmittedMessage = 'This self-assessment has been submitted and can no longer be changed'
const noSuchAssessmentMessage = 'No self-assessment has this id'

export interface AssessmentsRepository {
  /** The person's unfinished assessment for this questionnaire, if there is one. */
  findDraft(personId: string, questionnaireId: string): Promise<Assessment | undefined>
  /**
   * Starts a draft, or returns the one already in progress for this person and questionnaire unchanged (whatever its
   * questionnaire version), so that coming back resumes rather than starts again. Throws on malformed input or an
   * unknown person or account: the caller has already checked both, so that is a programming error.
   */
  startDraft(input: StartAssessment, now: Date): Promise<Assessment>
  /** Replaces the draft's answers with `answers` (merge them first to save one page at a time). */
  saveAnswers(id: string, answers: AssessmentAnswers, actor: AssessmentActor, now: Date): Promise<Result<Assessment>>
  /**
   * Submits a draft with its indicative budget, stored exactly as given and never recomputed. The answers are those
   * last saved. Refused unless the assessment is a draft; the check and the change are one statement, so two
   * submissions racing cannot both win.
   */
  submit(id: string, submission: SubmitAssessment, now: Date): Promise<Result<Assessment>>
  /**
   * Sends a draft whose indicative budget could not be worked out because of the council's data, with the reason: the
   * answers reach the council and no longer change (a trigger keeps them); the draft stays a draft until a practitioner
   * works out the budget. Refused unless it is a draft not already sent; two tabs sending at once send it once.
   */
  sendForBudgetByHand(id: string, sending: SendForBudgetByHand, now: Date): Promise<Result<BudgetByHand>>
  /** Whether this assessment was sent for its budget to be worked out by a person, and why. */
  budgetByHand(assessmentId: string): Promise<BudgetByHand | undefined>
  /** Assessments sent for their budget to be worked out by a person and still waiting, oldest first. */
  listBudgetsToWorkOut(): Promise<BudgetByHand[]>
  findById(id: string): Promise<Assessment | undefined>
  /** Every assessment of this person, drafts included, newest first. */
  listForPerson(personId: string): Promise<Assessment[]>
  /** Submitted assessments of everyone, most recently submitted first (default 50, at most 1000). */
  listSubmitted(options?: { limit?: number }): Promise<Assessment[]>
}

type AssessmentRow = Tables['assessments']['$inferSelect']

// JSON columns come back parsed; the budget is whatever JSON was stored, so it is returned untouched.
const toAssessment = (row: AssessmentRow): Assessment => row

const refused = (what: string, errors: { path: string; message: string }[]) =>
  new TypeError(`${what} refused: ${errors.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`)

export function createAssessmentsRepository({ db, t }: Store): AssessmentsRepository {
  const { assessments, assessmentBudgetsByHand, people, users } = t
  const findRow = async (id: string) => first(await db.select().from(assessments).where(eq(assessments.id, id)))

  const findDraftRow = async (personId: string, questionnaireId: string) =>
    first(
      await db
        .select()
        .from(assessments)
        .where(
          and(
            eq(assessments.personId, personId),
            eq(assessments.questionnaireId, questionnaireId),
            eq(assessments.status, 'draft'),
          ),
        ),
    )

  const byHandRow = async (assessmentId: string) =>
    first(await db.select().from(assessmentBudgetsByHand).where(eq(assessmentBudgetsByHand.assessmentId, assessmentId)))

  // Why an update of a draft matched nothing: there is no such assessment, or it is no longer a draft.
  const whyNotDraft = async (id: string): Promise<Result<never>> =>
    (await findRow(id))
      ? fail({ path: 'status', message: assessmentSubmittedMessage })
      : fail({ path: 'id', message: noSuchAssessmentMessage })

  return {
    async findDraft(personId, questionnaireId) {
      const row = await findDraftRow(personId, questionnaireId)
      return row && toAssessment(row)
    },

    async startDraft(input, now) {
      const parsed = parse(StartAssessmentSchema, input)
      if (!parsed.ok) throw refused('Starting a self-assessment', parsed.errors)
      const { personId, questionnaireId, questionnaireVersion, userId, onBehalf } = parsed.value
      if (!first(await db.select({ id: people.id }).from(people).where(eq(people.id, personId)))) {
        throw refused('Starting a self-assessment', [{ path: 'personId', message: 'No person has this id' }])
      }
      if (!first(await db.select({ id: users.id }).from(users).where(eq(users.id, userId)))) {
        throw refused('Starting a self-assessment', [{ path: 'userId', message: 'No account has this id' }])
      }
      // ON CONFLICT rather than look-then-insert: the partial unique index keeps it to one draft even when two
      // tabs start at once, and the loser resumes the winner's draft.
      const [inserted] = await db
        .insert(assessments)
        .values({
          id: randomUUID(),
          personId,
          questionnaireId,
          questionnaireVersion,
          answers: {},
          status: 'draft',
          startedByUserId: userId,
          lastUpdatedByUserId: userId,
          completedOnBehalf: onBehalf,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .returning()
      const row = inserted ?? (await findDraftRow(personId, questionnaireId))
      if (!row) throw new Error('Starting a self-assessment: the draft in the way could not be found again')
      return toAssessment(row)
    },

    async saveAnswers(id, answers, actor, now) {
      const parsedAnswers = parse(AssessmentAnswersSchema, answers)
      if (!parsedAnswers.ok) {
        const errors = parsedAnswers.errors.map((issue) => ({
          ...issue,
          path: issue.path ? `answers.${issue.path}` : 'answers',
        }))
        return { ok: false, errors }
      }
      const parsedActor = parse(AssessmentActorSchema, actor)
      if (!parsedActor.ok) return parsedActor
      // Sent for its budget to be worked out by a person: the answers are what the practitioner works from.
      if (await byHandRow(id)) return fail({ path: 'status', message: assessmentSubmittedMessage })
      const [row] = await db
        .update(assessments)
        .set({
          answers: parsedAnswers.value,
          lastUpdatedByUserId: parsedActor.value.userId,
          completedOnBehalf: parsedActor.value.onBehalf,
          updatedAt: now,
        })
        .where(and(eq(assessments.id, id), eq(assessments.status, 'draft')))
        .returning()
      return row ? ok(toAssessment(row)) : whyNotDraft(id)
    },

    async submit(id, submission, now) {
      const parsed = parse(SubmitAssessmentSchema, submission)
      if (!parsed.ok) return parsed
      const { userId, onBehalf, budget, rasConfigId, rasConfigVersion, weeklyPence } = parsed.value
      const [row] = await db
        .update(assessments)
        .set({
          status: 'submitted',
          lastUpdatedByUserId: userId,
          completedOnBehalf: onBehalf,
          updatedAt: now,
          submittedAt: now,
          budget,
          rasConfigId,
          rasConfigVersion,
          weeklyPence,
        })
        .where(and(eq(assessments.id, id), eq(assessments.status, 'draft')))
        .returning()
      return row ? ok(toAssessment(row)) : whyNotDraft(id)
    },

    async sendForBudgetByHand(id, sending, now) {
      const parsed = parse(SendForBudgetByHandSchema, sending)
      if (!parsed.ok) return parsed
      const { userId, onBehalf, reason } = parsed.value
      const draft = await findRow(id)
      if (!draft) return fail({ path: 'id', message: noSuchAssessmentMessage })
      const alreadySent = fail<BudgetByHand>({ path: 'status', message: assessmentSubmittedMessage })
      if (draft.status !== 'draft') return alreadySent
      // The primary key is the lock: two tabs sending at once send it once.
      const row = first(
        await db
          .insert(assessmentBudgetsByHand)
          .values({
            assessmentId: draft.id,
            personId: draft.personId,
            reason,
            sentByUserId: userId,
            sentOnBehalf: onBehalf,
            sentAt: now,
          })
          .onConflictDoNothing()
          .returning(),
      )
      return row ? ok(row) : alreadySent
    },

    async budgetByHand(assessmentId) {
      return byHandRow(assessmentId)
    },

    async listBudgetsToWorkOut() {
      const rows = await db
        .select({ byHand: assessmentBudgetsByHand })
        .from(assessmentBudgetsByHand)
        .innerJoin(assessments, eq(assessments.id, assessmentBudgetsByHand.assessmentId))
        .where(eq(assessments.status, 'draft'))
        .orderBy(asc(assessmentBudgetsByHand.sentAt))
      return rows.map((row) => row.byHand)
    },

    async findById(id) {
      const row = await findRow(id)
      return row && toAssessment(row)
    },

    async listForPerson(personId) {
      const rows = await db
        .select()
        .from(assessments)
        .where(eq(assessments.personId, personId))
        .orderBy(desc(assessments.createdAt), desc(assessments.id))
      return rows.map(toAssessment)
    },

    async listSubmitted(options = {}) {
      const rows = await db
        .select()
        .from(assessments)
        .where(eq(assessments.status, 'submitted'))
        .orderBy(desc(assessments.submittedAt), desc(assessments.id))
        .limit(clampListLimit(options.limit))
      return rows.map(toAssessment)
    },
  }
}
