/** A weekly charge as the person reads it: the amount, every step of how it was reached, and the rules used. */
export type ChargeView = {
  weekly: string
  costOfCare: string
  steps: string[]
  rulesVersion: string
  ratesYear: string
  policy: string
  assessedFor: string
}

/**
 * `forStaff` adds the rules version: a finance officer needs it to check a charge, and it means nothing to the person
 * (issue 19: no rule ids reach a citizen).
 */
export function ChargeExplanation({
  charge,
  headingLevel = 2,
  forStaff = false,
}: {
  charge: ChargeView
  headingLevel?: 2 | 3
  forStaff?: boolean
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <>
      <Heading className="govuk-heading-m">How this was worked out</Heading>
      <ol className="govuk-list govuk-list--number" id="charge-explanation">
        {charge.steps.map((step, index) => (
          <li key={index}>{step}</li>
        ))}
      </ol>
      <dl className="govuk-summary-list govuk-summary-list--no-border">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Weekly cost of care</dt>
          <dd className="govuk-summary-list__value">{charge.costOfCare}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Charging policy</dt>
          <dd className="govuk-summary-list__value">{charge.policy}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Rates</dt>
          <dd className="govuk-summary-list__value">
            {charge.ratesYear}, for {charge.assessedFor}
          </dd>
        </div>
        {forStaff ? (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Rules version</dt>
            <dd className="govuk-summary-list__value">{charge.rulesVersion}</dd>
          </div>
        ) : null}
      </dl>
    </>
  )
}
