import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { RolePage } from '~/components/RolePage'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Audit log')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/admin.audit')
  const entries = await context.database.repos.audit.listRecent({ limit: 100 })
  await context.database.repos.audit.append({ at: new Date(), actorUserId: viewer.id, action: 'audit.read', resource: 'audit-log' })
  return json({
    name: viewer.displayName,
    entries: entries.map((entry) => ({
      id: entry.id,
      at: entry.at.toISOString(),
      actor: entry.actorUserId ?? 'not signed in',
      action: entry.action,
      resource: entry.resource,
    })),
  })
}

export default function AuditLog() {
  const { name, entries } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="Audit log">
      <p className="govuk-body">The latest 100 entries: who read or changed what, and when. Entries can be added but never changed or removed.</p>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Latest audit entries</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">When (UTC)</th>
            <th scope="col" className="govuk-table__header">Who</th>
            <th scope="col" className="govuk-table__header">What</th>
            <th scope="col" className="govuk-table__header">Record</th>
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
    </RolePage>
  )
}
