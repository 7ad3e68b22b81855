/** GOV.UK error message for one field; its id is what the field's aria-describedby points at. */
export function ErrorMessage({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {error}
    </p>
  )
}
