import type { PositiveRiskAssessment, PositiveRiskInput } from './positive-risk.js'
import type { Advocacy, OutcomesAchieved } from './msp.js'
import type { Section42Decision } from './section42.js'

/*
 * The words a person reads for the package's codes: one source for every page, list and export, so a decision reads
 * the same wherever it is shown.
 */

/** Whose risk a positive risk is, in the person's voice (the form asks "whose risk is it?"). */
export const whoseRiskLabels: Record<PositiveRiskInput['whoseRisk'], string> = {
  'the-person': 'Mine (the person’s)',
  'carer-or-family': 'A carer or family member’s',
  'other-people': 'Other people’s',
  staff: 'Staff’s',
  'the-organisation': 'The organisation’s',
}

/** The decision on a positive risk. */
export const positiveRiskDecisionLabels: Record<PositiveRiskAssessment['decision']['outcome'], string> = {
  agreed: 'Agreed',
  'agreed-with-conditions': 'Agreed with conditions',
  'not-agreed': 'Not agreed',
}

/** What a concern led to under section 42. */
export const section42OutcomeLabels: Record<Section42Decision['outcome'], string> = {
  'section-42-enquiry': 'Section 42 enquiry',
  'other-enquiry': 'Other enquiry',
  closed: 'Closed without an enquiry',
}

/** How far the outcomes the person wanted were achieved (Making Safeguarding Personal), as the question is answered. */
export const outcomesAchievedLabels: Record<OutcomesAchieved, string> = {
  fully: 'Yes, fully',
  partly: 'Partly',
  not: 'No',
}

/** Who supported the person through the enquiry. */
export const supportedByLabels: Record<Advocacy['supportedBy'], string> = {
  'independent-advocate': 'An independent advocate',
  'family-member': 'A family member',
  friend: 'A friend',
  other: 'Someone else',
  none: 'Nobody',
}

const enquiryHistoryLabels: Record<string, string> = {
  opened: 'Enquiry opened',
  'record-desired-outcomes': 'What the person wants to happen recorded',
  'record-mental-capacity': 'Mental capacity recorded',
  'record-advocacy': 'Advocacy recorded',
  'update-risk': 'Type, location or source of risk changed',
  closed: 'Enquiry closed',
}

/** A step in an enquiry's history in plain words; an unknown step (from a newer version) never shows its code. */
export function enquiryHistoryLabel(event: string): string {
  return enquiryHistoryLabels[event] ?? 'Enquiry changed'
}
