/**
 * The eight outcomes of regulation 3(2)(b)(ii) of the Care and Support (Eligibility Criteria) Regulations 2015, in the
 * regulation's order. None ranks above another (SCIE), and being unable to achieve any one of them is enough.
 */
export const CARER_OUTCOMES = [
  { code: 'caring-for-child', title: 'Carrying out any caring responsibilities for a child' },
  { code: 'caring-for-others', title: 'Providing care to other persons for whom the carer provides care' },
  { code: 'habitable-home', title: 'Maintaining a habitable home environment' },
  { code: 'nutrition', title: 'Managing and maintaining nutrition' },
  { code: 'relationships', title: 'Developing and maintaining family or other personal relationships' },
  { code: 'work-learning', title: 'Engaging in work, training, education or volunteering' },
  { code: 'community', title: 'Making use of necessary facilities or services in the local community' },
  { code: 'recreation', title: 'Engaging in recreational activities' },
] as const

export type CarerOutcomeCode = (typeof CARER_OUTCOMES)[number]['code']

export const CARER_OUTCOME_CODES: readonly CarerOutcomeCode[] = CARER_OUTCOMES.map((outcome) => outcome.code)

/** The outcome's title, or the code itself for one this version does not know. */
export function carerOutcomeTitle(code: string): string {
  return CARER_OUTCOMES.find((outcome) => outcome.code === code)?.title ?? code
}
