import { randomUUID } from 'node:crypto'
import { desc, eq, sql } from 'drizzle-orm'
import {
  RecordEligibilityDecisionSchema,
  type EligibilityDecision,
  type RecordEligibilityDecision,
} from '../records.js'
import { fail, ok, parse, type Result } from '@open-sds/kernel'
import { first, type Store, type Tables } from '../store.js'

export const assessmentNotSentMessage = 'Eligibility can only be decided on a self-assessment that has been sent'

export interface EligibilityDecisionsRepository {
  /**
   * Records a practitioner's eligibility decision on a submitted self-assessment: the determination exactly as given,
   * and, when eligible, the agreed weekly budget (the indicative one, or a different amount with a reason the person
   * will see). Decisions are never changed: recording again on the same assessment makes the new one the latest.
   */
  record(input: RecordEligibilityDecision, now: Date): Promise<Result<EligibilityDecision>>
  /** The decision that counts for this assessment: the latest decided, and of those at the same time, the last recorded. */
  latestForAssessment(assessmentId: string): Promise<EligibilityDecision | undefined>
  /** Every decision about this person, on all their assessments, superseded ones included, newest first. */
  listForPerson(personId: string): Promise<EligibilityDecision[]>
}

type EligibilityDecisionRow = Tables['eligibilityDecisions']['$inferSelect']

// The determination comes back parsed from JSON, exactly as stored.
const toEligibilityDecision = (row: EligibilityDecisionRow): EligibilityDecision => row

// Decisions are never deleted, so the rowid only grows: it breaks a tie between two decisions made in the same
// millisecond in favour of the one recorded last. SQLite has one of its own; on PostgreSQL it is an identity column
// (migrations-pg/0002).
const newestFirst = (table: Tables['eligibilityDecisions']) =>
  [desc(table.decidedAt), desc(sql`${table}.rowid`)] as const

export function createEligibilityDecisionsRepository({ db, t }: Store): EligibilityDecisionsRepository {
  const { assessments, eligibilityDecisions, users } = t
  // Why the decision cannot be made on this assessment, or undefined if it can. The database checks the same again
  // with a trigger; these are the reasons in words a practitioner can act on.
  const whyNotDecidable = async (input: {
    assessmentId: string
    personId: string
    indicativeWeeklyPence: number
  }): Promise<Result<never> | undefined> => {
    const assessment = first(
      await db
        .select({ personId: assessments.personId, status: assessments.status, weeklyPence: assessments.weeklyPence })
        .from(assessments)
        .where(eq(assessments.id, input.assessmentId)),
    )
    if (!assessment) return fail({ path: 'assessmentId', message: 'No self-assessment has this id' })
    if (assessment.status !== 'submitted') return fail({ path: 'assessmentId', message: assessmentNotSentMessage })
    if (assessment.personId !== input.personId)
      return fail({ path: 'personId', message: 'This self-assessment is about someone else' })
    if (assessment.weeklyPence !== input.indicativeWeeklyPence) {
      return fail({
        path: 'indicativeWeeklyPence',
        message: `Indicative weekly budget must be the one worked out when the self-assessment was sent: ${String(assessment.weeklyPence)} pence`,
      })
    }
    return undefined
  }

  return {
    async record(input, now) {
      const parsed = parse(RecordEligibilityDecisionSchema, input)
      if (!parsed.ok) return parsed
      const decision = parsed.value
      const refused = await whyNotDecidable(decision)
      if (refused) return refused
      if (!first(await db.select({ id: users.id }).from(users).where(eq(users.id, decision.decidedByUserId)))) {
        return fail({ path: 'decidedByUserId', message: 'No account has this id' })
      }
      // A submitted assessment never changes (a trigger sees to it), so the checks above still hold at this insert.
      const [row] = await db
        .insert(eligibilityDecisions)
        .values({ id: randomUUID(), ...decision, decidedAt: now })
        .returning()
      if (!row) throw new Error('The database stored no eligibility decision')
      return ok(toEligibilityDecision(row))
    },

    async latestForAssessment(assessmentId) {
      const row = first(
        await db
          .select()
          .from(eligibilityDecisions)
          .where(eq(eligibilityDecisions.assessmentId, assessmentId))
          .orderBy(...newestFirst(eligibilityDecisions))
          .limit(1),
      )
      return row && toEligibilityDecision(row)
    },

    async listForPerson(personId) {
      const rows = await db
        .select()
        .from(eligibilityDecisions)
        .where(eq(eligibilityDecisions.personId, personId))
        .orderBy(...newestFirst(eligibilityDecisions))
      return rows.map(toEligibilityDecision)
    },
  }
}
