import { classifyChange, comparePlans, currentPlan, planInForce, type PlanRecord } from '@open-sds/support-planning'
import { formatDate } from '../../components/dates.js'

/**
 * For a plan whose newest version is not the one in force (a revision being written or sent to the council): what
 * it changes from the plan in force, as was / now, and why the change needs the council's agreement. Null when the
 * newest version is the one in force, or none is yet.
 */
export function revisionOf(record: PlanRecord, inForceVersion: number | null) {
  const inForce = record.versions.find((version) => version.planVersion === inForceVersion)
  const newest = record.versions.at(-1)
  if (!inForce || !newest || newest.planVersion === inForce.planVersion) return null
  const since = planInForce(record)?.since
  const classification = classifyChange(inForce.plan, currentPlan(record))
  return {
    inForceVersion: inForce.planVersion,
    since: since ? formatDate(since) : null,
    differences: comparePlans(inForce.plan, currentPlan(record)),
    reasons: classification.kind === 'needs-review' ? classification.reasons : [],
  }
}

export type Revision = NonNullable<ReturnType<typeof revisionOf>>
