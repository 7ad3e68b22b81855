import type { PlanView } from './plan-view.server'
import { formatDate } from '../../components/dates'
import type { RecordedRisk } from './plan-risks.server'

type Props = { plan: PlanView; changeBase?: string | null; recordedRisks?: readonly RecordedRisk[] }

function ChangeLink({ href, what }: { href: string | null | undefined; what: string }) {
  if (!href) return null
  return (
    <a className="govuk-link app-no-print app-plan__change" href={href}>
      Change<span className="govuk-visually-hidden"> {what}</span>
    </a>
  )
}

/** The whole plan, section by section, as the person, the council and a printout see it. */
export function PlanSummary({ plan, changeBase, recordedRisks = [] }: Props) {
  const step = (name: string) => (changeBase ? `${changeBase}/${name}` : null)
  return (
    <div className="app-plan">
      <section className="app-plan__section" aria-labelledby="plan-people">
        <h2 className="govuk-heading-m" id="plan-people">
          Who is involved <ChangeLink href={step('people')} what="who is involved" />
        </h2>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Whose plan</dt>
            <dd className="govuk-summary-list__value">{plan.person}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Planned with</dt>
            <dd className="govuk-summary-list__value">{plan.people.plannedWith.join('; ')}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Manages the money</dt>
            <dd className="govuk-summary-list__value">{plan.people.moneyManagedBy}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Representative</dt>
            <dd className="govuk-summary-list__value">{plan.people.representative ?? 'None'}</dd>
          </div>
        </dl>
      </section>

      <section className="app-plan__section" aria-labelledby="plan-outcomes">
        <h2 className="govuk-heading-m" id="plan-outcomes">
          Outcomes and supports <ChangeLink href={step('outcomes')} what="outcomes" />
        </h2>
        {plan.outcomes.length === 0 ? <p className="govuk-body">No outcomes yet.</p> : null}
        {plan.outcomes.map((outcome) => (
          <div key={outcome.id} className="app-plan__outcome">
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">“{outcome.words}”</h3>
            {outcome.linked.length > 0 ? (
              <p className="govuk-body-s govuk-!-margin-bottom-2">Linked to: {outcome.linked.join('; ')}</p>
            ) : null}
            {outcome.supports.length === 0 ? (
              <p className="govuk-body">No support planned for this outcome yet.</p>
            ) : (
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">
                  Supports for “{outcome.words}”
                </caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      Support
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Who provides it
                    </th>
                    <th scope="col" className="govuk-table__header">
                      How often
                    </th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                      Cost
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {outcome.supports.map((support) => (
                    <tr className="govuk-table__row" key={support.id}>
                      <td className="govuk-table__cell">{support.description}</td>
                      <td className="govuk-table__cell">
                        {support.provider}
                        {support.directoryService ? <>: {support.directoryService.name}</> : null}
                        {support.replacementCareFor ? <>; replacement care for {support.replacementCareFor}</> : null}
                      </td>
                      <td className="govuk-table__cell">{support.frequency}</td>
                      <td className="govuk-table__cell govuk-table__cell--numeric">{support.weekly}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        ))}
        {changeBase ? (
          <p className="govuk-body app-no-print">
            <a className="govuk-link" href={`${changeBase}/supports`}>
              Change the supports
            </a>
          </p>
        ) : null}
      </section>

      <section className="app-plan__section" aria-labelledby="plan-money">
        <h2 className="govuk-heading-m" id="plan-money">
          The money <ChangeLink href={step('money')} what="how the money is held" />
        </h2>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Personal budget</dt>
            <dd className="govuk-summary-list__value">{plan.money.budget} a week</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Direct payment</dt>
            <dd className="govuk-summary-list__value">{plan.money.directPayment} a week</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Managed account</dt>
            <dd className="govuk-summary-list__value">{plan.money.managedAccount} a week</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Individual service fund</dt>
            <dd className="govuk-summary-list__value">{plan.money.individualServiceFund} a week</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">The plan costs</dt>
            <dd className="govuk-summary-list__value">
              {plan.costs.weekly} a week ({plan.costs.annual} a year)
              {plan.costs.oneOff ? `, plus ${plan.costs.oneOff} one-off` : ''}
            </dd>
          </div>
        </dl>
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">How the cost was worked out</span>
          </summary>
          <div className="govuk-details__text">
            <ul className="govuk-list govuk-list--bullet">
              {plan.costs.explanation.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
            <p className="govuk-body-s">Worked out with {plan.costs.rulesVersion}.</p>
          </div>
        </details>
        {/* A closed details element prints closed, so the printout carries the working out as a plain list. */}
        <div className="app-print-only">
          <h3 className="govuk-heading-s">How the cost was worked out</h3>
          <ul className="govuk-list govuk-list--bullet">
            {plan.costs.explanation.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </div>
      </section>

      <section className="app-plan__section" aria-labelledby="plan-safe">
        <h2 className="govuk-heading-m" id="plan-safe">
          Staying safe and reviewing the plan{' '}
          <ChangeLink href={step('contingency')} what="the contingency plan and review date" />
        </h2>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">If things go wrong</dt>
            <dd className="govuk-summary-list__value app-pre-line">{plan.contingencyPlan || 'Not written yet'}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Risks I choose to take</dt>
            <dd className="govuk-summary-list__value">
              {plan.risks.length === 0 && recordedRisks.length === 0 ? 'None recorded' : null}
              {plan.risks.length > 0 ? <p className="govuk-body">{plan.risks.join('; ')}</p> : null}
              {recordedRisks.length > 0 ? (
                <ul className="govuk-list" aria-label="Risks recorded and rated">
                  {recordedRisks.map((risk) => (
                    <li key={risk.id}>
                      <a className="govuk-link" href={risk.href}>
                        {risk.risk}
                      </a>{' '}
                      ({risk.rating}; {risk.decision.toLowerCase()})
                    </li>
                  ))}
                </ul>
              ) : null}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Review date</dt>
            <dd className="govuk-summary-list__value">{formatDate(plan.reviewDate)}</dd>
          </div>
          {plan.reviewDateReason ? (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Why the review is later than 12 months</dt>
              <dd className="govuk-summary-list__value">{plan.reviewDateReason}</dd>
            </div>
          ) : null}
        </dl>
      </section>
    </div>
  )
}

/** Every move the plan has made, newest first, with who and when. */
export function PlanHistory({ plan }: { plan: PlanView }) {
  return (
    <section className="app-plan__section" aria-labelledby="plan-history">
      <h2 className="govuk-heading-m" id="plan-history">
        History
      </h2>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">
          What has happened to this plan, newest first
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              When
            </th>
            <th scope="col" className="govuk-table__header">
              What
            </th>
            <th scope="col" className="govuk-table__header">
              Who
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {plan.history.map((entry, index) => (
            <tr className="govuk-table__row" key={index}>
              <td className="govuk-table__cell">{formatDate(entry.at, { month: 'short' })}</td>
              <td className="govuk-table__cell">
                {entry.what} (version {entry.planVersion})
                {entry.reason ? <span className="govuk-!-display-block">Reason: {entry.reason}</span> : null}
                {entry.changes.length > 0 ? (
                  <span className="govuk-!-display-block">{entry.changes.join('; ')}</span>
                ) : null}
              </td>
              <td className="govuk-table__cell">{entry.by}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
