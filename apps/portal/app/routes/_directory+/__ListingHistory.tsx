import type { ListingVersion } from '@open-sds/db'

export type HistoryRow = { version: number; name: string; sent: string; decision: string }

const when = (date: Date) =>
  date.toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' })

/** Each version of a listing and what the council decided, newest first, for the page to show. */
export function historyRows(history: readonly ListingVersion[]): HistoryRow[] {
  return history.map((version) => ({
    version: version.version,
    name: version.service.name,
    sent: when(version.submittedAt),
    decision:
      version.review === null
        ? 'Waiting to be checked'
        : version.review.decision === 'published'
          ? `Published on ${when(version.review.reviewedAt)}`
          : `Sent back on ${when(version.review.reviewedAt)}: ${version.review.reason ?? ''}`,
  }))
}

/** The versions of a listing, as a list that stacks on a phone. */
export function ListingHistory({ rows }: { rows: readonly HistoryRow[] }) {
  return (
    <>
      <h2 className="govuk-heading-m">Versions</h2>
      <dl className="govuk-summary-list">
        {rows.map((row) => (
          <div className="govuk-summary-list__row" key={row.version}>
            <dt className="govuk-summary-list__key">Version {row.version}</dt>
            <dd className="govuk-summary-list__value">
              <p className="govuk-body govuk-!-margin-bottom-1">
                “{row.name}”, sent {row.sent}
              </p>
              <p className="govuk-body govuk-!-margin-bottom-0">{row.decision}</p>
            </dd>
          </div>
        ))}
      </dl>
    </>
  )
}
