import { ErrorSummary } from '~/components/ErrorSummary'

type SummaryErrors = Parameters<typeof ErrorSummary>[0]['errors']

/** The top of a practitioner's page about one person's self-assessment: back to their overview, problems, whose it is. */
export function CaseHeader({
  person,
  heading,
  errors,
  completedOnBehalf,
}: {
  person: string
  heading: string
  errors: SummaryErrors
  completedOnBehalf: boolean
}) {
  return (
    <>
      <a href="/practitioner" className="govuk-back-link">
        Back to your overview
      </a>
      <ErrorSummary errors={errors} />
      <span className="govuk-caption-l">{person}</span>
      <h1 className="govuk-heading-l">{heading}</h1>
      {completedOnBehalf ? (
        <div className="govuk-inset-text">
          A representative completed this self-assessment on the person&apos;s behalf.
        </div>
      ) : null}
    </>
  )
}
