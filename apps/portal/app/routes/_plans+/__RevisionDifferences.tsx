import type { Revision } from './plan-revision.server'

/** What a revised plan changes from the plan in force, was / now for each part, and why it needs agreeing. */
export function RevisionDifferences({ revision }: { revision: Revision }) {
  return (
    <section aria-labelledby="revision-heading">
      <h2 className="govuk-heading-m" id="revision-heading">
        What changed from the plan in force
      </h2>
      <p className="govuk-body">
        The plan in force is version {revision.inForceVersion}
        {revision.since ? `, in force since ${revision.since}` : ''}. It stays in force until you agree this one.
      </p>
      {revision.reasons.length > 0 ? (
        <>
          <h3 className="govuk-heading-s">Why it needs the council to agree it</h3>
          <ul className="govuk-list govuk-list--bullet">
            {revision.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      ) : null}
      {revision.differences.length === 0 ? (
        <p className="govuk-body">Nothing in the plan differs from the plan in force.</p>
      ) : (
        <>
          {/* One summary card per part, not a three-column table: at 320px a table squeezed its first column until
              words broke letter by letter (issue 19, reflow). A card reads the same at any width. */}
          <h3 className="govuk-heading-s">Was and now, part by part</h3>
          {revision.differences.map((row, index) => (
            <div className="govuk-summary-card" key={index}>
              <div className="govuk-summary-card__title-wrapper">
                <h4 className="govuk-summary-card__title">
                  {row.area}: {row.what.charAt(0).toLowerCase() + row.what.slice(1)}
                </h4>
              </div>
              <div className="govuk-summary-card__content">
                <dl className="govuk-summary-list">
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">Was</dt>
                    <dd className="govuk-summary-list__value">{row.was}</dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">Now</dt>
                    <dd className="govuk-summary-list__value">{row.now}</dd>
                  </div>
                </dl>
              </div>
            </div>
          ))}
        </>
      )}
    </section>
  )
}
