import type { SurveyResults } from '@open-sds/coproduction'
import { BarChart } from '../../components/BarChart'

const shown = (cell: { kind: string; value?: number }): string =>
  cell.kind === 'shown' ? String(cell.value ?? 0) : '*'

/** Published results of one survey: a chart and a table per question, agreement with "I" statements, published comments. */
export function SurveyResultsView({
  results,
  statements,
}: {
  results: SurveyResults
  statements: Record<string, string>
}) {
  const prefix = results.surveyId
  return (
    <>
      <p className="govuk-body">Responses: {shown(results.responses)}.</p>
      <div className="govuk-inset-text">{results.suppression.explanation}</div>
      {results.statements.length > 0 ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">
            Agreement with &ldquo;I&rdquo; statements
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Statement
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Agree or strongly agree
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {results.statements.map((statement) => (
              <tr className="govuk-table__row" key={statement.statementId}>
                <th scope="row" className="govuk-table__header">
                  {statements[statement.statementId] ?? statement.statementId}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {statement.agreePercent === null
                    ? `Not shown: ${statement.withheld ?? 'too few answers'}`
                    : `${statement.agreePercent}%`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {results.questions.map((question, index) => (
        <section key={question.questionId} aria-labelledby={`${prefix}-question-${index}`}>
          <h3 className="govuk-heading-s" id={`${prefix}-question-${index}`}>
            {question.text}
          </h3>
          {question.type === 'free-text' ? (
            <>
              <p className="govuk-body">
                Written answers: {shown(question.answered)}.{' '}
                {question.comments.length > 0
                  ? 'Comments published after moderation:'
                  : 'No comments are published yet.'}
              </p>
              {question.comments.length > 0 ? (
                <ul className="govuk-list govuk-list--bullet">
                  {question.comments.map((comment) => (
                    <li key={comment}>&ldquo;{comment}&rdquo;</li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : (
            <>
              <p className="govuk-body">
                Answered: {shown(question.answered)}.
                {question.type === 'likert'
                  ? ` ${question.positiveShare.label}: ${question.positiveShare.percent === null ? `not shown (${question.positiveShare.withheld})` : `${question.positiveShare.percent}%`}.${question.median ? ` Middle answer: ${question.median.label}.` : ''}`
                  : ''}
              </p>
              <BarChart
                id={`${prefix}-chart-${index}`}
                title={`Answers to: ${question.text}`}
                headings={['Answer', 'People (share)']}
                bars={question.options.map((option) => ({
                  label: option.label,
                  value: option.count.kind === 'shown' ? option.count.value : null,
                  text:
                    option.count.kind === 'shown'
                      ? `${option.count.value}${option.percent === null ? '' : ` (${option.percent}%)`}`
                      : '*',
                }))}
              />
            </>
          )}
        </section>
      ))}
    </>
  )
}
