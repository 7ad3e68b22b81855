import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import type { Role } from '@open-sds/db'
import { BackLink } from '~/components/BackLink'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Checkboxes, Radios, Select, Textarea } from '~/components/FormFields'
import { SuccessBanner } from '~/components/SuccessBanner'
import { TextInput } from '~/components/TextInput'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { ROLE_LABELS } from '~/.server/auth/roles'
import { validateForm, validateValues } from '~/.server/forms'
import {
  ActiveChangeSchema,
  RoleChangeSchema,
  SecondFactorResetSchema,
  changeStaffAccount,
  resetSecondFactor,
  staffRoleChoices,
} from './staff-accounts.server'
import { HandOnSchema, handOnHeld, heldBy, receiversFor } from './hand-on.server'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Staff account')

const notFound = () =>
  new Response('There is no page at this address. If you typed it, check it is correct.', {
    status: 404,
    statusText: 'Not Found',
  })

const secondFactorState = (factor: { confirmedAt: Date | null } | undefined) =>
  factor === undefined ? 'Off' : factor.confirmedAt === null ? 'Being set up: waiting for its first code' : 'On'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_admin+/admin.staff.$userId')
  const user = await context.database.repos.users.findById(params.userId ?? '')
  if (!user || user.role === 'citizen') throw notFound()
  const otherRoles = await context.database.repos.users.otherRoles(user.id)
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    id: user.id,
    displayName: user.displayName,
    email: user.email,
    role: user.role,
    roleLabel: ROLE_LABELS[user.role],
    otherRoles,
    otherRoleLabels: otherRoles.map((other) => ROLE_LABELS[other]),
    active: user.disabledAt === null,
    roles: staffRoleChoices,
    teams: await context.database.repos.work.teamsOf(user.id),
    secondFactor: secondFactorState(await context.database.repos.secondFactors.find(user.id)),
    ownAccount: user.id === viewer.id,
    held: await heldBy(context, user.id),
    receivers: await receiversFor(context, user.id),
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_admin+/admin.staff.$userId')
  const form = await readProtectedForm(request, context)
  const userId = params.userId ?? ''
  const actor = { id: viewer.id, address: requestContext.clientAddress }
  const refuse = (
    errors: { field: string; message: string }[],
    typed?: { role: string; otherRoles: string[]; reason: string },
  ) => {
    return refuseForm({ request, context, requestState: requestContext.requestState }, { errors, typed })
  }
  if (form.get('intent') === 'second-factor') {
    const given = validateForm(SecondFactorResetSchema, form, ['resetReason'])
    if (!given.ok) return refuse(given.errors)
    const reset = await resetSecondFactor(context, actor, userId, given.data.resetReason, new Date())
    if (!reset.ok) {
      if (reset.errors[0]?.path === 'id') throw notFound()
      return refuse(reset.errors.map(({ message }) => ({ field: 'resetReason', message })))
    }
    return redirect(`/admin/staff/${userId}?changed=second-factor`)
  }
  if (form.get('intent') === 'hand-on') {
    const handOnTyped = {
      toUserId: String(form.get('toUserId') ?? ''),
      handOnReason: String(form.get('handOnReason') ?? ''),
    }
    const given = validateForm(HandOnSchema, form, ['toUserId', 'handOnReason'])
    if (!given.ok)
      return refuseForm(
        { request, context, requestState: requestContext.requestState },
        { errors: given.errors, handOnTyped },
      )
    const handed = await handOnHeld(
      context,
      actor,
      userId,
      { toUserId: given.data.toUserId, reason: given.data.handOnReason },
      new Date(),
    )
    if (!handed.ok) {
      if (handed.errors[0]?.path === 'id') throw notFound()
      return refuseForm(
        { request, context, requestState: requestContext.requestState },
        {
          errors: handed.errors.map(({ path, message }) => ({
            field: path === 'reason' ? 'handOnReason' : 'toUserId',
            message,
          })),
          handOnTyped,
        },
      )
    }
    return redirect(`/admin/staff/${userId}?changed=handed-on`)
  }
  const changingRole = form.get('intent') === 'role'
  // What was ticked and chosen, so a refused change shows it again rather than the account as it was.
  const typed = changingRole
    ? {
        role: String(form.get('role') ?? ''),
        otherRoles: form.getAll('otherRoles').map(String),
        reason: String(form.get('reason') ?? ''),
      }
    : undefined
  const outcome = typed
    ? validateValues(RoleChangeSchema, { ...typed, role: typed.role === '' ? undefined : typed.role }, {}, [
        'role',
        'otherRoles',
        'reason',
      ])
    : validateForm(ActiveChangeSchema, form, ['active', 'reason'])
  if (!outcome.ok) return refuse(outcome.errors, typed)
  const change =
    'role' in outcome.data
      ? { role: outcome.data.role as Role, otherRoles: outcome.data.otherRoles as Role[], reason: outcome.data.reason }
      : { active: outcome.data.active === 'yes', reason: outcome.data.reason }
  const changed = await changeStaffAccount(context, actor, userId, change, new Date())
  if (!changed.ok) {
    if (changed.errors[0]?.path === 'id') throw notFound()
    return refuse(
      changed.errors.map(({ path, message }) => ({ field: path === 'active' ? 'reason' : path, message })),
      typed,
    )
  }
  return redirect(`/admin/staff/${userId}?changed=1`)
}

export default function StaffAccount() {
  const account = useLoaderData<typeof loader>()
  const refused = useActionData<typeof action>() ?? account.refusal
  const errors = refused?.errors
  const typed = refused && 'typed' in refused ? refused.typed : undefined
  const handOnTyped = refused && 'handOnTyped' in refused ? refused.handOnTyped : undefined
  const { held } = account
  const [searchParams] = useSearchParams()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        {searchParams.get('changed') === '1' && !errors ? (
          <SuccessBanner>
            <p className="govuk-notification-banner__heading">The account has been changed.</p>
          </SuccessBanner>
        ) : null}
        {searchParams.get('changed') === 'handed-on' && !errors ? (
          <SuccessBanner>
            <p className="govuk-notification-banner__heading">
              Their work and the people on their caseload have been handed on.
            </p>
          </SuccessBanner>
        ) : null}
        {searchParams.get('changed') === 'second-factor' && !errors ? (
          <SuccessBanner>
            <p className="govuk-notification-banner__heading">
              Their code from an app has been reset and they have been signed out everywhere.
            </p>
            <p className="govuk-body">
              They sign in with their password and set up a code from an app again from their account page.
            </p>
          </SuccessBanner>
        ) : null}
        <h1 className="govuk-heading-l">{account.displayName}</h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Email address</dt>
            <dd className="govuk-summary-list__value">{account.email}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Main role</dt>
            <dd className="govuk-summary-list__value">{account.roleLabel}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Also works as</dt>
            <dd className="govuk-summary-list__value">
              {account.otherRoleLabels.length === 0 ? 'No other role' : account.otherRoleLabels.join(', ')}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Teams</dt>
            <dd className="govuk-summary-list__value">
              {account.teams.length === 0 ? (
                <>
                  In no team.{' '}
                  <a className="govuk-link" href="/admin/teams">
                    Add them to a team
                  </a>
                </>
              ) : (
                <ul className="govuk-list">
                  {account.teams.map((team) => (
                    <li key={team.teamId}>
                      <a className="govuk-link" href={`/admin/teams/${team.teamId}`}>
                        {team.name}
                      </a>{' '}
                      ({team.manager ? 'manager' : 'worker'})
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Status</dt>
            <dd className="govuk-summary-list__value">{account.active ? 'Active' : 'Deactivated: cannot sign in'}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Code from an app</dt>
            <dd className="govuk-summary-list__value">{account.secondFactor}</dd>
          </div>
        </dl>
        <h2 className="govuk-heading-m">Change their roles</h2>
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="role" />
          <Radios
            name="role"
            legend="Main role"
            hint="Their start page when they sign in."
            choices={account.roles}
            value={typed ? typed.role : account.role}
            error={errorFor(errors, 'role')}
          />
          <Checkboxes
            name="otherRoles"
            legend="Also works as (optional)"
            hint="Give a role besides the main one, for example a practitioner who also manages the council's accounts. Untick one to take it away."
            choices={account.roles}
            values={typed ? typed.otherRoles : account.otherRoles}
            error={errorFor(errors, 'otherRoles')}
          />
          <TextInput
            name="reason"
            label="Why are their roles changing?"
            defaultValue={typed?.reason}
            error={errorFor(errors, 'reason')}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Save their roles
          </button>
        </Form>
        <h2 className="govuk-heading-m">Their work and people</h2>
        {held.items === 0 && held.people.length === 0 ? (
          <p className="govuk-body">They hold no work and have nobody on their caseload.</p>
        ) : (
          <>
            <p className="govuk-body">
              They hold {held.items === 0 ? 'no work' : countOf(held.items, 'piece of work', 'pieces of work')} and have{' '}
              {held.people.length === 0 ? 'nobody' : countOf(held.people.length, 'person', 'people')} on their caseload.
              When they leave or change job, hand them on to someone in the same teams, so that nobody is left without a
              worker.
            </p>
            {held.people.length > 0 ? (
              <details className="govuk-details">
                <summary className="govuk-details__summary">
                  <span className="govuk-details__summary-text">The people on their caseload</span>
                </summary>
                <div className="govuk-details__text">
                  <ul className="govuk-list">
                    {held.people.map((person) => (
                      <li key={person.id}>{person.displayName}</li>
                    ))}
                  </ul>
                </div>
              </details>
            ) : null}
            <Form method="post" noValidate>
              <CsrfInput />
              <input type="hidden" name="intent" value="hand-on" />
              <Select
                name="toUserId"
                label="Who will take them on?"
                hint="They must be in the team of each piece of work, and a practitioner to take on people."
                choices={account.receivers}
                placeholder="Choose a member of staff"
                value={handOnTyped?.toUserId}
                error={errorFor(errors, 'toUserId')}
              />
              <Textarea
                name="handOnReason"
                label="Why are they being handed on?"
                value={handOnTyped?.handOnReason}
                error={errorFor(errors, 'handOnReason')}
              />
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Hand on their work and people
              </button>
            </Form>
          </>
        )}
        <h2 className="govuk-heading-m">{account.active ? 'Deactivate the account' : 'Reactivate the account'}</h2>
        <p className="govuk-body">
          {account.active
            ? `A deactivated account keeps its history but cannot sign in, and is signed out everywhere at once.${held.items + held.people.length > 0 ? ' Hand on their work and people first: nobody else sees work held by a deactivated account.' : ''}`
            : 'A reactivated account can sign in again with its password.'}
        </p>
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="active" />
          <input type="hidden" name="active" value={account.active ? 'no' : 'yes'} />
          <TextInput
            name="reason"
            label={account.active ? 'Why is it being deactivated?' : 'Why is it being reactivated?'}
          />
          <button
            type="submit"
            className={`govuk-button${account.active ? ' govuk-button--warning' : ''}`}
            data-module="govuk-button"
          >
            {account.active ? 'Deactivate the account' : 'Reactivate the account'}
          </button>
        </Form>
        {account.secondFactor !== 'Off' && !account.ownAccount ? (
          <>
            <h2 className="govuk-heading-m">Reset their code from an app</h2>
            <p className="govuk-body">
              Only when they have lost both their phone and their recovery codes, and you have checked it is them who
              asked. Their code from an app and recovery codes stop working, they are signed out everywhere, and they
              sign in with their password and set up a code again.
            </p>
            <Form method="post" noValidate>
              <CsrfInput />
              <input type="hidden" name="intent" value="second-factor" />
              <TextInput
                name="resetReason"
                label="Why are you resetting it, and how did you check who asked?"
                error={errorFor(errors, 'resetReason')}
              />
              <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button">
                Reset their code from an app
              </button>
            </Form>
          </>
        ) : null}
        <BackLink href="/admin/staff">Back to staff accounts</BackLink>
      </div>
    </div>
  )
}

const countOf = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
