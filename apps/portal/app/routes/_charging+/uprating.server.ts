import {
  planUprating as planWithRules,
  type CouncilPolicy,
  type UpratingPlan as PlannedUprating,
} from '@open-sds/charging'
import {
  financialOutcomeOf,
  type FinancialAssessment,
  type FinancialAssessmentsRepository,
  type UpratedVersion,
} from '@open-sds/db'

/** The package's uprating plan, with the new versions to write (one per person), as the repository takes them. */
export type UpratingPlan = PlannedUprating & { versions: UpratedVersion[] }

export type PlanOutcome = { ok: true; plan: UpratingPlan } | { ok: false; message: string }

/**
 * The uprating report for the stored charges: `planUprating` of @open-sds/charging over every current confirmed
 * assessment (who goes up or down, who is left out and why), with the versions a confirmation would write. Nothing is
 * written here.
 */
export function planUprating(
  current: readonly FinancialAssessment[],
  policy: CouncilPolicy,
  date: string,
  awaitingReview: readonly FinancialAssessment[] = [],
): PlanOutcome {
  const planned = planWithRules(
    {
      date,
      current: current.map((version) => ({
        personId: version.personId,
        versionId: version.id,
        answers: version.answers,
        weeklyChargePence: version.weeklyChargePence,
        weeklyCostOfCarePence: version.weeklyCostOfCarePence,
        ratesYear: version.ratesYear,
      })),
      awaitingReview: awaitingReview.map((version) => ({ personId: version.personId })),
    },
    policy,
  )
  if (!planned.ok) return { ok: false, message: planned.errors.map((issue) => issue.message).join(' ') }
  const answersOf = new Map(current.map((version) => [version.id, version.answers]))
  const versions = planned.value.changes.map((change) => ({
    supersedesId: change.versionId,
    personId: change.personId,
    answers: answersOf.get(change.versionId) ?? {},
    outcome: financialOutcomeOf(change.assessment),
  }))
  return { ok: true, plan: { ...planned.value, versions } }
}

export type UpratingRun =
  { ok: true; written: number; runId: string; plan: UpratingPlan } | { ok: false; message: string }

/** Plans the uprating again (the stored charges may have moved since the preview) and writes it in one transaction. */
export async function runUprating(
  repo: FinancialAssessmentsRepository,
  policy: CouncilPolicy,
  date: string,
  userId: string,
  now: Date,
): Promise<UpratingRun> {
  const planned = planUprating(await repo.listCurrentConfirmed(), policy, date, await repo.listAwaitingReview())
  if (!planned.ok) return planned
  const { plan } = planned
  if (plan.problems.length > 0) {
    return {
      ok: false,
      message: `${plan.problems.length} ${plan.problems.length === 1 ? 'charge' : 'charges'} could not be worked out under the ${plan.ratesYear} rates, so nothing was uprated. ${plan.problems[0]?.message ?? ''}`,
    }
  }
  const written = await repo.recordUprating(
    {
      reason: `Yearly uprating to the ${plan.ratesYear} rates from ${date} (${policy.name}, version ${policy.version})`,
      recordedByUserId: userId,
      versions: plan.versions,
    },
    now,
  )
  if (!written.ok) return { ok: false, message: written.errors.map((issue) => issue.message).join(' ') }
  return { ok: true, written: written.value.written, runId: written.value.runId, plan }
}
