import type { FieldError } from '~/.server/forms'

/** A problem to list; `href` points at another page when the field to fix is not on this one. */
export type SummaryError = FieldError & { href?: string }

/** GOV.UK error summary: the first thing on the page when a form comes back with problems. */
export function ErrorSummary({ errors }: { errors: SummaryError[] | undefined }) {
  if (!errors || errors.length === 0) return null
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.field}-${error.message}`}>
                <a href={error.href ?? `#${error.field}`}>{error.message}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  )
}

export function errorFor(errors: FieldError[] | undefined, field: string): string | undefined {
  return errors?.find((error) => error.field === field)?.message
}
