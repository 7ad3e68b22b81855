import type { Issue } from '@open-sds/kernel'
import { RATE_KEYS, RATE_LABELS, type RateKey } from '../rates/rate-keys.js'
import { answersSectionOf } from './answers-to-input.js'

/**
 * Why the engine could not work out a charge. `person-input`: one of the person's answers is wrong or missing, and
 * the form can send them to it. `council-data`: something the council holds is missing (a rate not yet published, a
 * cost of care nobody has set, a policy that cannot be applied), so the person cannot fix it and must not be stopped:
 * their answers are sent and a person works the charge out by hand.
 */
export type RefusalCause = 'person-input' | 'council-data'

export type ClassifiedRefusal =
  /** What the person must change, each problem with its path (as the engine gave it). */
  | { cause: 'person-input'; issues: Issue[] }
  /** What the council's data lacks, in plain words for the person and the finance officer (never a rule id or path). */
  | { cause: 'council-data'; reasons: string[] }

const isRateKey = (value: string): value is RateKey => (RATE_KEYS as readonly string[]).includes(value)

/**
 * The rule: a refusal is the person's to fix only when it names one of their answers (the section a form can send
 * them to). Everything else comes from the council's side: the rates, the policy, the cost of care.
 */
export function causeOfRefusal(refusal: Issue): RefusalCause {
  return answersSectionOf(refusal.path) === undefined ? 'council-data' : 'person-input'
}

/** A council-data refusal in plain words: what is missing, without the configuration path the engine's message names. */
export function councilDataReason(refusal: Issue): string {
  const [first = '', second = '', year = '', key = ''] = refusal.path.split('.')
  if (first === 'policy' && second === 'rateOverrides' && isRateKey(key))
    return `The ${RATE_LABELS[key]} for ${year} has not been published yet, and this charge needs it.`
  if (first === 'now' || first === 'date') {
    const charging = /charging year (\d{4}\/\d{2})/.exec(refusal.message)?.[1]
    return charging
      ? `The charging rates for ${charging} have not been published yet.`
      : 'The charging rates for the date of this assessment have not been published yet.'
  }
  if (first === 'statedByPersonWeeklyPence' || first === 'costOfCareWeeklyPence')
    return 'The council has not set a weekly cost of care for this person yet.'
  if (first === 'policy') return "The council's charging policy could not be applied to these answers."
  return "The charging rules could not work this charge out from the council's data."
}

/**
 * Sorts an engine refusal: if any problem is the person's, only those are returned for the form to show (the
 * council's gaps are dealt with once the person's answers are right); otherwise the council's gaps in plain words,
 * each once.
 */
export function classifyRefusal(refusals: readonly Issue[]): ClassifiedRefusal {
  const persons = refusals.filter((refusal) => causeOfRefusal(refusal) === 'person-input')
  if (persons.length > 0) return { cause: 'person-input', issues: persons }
  return { cause: 'council-data', reasons: [...new Set(refusals.map(councilDataReason))] }
}
