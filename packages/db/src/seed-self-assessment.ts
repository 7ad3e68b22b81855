import type { Repositories } from './repositories/index.js'

/** Who, how much, and when each step of a decided self-assessment happened. */
export type DecidedSelfAssessment = {
  personId: string
  /** The practitioner who completed it on the person's behalf and decided it. */
  practitionerId: string
  /** The budget the RAS gave, agreed as it stands when eligible. */
  weeklyPence: number
  eligible: boolean
  startedAt: Date
  submittedAt: Date
  decidedAt: Date
}

/**
 * A self-assessment completed on someone's behalf and decided by a practitioner, written through the repositories
 * (so their rules and the database's apply, on either engine): for demos, tests and benchmarks that need people with
 * decided needs. Returns the assessment's id; throws, naming what was refused, if any step is refused.
 */
export async function seedDecidedSelfAssessment(
  handle: { repos: Pick<Repositories, 'assessments' | 'eligibilityDecisions'> },
  { personId, practitionerId, weeklyPence, eligible, startedAt, submittedAt, decidedAt }: DecidedSelfAssessment,
): Promise<string> {
  const { assessments, eligibilityDecisions } = handle.repos
  const draft = await assessments.startDraft(
    { personId, questionnaireId: 'saq', questionnaireVersion: '3', userId: practitionerId, onBehalf: true },
    startedAt,
  )
  const submitted = await assessments.submit(
    draft.id,
    {
      userId: practitionerId,
      onBehalf: true,
      budget: { weeklyPence, explanation: [{ text: 'Daily living', pence: weeklyPence }] },
      rasConfigId: 'national-default',
      rasConfigVersion: '2025.1',
      weeklyPence,
    },
    submittedAt,
  )
  if (!submitted.ok) throw new Error(`The self-assessment was refused: ${JSON.stringify(submitted.errors)}`)
  const decided = await eligibilityDecisions.record(
    {
      assessmentId: draft.id,
      personId,
      decidedByUserId: practitionerId,
      determination: {},
      eligible,
      indicativeWeeklyPence: weeklyPence,
      agreedWeeklyPence: eligible ? weeklyPence : null,
      changeReason: null,
    },
    decidedAt,
  )
  if (!decided.ok) throw new Error(`The eligibility decision was refused: ${JSON.stringify(decided.errors)}`)
  return draft.id
}
