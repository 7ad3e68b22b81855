/** The GOV.UK confirmation panel of a public form: what was sent and, when the address carries a real one, its reference. */
export function ReferenceConfirmation({ title, reference }: { title: string; reference: string | null }) {
  return (
    <div className="govuk-panel govuk-panel--confirmation">
      <h1 className="govuk-panel__title">{title}</h1>
      {reference ? (
        <div className="govuk-panel__body">
          Your reference number
          <br />
          <strong>{reference}</strong>
        </div>
      ) : null}
    </div>
  )
}
