import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { BackLink } from '~/components/BackLink'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Radios, Select } from '~/components/FormFields'
import { SuccessBanner } from '~/components/SuccessBanner'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { ROLE_LABELS } from '~/.server/auth/roles'
import { validateForm } from '~/.server/forms'
import {
  MemberFormSchema,
  handlesInWords,
  mayJoinTeams,
  putMember,
  removeMember,
  teamRoleChoices,
} from './teams.server'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Team')

const ROUTE = 'routes/_admin+/admin.teams.$teamId' as const

const notFound = () =>
  new Response('There is no page at this address. If you typed it, check it is correct.', {
    status: 404,
    statusText: 'Not Found',
  })

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context } = await authoriseSignedIn(request, ROUTE)
  const { work, users } = context.database.repos
  const team = await work.findTeam(params.teamId ?? '')
  if (!team) throw notFound()
  const staff = (await users.list()).filter(mayJoinTeams)
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    id: team.id,
    name: team.name,
    handles: handlesInWords(team.handles),
    members: team.members.map((member) => ({
      userId: member.userId,
      displayName: member.displayName,
      teamRole: member.manager ? 'Manager' : 'Worker',
    })),
    teamRoles: teamRoleChoices,
    staff: staff
      .map((user) => ({ value: user.id, label: `${user.displayName} (${ROLE_LABELS[user.role].toLowerCase()})` }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const teamId = params.teamId ?? ''
  const actor = { id: viewer.id, address: requestContext.clientAddress }
  const refuse = (errors: { field: string; message: string }[], values: Record<string, string> = {}) => {
    return refuseForm({ request, context, requestState: requestContext.requestState }, { errors, values })
  }
  if (form.get('intent') === 'remove') {
    const removed = await removeMember(context, actor, teamId, String(form.get('userId') ?? ''), new Date())
    if (!removed.ok) {
      if (removed.errors[0]?.path === 'teamId') throw notFound()
      return refuse(removed.errors.map(({ message }) => ({ field: 'members', message })))
    }
    return redirect(`/admin/teams/${teamId}?changed=removed`)
  }
  const outcome = validateForm(MemberFormSchema, form, ['userId', 'teamRole'])
  if (!outcome.ok) return refuse(outcome.errors, outcome.values)
  const put = await putMember(context, actor, teamId, outcome.data, new Date())
  if (!put.ok) {
    if (put.errors[0]?.path === 'teamId') throw notFound()
    return refuse(
      put.errors.map(({ path, message }) => ({ field: path, message })),
      outcome.data,
    )
  }
  return redirect(`/admin/teams/${teamId}?changed=member`)
}

const CHANGED: Record<string, string> = {
  '1': 'The team has been made. Add its members.',
  member: 'The team’s members have been changed.',
  removed: 'They are no longer in the team.',
}

export default function TeamPage() {
  const team = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? team.refusal
  const errors = result?.errors
  const values: Record<string, string | undefined> = result?.values ?? {}
  const [searchParams] = useSearchParams()
  const changed = CHANGED[searchParams.get('changed') ?? searchParams.get('created') ?? '']
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        {changed && !errors ? (
          <SuccessBanner>
            <p className="govuk-notification-banner__heading">{changed}</p>
          </SuccessBanner>
        ) : null}
        <span className="govuk-caption-l">Team</span>
        <h1 className="govuk-heading-l">{team.name}</h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Handles</dt>
            <dd className="govuk-summary-list__value">{team.handles}</dd>
          </div>
        </dl>
        <h2 className="govuk-heading-m" id="members">
          Members ({team.members.length})
        </h2>
        {errorFor(errors, 'members') ? (
          <p className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {errorFor(errors, 'members')}
          </p>
        ) : null}
        {team.members.length === 0 ? <p className="govuk-body">Nobody is in this team yet.</p> : null}
        <dl className="govuk-summary-list">
          {team.members.map((member) => (
            <div className="govuk-summary-list__row" key={member.userId}>
              <dt className="govuk-summary-list__key">
                <a className="govuk-link" href={`/admin/staff/${member.userId}`}>
                  {member.displayName}
                </a>
              </dt>
              <dd className="govuk-summary-list__value">{member.teamRole}</dd>
              <dd className="govuk-summary-list__actions">
                <Form method="post" className="app-inline-form">
                  <CsrfInput />
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="userId" value={member.userId} />
                  <button type="submit" className="govuk-link app-link-button">
                    Remove<span className="govuk-visually-hidden"> {member.displayName} from the team</span>
                  </button>
                </Form>
              </dd>
            </div>
          ))}
        </dl>
        <h2 className="govuk-heading-m">Add a member, or change a member’s role</h2>
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="member" />
          <Select
            name="userId"
            label="Member of staff"
            hint="Active practitioners, finance officers and council administrators."
            choices={team.staff}
            placeholder="Choose someone"
            value={values.userId}
            error={errorFor(errors, 'userId')}
          />
          <Radios
            name="teamRole"
            legend="Their role in the team"
            choices={team.teamRoles}
            value={values.teamRole}
            error={errorFor(errors, 'teamRole')}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Save the member
          </button>
        </Form>
        <BackLink href="/admin/teams">Back to teams</BackLink>
      </div>
    </div>
  )
}
