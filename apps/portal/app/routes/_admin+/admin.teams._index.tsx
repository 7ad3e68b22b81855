import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { RolePage } from '~/components/RolePage'
import { SummaryCard } from '~/components/SummaryCard'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { handlesInWords } from './teams.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Teams')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_admin+/admin.teams._index')
  const teams = await context.database.repos.work.listTeams()
  return json({
    name: viewer.displayName,
    teams: teams.map((team) => ({
      id: team.id,
      name: team.name,
      handles: handlesInWords(team.handles),
      members: team.members.length,
      managers: team.members.filter((member) => member.manager).map((member) => member.displayName),
    })),
  })
}

export default function Teams() {
  const { name, teams } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="Teams">
      <p className="govuk-body">
        Work that arrives goes to the queue of the team that handles its kind. A team’s managers allocate it to its
        members.
      </p>
      <p className="govuk-body">
        <a className="govuk-button" href="/admin/teams/new">
          Create a team
        </a>
      </p>
      {teams.length === 0 ? <p className="govuk-body">There are no teams yet.</p> : null}
      {teams.map((team) => (
        <SummaryCard
          key={team.id}
          title={
            <a className="govuk-link" href={`/admin/teams/${team.id}`}>
              {team.name}
            </a>
          }
          rows={[
            ['Handles', team.handles],
            ['Members', String(team.members)],
            ['Managers', team.managers.length > 0 ? team.managers.join(', ') : 'None yet'],
          ]}
        />
      ))}
    </RolePage>
  )
}
