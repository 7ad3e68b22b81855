import { Link } from '@remix-run/react'
import { SuccessBanner } from '~/components/SuccessBanner'
import { SummaryCard } from '~/components/SummaryCard'
import type { ImportReport } from './directory-import.server'

/** A report lists at most this many records on the page; the counts cover them all. */
const SHOWN = 500

const OUTCOMES: Record<ImportReport['records'][number]['outcome'], string> = {
  added: 'Added',
  changed: 'Changed',
  unchanged: 'Unchanged: left as it was',
  refused: 'Refused',
}

/** What an import run did: the counts, where what it added waits, and each record's outcome (decision 065). */
export function ImportReportShown({ report, banner }: { report: ImportReport; banner: boolean }) {
  const counts = (
    <>
      From {report.source}: {report.added} added, {report.changed} changed, {report.unchanged} unchanged,{' '}
      {report.refused} refused.
    </>
  )
  const where =
    report.added + report.changed === 0 ? null : report.assured ? (
      <p className="govuk-body">
        You said you had checked them: the {report.added + report.changed} added or changed are published, checked that
        day.
      </p>
    ) : (
      <p className="govuk-body">
        The {report.added + report.changed} added or changed were not published: they wait in{' '}
        <Link className={banner ? 'govuk-notification-banner__link' : 'govuk-link'} to="/admin/directory">
          listings to check
        </Link>{' '}
        until the assurer decides.
      </p>
    )
  return (
    <>
      {banner ? (
        <SuccessBanner title="Imported">
          <p className="govuk-notification-banner__heading">{counts}</p>
          {where}
        </SuccessBanner>
      ) : (
        <>
          <p className="govuk-body">{counts}</p>
          {where}
        </>
      )}
      <h2 className="govuk-heading-m">Each record</h2>
      {report.records.length > SHOWN ? (
        <p className="govuk-body">
          The first {SHOWN} of {report.records.length} records are shown.
        </p>
      ) : null}
      {report.records.slice(0, SHOWN).map((record) => (
        <SummaryCard
          key={record.at}
          title={`${record.at}: ${record.name ?? record.id ?? 'no name'}`}
          rows={[
            ['Outcome', OUTCOMES[record.outcome]],
            ...(record.problems.length > 0 ? [['Problems', record.problems.join('; ')] as const] : []),
          ]}
        />
      ))}
    </>
  )
}
