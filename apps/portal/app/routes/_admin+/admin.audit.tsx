import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { ScrollableTable } from '~/components/ScrollableTable'
import { RolePage } from '~/components/RolePage'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Select } from '~/components/FormFields'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { describeAuditEntries, listAuditEntries, readAuditFilters } from './audit-log.server'
import { auditLogHref } from './__audit-log-href'

// A page of entries is enough to scan; older ones are a link away, so the page stays fast on a log of millions.
const pageSize = 100

const filterFields = [
  { name: 'person', label: 'About', hint: 'The person whose record it was', placeholder: 'Anyone' },
  { name: 'actor', label: 'Who did it', placeholder: 'Any account' },
  { name: 'action', label: 'What they did', placeholder: 'Anything' },
] as const

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Audit log')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_admin+/admin.audit')
  const url = new URL(request.url)
  const before = Number.parseInt(url.searchParams.get('before') ?? '', 10)
  const beforeId = Number.isSafeInteger(before) && before > 0 ? before : undefined
  const { filters, errors, choices, actorNames } = await readAuditFilters(context, url)
  const entries = await listAuditEntries(context, filters, { limit: pageSize, beforeId })
  // Reading the log is itself audited, with what was looked for: who searched for whom is worth knowing too.
  await context.database.repos.audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'audit.read',
    personId: filters.person || null,
    resource: 'audit-log',
    detail: { ...filters, ...(beforeId ? { before: beforeId } : {}) },
  })
  const last = entries.at(-1)
  return json({
    name: viewer.displayName,
    filters,
    errors,
    choices,
    olderThan: entries.length === pageSize && last ? last.id : null,
    entries: await describeAuditEntries(context, entries, actorNames),
  })
}

export default function AuditLog() {
  const { name, entries, olderThan, filters, errors, choices } = useLoaderData<typeof loader>()
  const filtered = Boolean(filters.person || filters.actor || filters.action)
  return (
    <RolePage caption={name} heading="Audit log">
      <ErrorSummary errors={errors} />
      <p className="govuk-body">
        Who read or changed what, and when, newest first, {pageSize} at a time. Entries can be added but never changed
        or removed. Reading or downloading the log is recorded in it too.
      </p>
      <form method="get" action="/admin/audit" className="app-audit-filters">
        <h2 className="govuk-heading-m">Find entries</h2>
        {filterFields.map((field) => (
          <Select
            key={field.name}
            {...field}
            choices={choices[field.name]}
            value={filters[field.name]}
            error={errorFor(errors, field.name)}
          />
        ))}
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Show entries
          </button>
          {filtered ? (
            <a className="govuk-link" href="/admin/audit">
              Clear the filters
            </a>
          ) : null}
        </div>
      </form>
      <p className="govuk-body">
        <a className="govuk-link" href={auditLogHref('/admin/audit.csv', filters)} download>
          Download {filtered ? 'these entries' : 'the log'} as a spreadsheet (CSV)
        </a>{' '}
        (the newest 50,000 at most)
      </p>
      {entries.length === 0 ? (
        <p className="govuk-body">There are no entries{filtered ? ' that match these filters' : ''}.</p>
      ) : (
        <ScrollableTable label="Audit entries">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Audit entries, newest first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {['When', 'Who', 'What', 'About'].map((heading) => (
                  <th scope="col" className="govuk-table__header" key={heading}>
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {entries.map((entry) => (
                <tr className="govuk-table__row" key={entry.id}>
                  <td className="govuk-table__cell">
                    <time dateTime={entry.at}>{entry.when}</time>
                  </td>
                  <td className="govuk-table__cell">{entry.who}</td>
                  <td className="govuk-table__cell">{entry.what}</td>
                  <td className="govuk-table__cell">
                    {entry.person ? (
                      <a
                        className="govuk-link"
                        href={auditLogHref('/admin/audit', { ...filters, person: entry.person.id })}
                      >
                        {entry.person.name}
                        <span className="govuk-visually-hidden">: entries about them</span>
                      </a>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollableTable>
      )}
      {olderThan !== null ? (
        <nav className="govuk-pagination govuk-pagination--block" aria-label="Audit log pages">
          <div className="govuk-pagination__next">
            <a
              className="govuk-link govuk-pagination__link"
              href={auditLogHref('/admin/audit', filters, { before: String(olderThan) })}
              rel="next"
            >
              <span className="govuk-pagination__link-title">Older entries</span>
            </a>
          </div>
        </nav>
      ) : null}
    </RolePage>
  )
}
