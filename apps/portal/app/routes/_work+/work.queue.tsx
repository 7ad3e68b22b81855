import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { queueOrder } from '@open-sds/support-planning'
import { PeopleQueue } from '~/components/PeopleQueue'
import { RolePage } from '~/components/RolePage'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { waitingTargetDays, workRow } from './work.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Team queue')

const ROUTE = 'routes/_work+/work.queue' as const

// Issue 18: everything that arrives waits here, in the queue of the team that handles it, until someone holds it.
export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { work, audit } = context.database.repos
  const now = new Date()
  const target = waitingTargetDays(context)
  const teams = []
  for (const team of await work.teamsOf(viewer.id)) {
    const items = queueOrder(await work.queue(team.teamId), now, target)
    await audit.append({
      at: now,
      actorUserId: viewer.id,
      action: 'work-queue.read',
      resource: `team:${team.teamId}`,
      detail: { items: items.length },
    })
    teams.push({ ...team, rows: items.map((item) => workRow(item, now, target)) })
  }
  return json({ name: viewer.displayName, target, teams })
}

export default function TeamQueue() {
  const { name, target, teams } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="Team queue">
      <p className="govuk-body">
        Work that has arrived and nobody holds yet, oldest first. Work waiting more than {target} days is flagged.
      </p>
      {teams.length === 0 ? <p className="govuk-body">You are not in a team yet. An administrator adds you.</p> : null}
      {teams.map((team) => (
        <section key={team.teamId}>
          <h2 className="govuk-heading-m">{team.name}</h2>
          {team.rows.length === 0 ? (
            <p className="govuk-body">Nothing is waiting.</p>
          ) : (
            <PeopleQueue
              caption={`${team.name}: work waiting`}
              columns={['What', 'Waiting']}
              rows={team.rows.map((row) => ({
                key: row.id,
                person: row.person,
                href: `/work/items/${row.id}`,
                cells: [
                  row.kind,
                  row.waiting.overTarget ? (
                    <strong className="govuk-tag govuk-tag--red">{row.waiting.words}</strong>
                  ) : (
                    row.waiting.words
                  ),
                ],
              }))}
            />
          )}
        </section>
      ))}
    </RolePage>
  )
}
