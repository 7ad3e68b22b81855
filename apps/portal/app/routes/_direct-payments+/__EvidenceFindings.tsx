import type { evidenceView } from './employment-evidence.server'

type View = ReturnType<typeof evidenceView>

/** What the employment evidence shows today: each finding with its status, and how it was checked. */
export function EvidenceFindings({ view }: { view: View }) {
  return (
    <>
      <p className="govuk-body">
        {view.toActOn === 0
          ? 'Nothing needs doing now.'
          : `${String(view.toActOn)} ${view.toActOn === 1 ? 'thing needs' : 'things need'} doing: evidence missing, expired or expiring soon.`}
      </p>
      <ul className="govuk-list">
        {view.findings.map((finding) => (
          <li key={finding.text}>
            <strong className={`govuk-tag ${finding.tag.colour}`}>{finding.tag.words}</strong> {finding.text}
          </li>
        ))}
      </ul>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">How this was checked</span>
        </summary>
        <div className="govuk-details__text">
          <ul className="govuk-list">
            {view.how.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      </details>
    </>
  )
}
