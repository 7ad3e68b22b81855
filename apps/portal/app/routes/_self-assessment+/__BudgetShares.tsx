import type { BudgetSharesView } from '~/routes/_charging+/budget-shares.server'

/** The council's share and the person's share of the weekly budget, with how they were worked out. */
export function BudgetShares({ personId, shares }: { personId: string; shares: BudgetSharesView }) {
  return (
    <>
      <h2 className="govuk-heading-m">Who pays for your budget</h2>
      {shares.known ? (
        <div id="budget-shares">
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">The council pays</dt>
              <dd className="govuk-summary-list__value">{shares.councilShare} a week</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">You pay</dt>
              <dd className="govuk-summary-list__value">
                {shares.personShare} a week{shares.confirmed ? '' : ' (not confirmed yet)'}
              </dd>
            </div>
          </dl>
          <ol className="govuk-list govuk-list--number">
            {shares.steps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
          <p className="govuk-body">
            <a className="govuk-link" href={`/people/${personId}/financial-assessment/result`}>
              See how your weekly charge was worked out
            </a>
          </p>
        </div>
      ) : (
        <p className="govuk-body">
          Most people pay something towards their care. Until you complete a financial assessment, we cannot say how
          much of this budget you would pay.{' '}
          <a className="govuk-link" href={`/people/${personId}/financial-assessment`}>
            Complete your financial assessment
          </a>
        </p>
      )}
    </>
  )
}
