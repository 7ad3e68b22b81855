import { ScrollableTable } from '~/components/ScrollableTable'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { RolePage } from '~/components/RolePage'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'

// A page of entries is enough to scan; older ones are a link away, so the page stays fast on a log of millions.
const pageSize = 100

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Audit log')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_admin+/admin.audit')
  const before = Number.parseInt(new URL(request.url).searchParams.get('before') ?? '', 10)
  const beforeId = Number.isSafeInteger(before) && before > 0 ? before : undefined
  const repos = context.database.repos
  const entries = await repos.audit.listRecent({ limit: pageSize, beforeId })
  await repos.audit.append({ at: new Date(), actorUserId: viewer.id, action: 'audit.read', resource: 'audit-log' })
  const actorIds = [...new Set(entries.flatMap((entry) => (entry.actorUserId ? [entry.actorUserId] : [])))]
  const actors = new Map(await Promise.all(actorIds.map(async (id) => [id, await repos.users.findById(id)] as const)))
  const actorName = (id: string | null) => {
    if (id === null) return 'Not signed in'
    const user = actors.get(id)
    return user ? `${user.displayName} (${user.email})` : `Removed account ${id}`
  }
  const last = entries.at(-1)
  return json({
    name: viewer.displayName,
    olderThan: entries.length === pageSize && last ? last.id : null,
    entries: entries.map((entry) => ({
      id: entry.id,
      at: entry.at.toISOString(),
      actor: actorName(entry.actorUserId),
      action: entry.action,
      resource: entry.resource,
    })),
  })
}

export default function AuditLog() {
  const { name, entries, olderThan } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="Audit log">
      <p className="govuk-body">
        Who read or changed what, and when, newest first, {pageSize} at a time. Entries can be added but never changed
        or removed.
      </p>
      <ScrollableTable label="Latest audit entries">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Latest audit entries</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                When (UTC)
              </th>
              <th scope="col" className="govuk-table__header">
                Who
              </th>
              <th scope="col" className="govuk-table__header">
                What
              </th>
              <th scope="col" className="govuk-table__header">
                Record
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {entries.map((entry) => (
              <tr className="govuk-table__row" key={entry.id}>
                <td className="govuk-table__cell">{entry.at.replace('T', ' ').slice(0, 19)}</td>
                <td className="govuk-table__cell">{entry.actor}</td>
                <td className="govuk-table__cell">{entry.action}</td>
                <td className="govuk-table__cell">{entry.resource}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>
      {olderThan !== null ? (
        <nav className="govuk-pagination govuk-pagination--block" aria-label="Audit log pages">
          <div className="govuk-pagination__next">
            <a className="govuk-link govuk-pagination__link" href={`/admin/audit?before=${olderThan}`} rel="next">
              <span className="govuk-pagination__link-title">Older entries</span>
            </a>
          </div>
        </nav>
      ) : null}
    </RolePage>
  )
}
