import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { workPriorityLabels } from '@open-sds/support-planning'
import { PeopleQueue } from '~/components/PeopleQueue'
import { RolePage } from '~/components/RolePage'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { caseRecordOf, waitingTargetDays, workRow } from './work.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Your caseload')

const ROUTE = 'routes/_work+/work.caseload' as const

// Issue 18: each person's stage and what is waiting on whom, for the work this worker holds.
export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { work, audit } = context.database.repos
  const now = new Date()
  const target = waitingTargetDays(context)
  const items = await work.caseload(viewer.id)
  await audit.append({
    at: now,
    actorUserId: viewer.id,
    action: 'caseload.read',
    resource: `caseload:${viewer.id}`,
    detail: { items: items.length },
  })
  const rows = []
  for (const item of items)
    rows.push(workRow(item, now, target, item.personId ? await caseRecordOf(context, item.personId) : undefined))
  return json({ name: viewer.displayName, rows })
}

export default function Caseload() {
  const { name, rows } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="Your caseload">
      {rows.length === 0 ? (
        <p className="govuk-body">You hold no work. Take some from your team queue.</p>
      ) : (
        <PeopleQueue
          caption="The work you hold"
          columns={['Where it stands', 'Waiting on', 'Priority']}
          rows={rows.map((row) => ({
            key: row.id,
            person: row.person,
            href: `/work/items/${row.id}`,
            cells: [row.stage, row.waitingOn, row.priority ? workPriorityLabels[row.priority] : 'Not set'],
          }))}
        />
      )}
    </RolePage>
  )
}
