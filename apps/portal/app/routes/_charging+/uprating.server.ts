import { assessNonResidential, chargingYearOf, ratesFor, type CouncilPolicy } from '@open-sds/charging'
import type { FinancialAssessment, FinancialAssessmentsRepository, UpratedVersion } from '@open-sds/db'
import { outcomeOf } from './charge-outcome.server.js'
import { chargingInput, storedFinancialAnswers } from './financial-form.server.js'

export type UpratingChange = {
  personId: string
  versionId: string
  fromPence: number
  toPence: number
  fromYear: string
}

export type UpratingPlan = {
  date: string
  ratesYear: string
  policy: { name: string; version: string }
  changes: UpratingChange[]
  /** People whose charge could not be worked out under the new rates, and why; an uprating with any is refused. */
  problems: { personId: string; message: string }[]
  totals: { people: number; up: number; down: number; same: number; beforePence: number; afterPence: number }
  /** The new versions to write, one per person. */
  versions: UpratedVersion[]
  /**
   * People whose latest assessment is waiting for a finance officer: not uprated this time, because what they will
   * pay is not settled yet. Confirming them before the uprating is confirmed includes them.
   */
  awaitingReview: string[]
}

export type PlanOutcome = { ok: true; plan: UpratingPlan } | { ok: false; message: string }

/**
 * Recalculates every person's current confirmed charge under the rates in force on `date` and the council's current
 * policy, from the answers stored with it and its cost of care. Nothing is written: this is the report of changes.
 */
export function planUprating(current: readonly FinancialAssessment[], policy: CouncilPolicy, date: string, awaitingReview: readonly FinancialAssessment[] = []): PlanOutcome {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return { ok: false, message: 'Enter the date the new rates take effect, like 2026-04-06' }
  const table = ratesFor(date, policy.rateOverrides)
  if (!table.ok) return { ok: false, message: table.errors.map((issue) => issue.message).join(' ') }
  const changes: UpratingChange[] = []
  const problems: UpratingPlan['problems'] = []
  const versions: UpratedVersion[] = []
  for (const version of current) {
    const costOfCare = version.weeklyCostOfCarePence ?? 0
    const answers = storedFinancialAnswers(version.answers)
    const result = assessNonResidential(chargingInput(answers, costOfCare), policy, { now: date })
    if (!result.ok) {
      problems.push({ personId: version.personId, message: result.errors.map((issue) => issue.message).join(' ') })
      continue
    }
    const fromPence = version.weeklyChargePence ?? 0
    changes.push({ personId: version.personId, versionId: version.id, fromPence, toPence: result.value.weeklyChargePence, fromYear: version.ratesYear ?? '' })
    versions.push({ supersedesId: version.id, personId: version.personId, answers: version.answers, outcome: outcomeOf(result.value) })
  }
  const totals = {
    people: changes.length,
    up: changes.filter((change) => change.toPence > change.fromPence).length,
    down: changes.filter((change) => change.toPence < change.fromPence).length,
    same: changes.filter((change) => change.toPence === change.fromPence).length,
    beforePence: changes.reduce((sum, change) => sum + change.fromPence, 0),
    afterPence: changes.reduce((sum, change) => sum + change.toPence, 0),
  }
  return { ok: true, plan: { date, ratesYear: chargingYearOf(date), policy: { name: policy.name, version: policy.version }, changes, problems, totals, versions, awaitingReview: awaitingReview.map((version) => version.personId) } }
}

export type UpratingRun = { ok: true; written: number; runId: string; plan: UpratingPlan } | { ok: false; message: string }

/** Plans the uprating again (the stored charges may have moved since the preview) and writes it in one transaction. */
export async function runUprating(repo: FinancialAssessmentsRepository, policy: CouncilPolicy, date: string, userId: string, now: Date): Promise<UpratingRun> {
  const planned = planUprating(await repo.listCurrentConfirmed(), policy, date, await repo.listAwaitingReview())
  if (!planned.ok) return planned
  const { plan } = planned
  if (plan.problems.length > 0) {
    return { ok: false, message: `${plan.problems.length} ${plan.problems.length === 1 ? 'charge' : 'charges'} could not be worked out under the ${plan.ratesYear} rates, so nothing was uprated. ${plan.problems[0]?.message ?? ''}` }
  }
  const written = await repo.recordUprating({ reason: `Yearly uprating to the ${plan.ratesYear} rates from ${date} (${policy.name}, version ${policy.version})`, recordedByUserId: userId, versions: plan.versions }, now)
  if (!written.ok) return { ok: false, message: written.errors.map((issue) => issue.message).join(' ') }
  return { ok: true, written: written.value.written, runId: written.value.runId, plan }
}
