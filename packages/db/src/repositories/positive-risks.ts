import { randomUUID } from 'node:crypto'
import { desc, eq, sql } from 'drizzle-orm'
import {
  DecidePositiveRiskSchema,
  RecordPositiveRiskSchema,
  type DecidePositiveRisk,
  type PositiveRiskDecisionRecord,
  type PositiveRiskRecord,
  type RecordPositiveRisk,
} from '../records/safeguarding.js'
import { fail, ok, parse, type Result } from '@open-sds/kernel'
import { first, type Store, type Tables } from '../store.js'

/** "Risks I choose to take": what the person recorded, and the decisions agreeing it (the latest counts). */
export interface PositiveRisksRepository {
  record(input: RecordPositiveRisk, now: Date): Promise<Result<PositiveRiskRecord>>
  find(id: string): Promise<PositiveRiskRecord | undefined>
  /** Newest first, each with the decision that counts, if any. */
  listForPerson(
    personId: string,
  ): Promise<Array<PositiveRiskRecord & { decision: PositiveRiskDecisionRecord | undefined }>>
  decide(input: DecidePositiveRisk, now: Date): Promise<Result<PositiveRiskDecisionRecord>>
  latestDecision(assessmentId: string): Promise<PositiveRiskDecisionRecord | undefined>
}

type AssessmentRow = Tables['positiveRiskAssessments']['$inferSelect']
type DecisionRow = Tables['positiveRiskDecisions']['$inferSelect']

const toRecord = (row: AssessmentRow): PositiveRiskRecord => ({
  ...row,
  proposal: row.proposal as Record<string, unknown>,
  rating: row.rating as Record<string, unknown>,
})

const toDecision = (row: DecisionRow): PositiveRiskDecisionRecord => ({
  ...row,
  assessment: row.assessment as Record<string, unknown>,
})

export function createPositiveRisksRepository({ db, t }: Store): PositiveRisksRepository {
  const { people, positiveRiskAssessments, positiveRiskDecisions } = t
  // Risks and decisions are never changed or removed, so the rowid only grows: of two recorded in the same
  // millisecond, the one recorded last counts. On PostgreSQL it is an identity column (migrations-pg/0008).
  const latestDecision = async (assessmentId: string): Promise<PositiveRiskDecisionRecord | undefined> => {
    const row = first(
      await db
        .select()
        .from(positiveRiskDecisions)
        .where(eq(positiveRiskDecisions.assessmentId, assessmentId))
        .orderBy(desc(positiveRiskDecisions.decidedAt), desc(sql`${positiveRiskDecisions}.rowid`))
        .limit(1),
    )
    return row && toDecision(row)
  }

  return {
    async record(input, now) {
      const parsed = parse(RecordPositiveRiskSchema, input)
      if (!parsed.ok) return parsed
      if (!first(await db.select({ id: people.id }).from(people).where(eq(people.id, parsed.value.personId)))) {
        return fail({ path: 'personId', message: 'No person has this id' })
      }
      const [row] = await db
        .insert(positiveRiskAssessments)
        .values({ id: randomUUID(), ...parsed.value, recordedAt: now })
        .returning()
      if (!row) throw new Error('The database stored no positive risk assessment')
      return ok(toRecord(row))
    },

    async find(id) {
      const row = first(await db.select().from(positiveRiskAssessments).where(eq(positiveRiskAssessments.id, id)))
      return row && toRecord(row)
    },

    async listForPerson(personId) {
      const rows = await db
        .select()
        .from(positiveRiskAssessments)
        .where(eq(positiveRiskAssessments.personId, personId))
        .orderBy(desc(positiveRiskAssessments.recordedAt), desc(sql`${positiveRiskAssessments}.rowid`))
      return Promise.all(rows.map(async (row) => ({ ...toRecord(row), decision: await latestDecision(row.id) })))
    },

    async decide(input, now) {
      const parsed = parse(DecidePositiveRiskSchema, input)
      if (!parsed.ok) return parsed
      const risk = first(
        await db
          .select({ id: positiveRiskAssessments.id })
          .from(positiveRiskAssessments)
          .where(eq(positiveRiskAssessments.id, parsed.value.assessmentId)),
      )
      if (!risk) return fail({ path: 'assessmentId', message: 'No risk has this id' })
      const [row] = await db
        .insert(positiveRiskDecisions)
        .values({ id: randomUUID(), ...parsed.value, decidedAt: now })
        .returning()
      if (!row) throw new Error('The database stored no positive risk decision')
      return ok(toDecision(row))
    },

    latestDecision,
  }
}
