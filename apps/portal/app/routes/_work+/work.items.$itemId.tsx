import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { referralReference } from '@open-sds/db'
import { workPriorityLabels } from '@open-sds/support-planning'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Radios, Textarea, choicesFrom } from '~/components/FormFields'
import { RolePage } from '~/components/RolePage'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import type { AppContext } from '~/.server/context'
import { holdWork } from './work-holder.server'
import { waitingTargetDays, workItemNotFound, workRow } from './work.server'
import { refuse, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'A piece of work')

const ROUTE = 'routes/_work+/work.items.$itemId' as const

/**
 * Where the holder does the work, for the kinds done on a page of their own: the self-assessment to decide, the plan
 * to agree, the financial assessment to confirm. Other kinds name their page below.
 */
function workPageOf(subject: string): { href: string; text: string } | null {
  const [kind, id] = subject.split(':')
  if (!id) return null
  if (kind === 'assessment')
    return { href: `/practitioner/assessments/${id}`, text: 'Read the self-assessment and decide eligibility' }
  if (kind === 'support-plan')
    return { href: `/practitioner/plans/${id}`, text: 'Read the support plan and agree it or send it back' }
  if (kind === 'financial-assessment')
    return { href: `/finance/assessments/${id}`, text: 'Check the financial assessment and confirm the charge' }
  return null
}

/** The item, for a member of the team whose queue it is in; anyone else is told there is nothing here. */
async function load(context: AppContext, viewerId: string, itemId: string) {
  const { work } = context.database.repos
  const item = await work.findItem(itemId)
  const team = item?.teamId ? await work.findTeam(item.teamId) : undefined
  const me = team?.members.find((member) => member.userId === viewerId)
  if (!item || !team || !me) throw workItemNotFound()
  return { item, team, manager: me.manager }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { item, team, manager } = await load(context, viewer.id, params.itemId ?? '')
  const now = new Date()
  return json({
    refusal: await takeRefusal<ActionData>(request, context),
    name: viewer.displayName,
    row: workRow(item, now, waitingTargetDays(context)),
    team: team.name,
    members: team.members.map((member) => ({ value: member.userId, label: member.displayName })),
    mayAllocate: manager && !item.closed,
    // What the manager saw: an allocation made by someone else since is refused, not silently replaced.
    seen: item.events,
    mayTake: !item.closed && item.events === 0,
    workPage: !item.closed && item.holderUserId === viewer.id ? workPageOf(item.subject) : null,
    // A request for someone to act for a person is checked on its own page (decision 035).
    proxyRequest: item.subject.startsWith('proxy-request:') ? item.subject.slice('proxy-request:'.length) : null,
    // A request for help is read on its own page (issue 18); its reference is the start of its id.
    referral: item.subject.startsWith('referral:') ? referralReference(item.subject.slice('referral:'.length)) : null,
    // A carer's self-assessment is read, and eligibility determined, on its own page (issue 16).
    carerAssessment: item.subject.startsWith('carer-assessment:')
      ? item.subject.slice('carer-assessment:'.length)
      : null,
  })
}

type ActionData = { errors: { field: string; message: string }[]; values: Record<string, string> }

const fieldOf: Record<string, string> = { toUserId: 'toUserId', priority: 'priority', reason: 'reason' }

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const { item } = await load(context, viewer.id, params.itemId ?? '')
  const refusal = { request, context, requestState: requestContext.requestState }
  const now = new Date()
  const entry = (action: 'work-item.take' | 'work-item.allocate', detail: Record<string, unknown>) => ({
    at: now,
    actorUserId: viewer.id,
    action,
    personId: item.personId,
    resource: `work-item:${item.id}`,
    detail,
  })
  if (form.get('intent') === 'take') {
    const taken = await holdWork(context, {
      item,
      holderUserId: viewer.id,
      hold: (repos) => repos.work.take(item.id, viewer.id, now),
      entry: () => entry('work-item.take', {}),
      actorUserId: viewer.id,
      now,
    })
    if (!taken.ok)
      return refuse<ActionData>(refusal, {
        errors: taken.errors.map((e) => ({ field: 'take', message: e.message })),
        values: {},
      })
    return redirect('/work/caseload')
  }
  const values = {
    toUserId: String(form.get('toUserId') ?? ''),
    priority: String(form.get('priority') ?? ''),
    reason: String(form.get('reason') ?? ''),
  }
  const seen = form.get('seen')
  const seenEvents = typeof seen === 'string' && seen !== '' ? seen : undefined
  const allocation = { itemId: item.id, byUserId: viewer.id, seenEvents, ...values }
  const allocated = await holdWork(context, {
    item,
    holderUserId: values.toUserId,
    hold: (repos) => repos.work.allocate(allocation as Parameters<typeof repos.work.allocate>[0], now),
    entry: (event) =>
      entry('work-item.allocate', { toUserId: event.toUserId, priority: event.priority, reason: event.reason }),
    actorUserId: viewer.id,
    now,
  })
  if (!allocated.ok) {
    // Issue 18's bad input: a refused allocation changes nothing, and the attempt is in the audit log.
    await context.database.repos.audit.append({
      at: now,
      actorUserId: viewer.id,
      action: 'work-item.allocate-refused',
      personId: item.personId,
      resource: `work-item:${item.id}`,
      detail: { toUserId: values.toUserId, reasons: allocated.errors.map((e) => e.message) },
    })
    return refuse<ActionData>(refusal, {
      errors: allocated.errors.map((e) => ({ field: fieldOf[e.path] ?? 'toUserId', message: e.message })),
      values,
    })
  }
  return redirect('/work/queue')
}

export default function WorkItemPage() {
  const {
    refusal,
    name,
    row,
    team,
    members,
    mayAllocate,
    mayTake,
    seen,
    workPage,
    proxyRequest,
    referral,
    carerAssessment,
  } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  const errors = result?.errors
  const values: Record<string, string | undefined> = result?.values ?? {}
  return (
    <RolePage caption={name} heading={`${row.kind}: ${row.person}`}>
      <ErrorSummary errors={errors} />
      <dl className="govuk-summary-list">
        {[
          ['Team', team],
          ['Arrived', formatDate(row.arrivedAt)],
          ['Waiting', row.waiting.words],
          ['Where it stands', row.stage],
          ['Held by', row.closed ? 'Finished' : (row.holder ?? 'Nobody yet')],
        ].map(([key, value]) => (
          <div className="govuk-summary-list__row" key={key}>
            <dt className="govuk-summary-list__key">{key}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      {workPage ? (
        <p className="govuk-body">
          <a className="govuk-link" href={workPage.href}>
            {workPage.text}
          </a>
        </p>
      ) : null}
      {proxyRequest ? (
        <p className="govuk-body">
          <a className="govuk-link" href={`/work/proxy-requests/${proxyRequest}`}>
            Check the request and grant or refuse it
          </a>
        </p>
      ) : null}
      {referral ? (
        <p className="govuk-body">
          <a className="govuk-link" href={`/work/referrals/${referral}`}>
            Read the request for help {referral}
          </a>
        </p>
      ) : null}
      {carerAssessment ? (
        <p className="govuk-body">
          <a className="govuk-link" href={`/work/carer-assessments/${carerAssessment}`}>
            Read the carer’s self-assessment and determine eligibility
          </a>
        </p>
      ) : null}
      {mayTake ? (
        <Form method="post">
          <CsrfInput />
          <input type="hidden" name="intent" value="take" />
          <button type="submit" className="govuk-button govuk-button--secondary" id="take">
            Take this work
          </button>
        </Form>
      ) : null}
      {mayAllocate ? (
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="allocate" />
          <input type="hidden" name="seen" value={seen} />
          <h2 className="govuk-heading-m">Allocate it</h2>
          <Radios
            name="toUserId"
            legend="Who will do it?"
            choices={members}
            error={errorFor(errors, 'toUserId')}
            value={values.toUserId}
          />
          <Radios
            name="priority"
            legend="Priority"
            choices={choicesFrom(workPriorityLabels)}
            error={errorFor(errors, 'priority')}
            value={values.priority}
          />
          <Textarea
            name="reason"
            label="Why them, and why this priority?"
            error={errorFor(errors, 'reason')}
            value={values.reason}
          />
          <button type="submit" className="govuk-button">
            Allocate
          </button>
        </Form>
      ) : null}
    </RolePage>
  )
}
