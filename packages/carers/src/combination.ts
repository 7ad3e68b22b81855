import { fail, ok, type Result } from '@open-sds/kernel'

/*
 * A combined assessment (Care Act s12(5)): the carer's assessment is carried out together with the cared-for person's
 * only while both agree. Each party's agreement, and its withdrawal, is a fact recorded in time; the combination stands
 * while the latest word of each is "agreed", and ends the moment either withdraws.
 */
export const COMBINED_ASSESSMENT_PARTIES = ['carer', 'cared-for'] as const
export type CombinedAssessmentParty = (typeof COMBINED_ASSESSMENT_PARTIES)[number]
export type CombinedAssessmentWord = 'agreed' | 'withdrew'

/** One party's recorded word, in the order it was recorded. */
export type CombinedAssessmentAgreement = { party: CombinedAssessmentParty; word: CombinedAssessmentWord; at: Date }

export type CombinedAssessmentState = {
  /** True only while both the carer and the person cared for have agreed and neither has withdrawn since. */
  combined: boolean
  /** When each party last agreed, while their agreement stands; null when they have not, or withdrew. */
  carerAgreedAt: Date | null
  caredForAgreedAt: Date | null
  /** When the combination ended, if both had agreed and one of them has since withdrawn. */
  endedAt: Date | null
}

/** What the recorded words add up to; `agreements` are oldest first. */
export function combinationOf(agreements: readonly CombinedAssessmentAgreement[]): CombinedAssessmentState {
  const standing: Record<CombinedAssessmentParty, Date | null> = { carer: null, 'cared-for': null }
  let endedAt: Date | null = null
  for (const agreement of agreements) {
    const wasCombined = standing.carer !== null && standing['cared-for'] !== null
    standing[agreement.party] = agreement.word === 'agreed' ? agreement.at : null
    if (wasCombined && agreement.word === 'withdrew') endedAt = agreement.at
    if (standing.carer !== null && standing['cared-for'] !== null) endedAt = null
  }
  return {
    combined: standing.carer !== null && standing['cared-for'] !== null,
    carerAgreedAt: standing.carer,
    caredForAgreedAt: standing['cared-for'],
    endedAt,
  }
}

const WHO: Record<CombinedAssessmentParty, string> = { carer: 'The carer', 'cared-for': 'The person cared for' }

/**
 * Whether a party's new word makes sense against what is recorded: agreeing again while agreed, or withdrawing an
 * agreement never given, is refused with a reason naming the field, so the record says only what happened.
 */
export function checkCombinedAgreement(
  agreements: readonly CombinedAssessmentAgreement[],
  next: { party: CombinedAssessmentParty; word: CombinedAssessmentWord },
): Result<{ party: CombinedAssessmentParty; word: CombinedAssessmentWord }> {
  const state = combinationOf(agreements)
  const standing = next.party === 'carer' ? state.carerAgreedAt : state.caredForAgreedAt
  if (next.word === 'agreed' && standing !== null)
    return fail({ path: 'word', message: `${WHO[next.party]} has already agreed to a combined assessment` })
  if (next.word === 'withdrew' && standing === null)
    return fail({
      path: 'word',
      message: `${WHO[next.party]} has not agreed to a combined assessment, so there is nothing to withdraw`,
    })
  return ok(next)
}
