import { randomUUID } from 'node:crypto'
import { asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm'
import { first, type Store } from '../store.js'
import type { combinedAssessmentParties, combinedAssessmentWords } from '../vocabulary.js'

/** One party's recorded word on combining a carer's assessment with the cared-for person's, with both people named. */
export type CombinedAssessmentAgreementRecord = {
  id: string
  carerAssessmentId: string
  personAssessmentId: string
  party: (typeof combinedAssessmentParties)[number]
  word: (typeof combinedAssessmentWords)[number]
  recordedByUserId: string
  recordedAt: Date
  carerPersonId: string
  carerName: string
  personId: string
  personName: string
  /** Whether the cared-for person's assessment has been sent (only a sent one has a practitioner's page). */
  personAssessmentSent: boolean
}
export type NewCombinedAssessmentAgreement = Pick<
  CombinedAssessmentAgreementRecord,
  'carerAssessmentId' | 'personAssessmentId' | 'party' | 'word' | 'recordedByUserId'
>

/**
 * Combined assessments (Care Act s12(5)): each party's agreement and withdrawal, append-only, oldest first. What the
 * words add up to is @open-sds/carers' `combinationOf`; a trigger on both engines takes a word only for an assessment
 * of someone the carer cares for. Writes are to be called inside `withAudit`.
 */
export interface CombinedAssessmentsRepository {
  record(input: NewCombinedAssessmentAgreement, now: Date): Promise<CombinedAssessmentAgreementRecord>
  /** Every word on this carer's assessment, oldest first. */
  listForCarerAssessment(carerAssessmentId: string): Promise<CombinedAssessmentAgreementRecord[]>
  /** Every word on this cared-for person's assessment, oldest first. */
  listForPersonAssessment(personAssessmentId: string): Promise<CombinedAssessmentAgreementRecord[]>
  /** Every word where this person is the carer or the person cared for, oldest first. */
  listForPerson(personId: string): Promise<CombinedAssessmentAgreementRecord[]>
}

export function createCombinedAssessmentsRepository({ db, t }: Store): CombinedAssessmentsRepository {
  const { combinedAssessmentAgreements: words, carerAssessments, assessments, people } = t

  const list = async (where: SQL | undefined) => {
    const rows = await db
      .select({
        word: words,
        carerPersonId: carerAssessments.carerPersonId,
        personId: assessments.personId,
        personAssessmentStatus: assessments.status,
      })
      .from(words)
      .innerJoin(carerAssessments, eq(carerAssessments.id, words.carerAssessmentId))
      .innerJoin(assessments, eq(assessments.id, words.personAssessmentId))
      .where(where)
      // Words are never removed, so the rowid only grows: it keeps their order within one millisecond.
      .orderBy(asc(words.recordedAt), asc(sql`${words}.rowid`))
    const ids = [...new Set(rows.flatMap((row) => [row.carerPersonId, row.personId]))]
    const names = new Map(
      ids.length === 0
        ? []
        : (
            await db.select({ id: people.id, name: people.displayName }).from(people).where(inArray(people.id, ids))
          ).map((row) => [row.id, row.name]),
    )
    return rows.map((row): CombinedAssessmentAgreementRecord => ({
      ...row.word,
      carerPersonId: row.carerPersonId,
      carerName: names.get(row.carerPersonId) ?? '',
      personId: row.personId,
      personName: names.get(row.personId) ?? '',
      personAssessmentSent: row.personAssessmentStatus === 'submitted',
    }))
  }

  return {
    async record(input, now) {
      const id = randomUUID()
      await db.insert(words).values({ id, ...input, recordedAt: now })
      const stored = first(await list(eq(words.id, id)))
      if (!stored) throw new Error('The database stored no agreement to a combined assessment')
      return stored
    },
    listForCarerAssessment: (carerAssessmentId) => list(eq(words.carerAssessmentId, carerAssessmentId)),
    listForPersonAssessment: (personAssessmentId) => list(eq(words.personAssessmentId, personAssessmentId)),
    listForPerson: (personId) =>
      list(or(eq(carerAssessments.carerPersonId, personId), eq(assessments.personId, personId))),
  }
}
