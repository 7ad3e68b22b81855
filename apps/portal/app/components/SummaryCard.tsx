import type { ReactNode } from 'react'

/**
 * A GOV.UK summary card: a titled list of key and value rows. Lists of people or teams use one card each rather than
 * a wide table, so nothing breaks mid-word at 320px: the rows stack on a phone.
 */
export function SummaryCard({
  title,
  rows,
  children,
}: {
  title: ReactNode
  rows: readonly (readonly [string, ReactNode])[]
  /** What can be done about this one (a button), after its rows. */
  children?: ReactNode
}) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">{title}</h2>
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          {rows.map(([key, value]) => (
            <div className="govuk-summary-list__row" key={key}>
              <dt className="govuk-summary-list__key">{key}</dt>
              <dd className="govuk-summary-list__value">{value}</dd>
            </div>
          ))}
        </dl>
        {children}
      </div>
    </div>
  )
}
