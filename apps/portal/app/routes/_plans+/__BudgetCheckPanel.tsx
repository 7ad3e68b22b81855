import type { PlanView } from './plan-view.server'

/**
 * The plan's cost against its budget, worked out again on every save (there is no client JavaScript, so "live" means
 * recomputed each time the person saves a step), with the supports that cause an overspend.
 */
export function BudgetCheckPanel({ plan }: { plan: Pick<PlanView, 'check' | 'outcomes'> }) {
  const { check } = plan
  const causes = plan.outcomes.flatMap((outcome) => outcome.supports.filter((support) => support.causesOverspend))
  const heading =
    check.status === 'over'
      ? `${check.difference} a week over budget`
      : check.status === 'under'
        ? `${check.difference} a week under budget`
        : 'Within budget'
  return (
    <div className={`app-budget-check app-budget-check--${check.status} govuk-!-margin-bottom-6`} id="budget-check">
      <h2 className="govuk-heading-m govuk-!-margin-bottom-2">Budget check: {heading}</h2>
      <p className="govuk-body govuk-!-margin-bottom-2">{check.message}</p>
      {causes.length > 0 ? (
        <>
          <p className="govuk-body govuk-!-margin-bottom-1">The supports that cause it:</p>
          <ul className="govuk-list govuk-list--bullet govuk-!-margin-bottom-0">
            {causes.map((support) => (
              <li key={support.id}>
                {support.description}: {support.weekly}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}
