import { formatPence, issue, type Issue } from '@open-sds/kernel'
import type { RateTable } from '../rates/rate-schema.js'
import type { CouncilPolicy } from './policy-schema.js'

/** A council's capital limits may only be higher than the limits in force for the year (never less generous). */
export function checkPolicyLimits(policy: CouncilPolicy, table: RateTable): Issue[] {
  const issues: Issue[] = []
  const limits = policy.nonResidentialCapitalLimits
  const pairs = [
    ['upperPence', limits.upperPence, table.rates.capitalUpperLimit?.pence, 'upper'],
    ['lowerPence', limits.lowerPence, table.rates.capitalLowerLimit?.pence, 'lower'],
  ] as const
  for (const [field, council, national, which] of pairs) {
    if (council !== undefined && national !== undefined && council < national) {
      issues.push(
        issue(
          `policy.nonResidentialCapitalLimits.${field}`,
          `The council's non-residential ${which} capital limit (${formatPence(council, { omitZeroPence: true })}) is below the ${which} limit for ${table.year} (${formatPence(national, { omitZeroPence: true })}); a council may set higher capital limits, never lower`,
        ),
      )
    }
  }
  return issues
}
