import type { Plan } from './plan-schema.js'
import type { Issue } from '@open-sds/kernel'

/**
 * What a plan needs before the council is asked to agree it, beyond being valid: something to achieve, something
 * planned for each outcome (unpaid support counts) and a plan for when things go wrong.
 */
export function submissionIssues(plan: Plan, prefix = 'plan'): Issue[] {
  const issues: Issue[] = []
  if (plan.outcomes.length === 0) {
    issues.push({
      path: `${prefix}.outcomes`,
      message: "Add at least one outcome, in the person's own words, before submitting the plan",
    })
  }
  plan.outcomes.forEach((outcome, index) => {
    if (!plan.supports.some((support) => support.outcomeId === outcome.id)) {
      issues.push({
        path: `${prefix}.outcomes.${index}`,
        message: `"${outcome.words}" has no support planned yet; add at least one (support from family, friends or the community counts, at £0)`,
      })
    }
  })
  if (plan.contingencyPlan.trim() === '') {
    issues.push({
      path: `${prefix}.contingencyPlan`,
      message:
        'Write a contingency plan: what will happen if things go wrong, such as the personal assistant being ill',
    })
  }
  return issues
}
