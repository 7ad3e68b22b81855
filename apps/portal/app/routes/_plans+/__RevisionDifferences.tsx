import type { Revision } from './plan-revision.server'
import { TableHead } from '~/components/TableHead'

/** What a revised plan changes from the plan in force, as a GOV.UK table of was / now, and why it needs agreeing. */
export function RevisionDifferences({ revision }: { revision: Revision }) {
  return (
    <section aria-labelledby="revision-heading">
      <h2 className="govuk-heading-m" id="revision-heading">
        What changed from the plan in force
      </h2>
      <p className="govuk-body">
        The plan in force is version {revision.inForceVersion}
        {revision.since ? `, in force since ${revision.since}` : ''}. It stays in force until you agree this one.
      </p>
      {revision.reasons.length > 0 ? (
        <>
          <h3 className="govuk-heading-s">Why it needs the council to agree it</h3>
          <ul className="govuk-list govuk-list--bullet">
            {revision.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      ) : null}
      {revision.differences.length === 0 ? (
        <p className="govuk-body">Nothing in the plan differs from the plan in force.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Was and now, part by part</caption>
          <TableHead headings={['What', 'Was', 'Now']} />
          <tbody className="govuk-table__body">
            {revision.differences.map((row, index) => (
              <tr className="govuk-table__row" key={index}>
                <th scope="row" className="govuk-table__header">
                  {row.area}: {row.what.charAt(0).toLowerCase() + row.what.slice(1)}
                </th>
                <td className="govuk-table__cell">{row.was}</td>
                <td className="govuk-table__cell">{row.now}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
