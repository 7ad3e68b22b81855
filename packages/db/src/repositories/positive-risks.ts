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
import { people } from '../schema.js'
import { positiveRiskAssessments, positiveRiskDecisions } from '../schema/safeguarding.js'
import type { SqliteDb } from '../sqlite-db.js'

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

type AssessmentRow = typeof positiveRiskAssessments.$inferSelect

const toRecord = (row: AssessmentRow): PositiveRiskRecord => ({
  ...row,
  proposal: row.proposal as Record<string, unknown>,
  rating: row.rating as Record<string, unknown>,
})

export function createPositiveRisksRepository(db: SqliteDb): PositiveRisksRepository {
  const latestDecision = (assessmentId: string): PositiveRiskDecisionRecord | undefined => {
    const row = db
      .select()
      .from(positiveRiskDecisions)
      .where(eq(positiveRiskDecisions.assessmentId, assessmentId))
      .orderBy(desc(positiveRiskDecisions.decidedAt), desc(sql`${positiveRiskDecisions}.rowid`))
      .limit(1)
      .get()
    return row && { ...row, assessment: row.assessment as Record<string, unknown> }
  }

  return {
    async record(input, now) {
      const parsed = parse(RecordPositiveRiskSchema, input)
      if (!parsed.ok) return parsed
      if (!db.select({ id: people.id }).from(people).where(eq(people.id, parsed.value.personId)).get()) {
        return fail({ path: 'personId', message: 'No person has this id' })
      }
      const row = db
        .insert(positiveRiskAssessments)
        .values({ id: randomUUID(), ...parsed.value, recordedAt: now })
        .returning()
        .get()
      return ok(toRecord(row))
    },

    async find(id) {
      const row = db.select().from(positiveRiskAssessments).where(eq(positiveRiskAssessments.id, id)).get()
      return row && toRecord(row)
    },

    async listForPerson(personId) {
      return db
        .select()
        .from(positiveRiskAssessments)
        .where(eq(positiveRiskAssessments.personId, personId))
        .orderBy(desc(positiveRiskAssessments.recordedAt), desc(sql`${positiveRiskAssessments}.rowid`))
        .all()
        .map((row) => ({ ...toRecord(row), decision: latestDecision(row.id) }))
    },

    async decide(input, now) {
      const parsed = parse(DecidePositiveRiskSchema, input)
      if (!parsed.ok) return parsed
      if (
        !db
          .select({ id: positiveRiskAssessments.id })
          .from(positiveRiskAssessments)
          .where(eq(positiveRiskAssessments.id, parsed.value.assessmentId))
          .get()
      ) {
        return fail({ path: 'assessmentId', message: 'No risk has this id' })
      }
      const row = db
        .insert(positiveRiskDecisions)
        .values({ id: randomUUID(), ...parsed.value, decidedAt: now })
        .returning()
        .get()
      return ok({ ...row, assessment: row.assessment as Record<string, unknown> })
    },

    async latestDecision(assessmentId) {
      return latestDecision(assessmentId)
    },
  }
}
