import type { CombinedAssessmentAgreementRecord } from '@open-sds/db'
import { carers as carerRules } from '@open-sds/plugin-sdk'
import { formatDateTime as when } from '~/components/dates'

/** One carer's assessment and one cared-for person's, and what the recorded words add up to (Care Act s12(5)). */
export type CombinationView = {
  carerAssessmentId: string
  personAssessmentId: string
  carerPersonId: string
  carerName: string
  personId: string
  personName: string
  /** Only a sent assessment has a practitioner's page to link to. */
  personAssessmentHref: string | null
  carerAssessmentHref: string
  combined: boolean
  /** Plain words for each party's standing and when the combination ended, for both records and both pages. */
  lines: string[]
}

/** Stored words as @open-sds/carers reads them. */
export const agreementsOf = (records: readonly CombinedAssessmentAgreementRecord[]) =>
  records.map((record) => ({ party: record.party, word: record.word, at: record.recordedAt }))

/** The recorded words grouped by pair of assessments, each pair's standing worked out by @open-sds/carers. */
export function combinationsOf(records: readonly CombinedAssessmentAgreementRecord[]): CombinationView[] {
  const pairs = new Map<string, CombinedAssessmentAgreementRecord[]>()
  for (const record of records) {
    const key = `${record.carerAssessmentId} ${record.personAssessmentId}`
    pairs.set(key, [...(pairs.get(key) ?? []), record])
  }
  return [...pairs.values()].map((words) => {
    const latest = words[words.length - 1] as CombinedAssessmentAgreementRecord
    const state = carerRules.combinationOf(agreementsOf(words))
    const lines = [
      state.carerAgreedAt
        ? `${latest.carerName} (the carer) agreed on ${when(state.carerAgreedAt)}.`
        : `${latest.carerName} (the carer) has not agreed, or has withdrawn.`,
      state.caredForAgreedAt
        ? `${latest.personName} (the person cared for) agreed on ${when(state.caredForAgreedAt)}.`
        : `${latest.personName} (the person cared for) has not agreed, or has withdrawn.`,
    ]
    if (state.endedAt)
      lines.push(`The combined assessment ended on ${when(state.endedAt)}, when agreement was withdrawn.`)
    return {
      carerAssessmentId: latest.carerAssessmentId,
      personAssessmentId: latest.personAssessmentId,
      carerPersonId: latest.carerPersonId,
      carerName: latest.carerName,
      personId: latest.personId,
      personName: latest.personName,
      personAssessmentHref: latest.personAssessmentSent
        ? `/practitioner/assessments/${latest.personAssessmentId}`
        : null,
      carerAssessmentHref: `/work/carer-assessments/${latest.carerAssessmentId}`,
      combined: state.combined,
      lines,
    }
  })
}
