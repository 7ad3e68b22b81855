import type { ChargeAssessment } from '@open-sds/charging'
import type { FinancialOutcome } from '@open-sds/db'

/** The figures the database copies out of a charging result, with the result itself. */
export function outcomeOf(result: ChargeAssessment): FinancialOutcome {
  return {
    result,
    weeklyChargePence: result.weeklyChargePence,
    weeklyCostOfCarePence: result.weeklyCostOfCarePence,
    rulesVersion: result.rulesVersion,
    policyName: result.policy.name,
    policyVersion: result.policy.version,
    ratesYear: result.ratesYear,
    assessedFor: result.assessedFor,
  }
}
