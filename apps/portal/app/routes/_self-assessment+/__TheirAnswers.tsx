/** A sent self-assessment's answers, as the practitioner's pages show them. */
export function TheirAnswers({
  answers,
}: {
  answers: readonly { questionId: string; label: string; answer: string }[]
}) {
  return (
    <>
      <h2 className="govuk-heading-m">Their answers</h2>
      <dl className="govuk-summary-list">
        {answers.map((row) => (
          <div className="govuk-summary-list__row" key={row.questionId}>
            <dt className="govuk-summary-list__key">{row.label}</dt>
            <dd className="govuk-summary-list__value">{row.answer}</dd>
          </div>
        ))}
      </dl>
    </>
  )
}
