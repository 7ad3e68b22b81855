/**
 * The warning that a listing will be left out of every "near a place" search (notFoundNearAPlace): shown to the
 * organisation on its listing and to the assurer checking it, so neither learns it from someone who could not find it.
 */
export function NotFoundNearAPlace({ warning }: { warning: string | null | undefined }) {
  if (!warning) return null
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {warning}.
      </strong>
    </div>
  )
}
