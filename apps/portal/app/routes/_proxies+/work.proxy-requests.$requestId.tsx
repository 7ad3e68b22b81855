import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import type { ProxyRecord } from '@open-sds/db'
import {
  ProxyReasonSchema,
  proxyScopeLabels,
  proxyStanding,
  proxyStepAllowed,
  readProxyGrant,
  type ProxyScope,
} from '@open-sds/support-planning'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Radios, Textarea } from '~/components/FormFields'
import { RolePage } from '~/components/RolePage'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { linkTo } from '~/.server/auth/password-reset'
import { hashToken, newToken } from '~/.server/auth/tokens'
import { auditedChange } from '~/.server/audited-change'
import type { AppContext } from '~/.server/context'
import { withClosing } from '../_work+/work-arrival.server'
import { proxyEntry, proxyView } from './proxies.server'
import { handlesWork } from '../_work+/work.server'
import { endProxy } from './proxy-end.server'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'A request for someone to act for a person')

const ROUTE = 'routes/_proxies+/work.proxy-requests.$requestId' as const

const notFound = () =>
  new Response('There is no request at this address that you can see.', { status: 404, statusText: 'Not Found' })

/** The request, for a member of a team that handles requests for a proxy; anyone else is told there is nothing here. */
async function load(context: AppContext, viewerId: string, requestId: string): Promise<ProxyRecord> {
  const { proxies } = context.database.repos
  const mine = await handlesWork(context, viewerId, 'proxy-request')
  const record = mine ? await proxies.findById(requestId) : undefined
  if (!record) throw notFound()
  return record
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const record = await load(context, viewer.id, params.requestId ?? '')
  const now = new Date()
  await context.database.repos.audit.append(proxyEntry(record, viewer.id, 'proxy.read', now))
  const view = proxyView(record)
  const asked = record.scope as ProxyScope
  return json({
    refusal: await takeRefusal<ActionData>(request, context),
    name: viewer.displayName,
    request: view,
    history: record.events.map((event) => ({
      seq: event.seq,
      at: event.at.toISOString(),
      step: event.step,
      detail: event.verification ?? event.reason ?? '',
    })),
    // The council may grant what was asked for or less, never more.
    scopes: Object.entries(proxyScopeLabels)
      .slice(0, Object.keys(proxyScopeLabels).indexOf(asked) + 1)
      .map(([value, { label, allows }]) => ({ value, label, hint: allows })),
    asked,
  })
}

type ActionData = { errors: { field: string; message: string }[]; values: Record<string, string> }

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const record = await load(context, viewer.id, params.requestId ?? '')
  const now = new Date()
  const intent = String(form.get('intent') ?? '')
  const values = Object.fromEntries(
    ['verification', 'scope', 'reason'].map((field) => [field, String(form.get(field) ?? '')]),
  )
  const refusal = { request, context, requestState: requestContext.requestState }
  const refuse = (errors: { path: string; message: string }[]) =>
    refuseForm<ActionData>(refusal, {
      errors: errors.map((e) => ({ field: e.path === 'step' ? intent : e.path, message: e.message })),
      values,
    })
  if (intent === 'end') {
    const done = `/work/proxy-requests/${record.id}`
    return endProxy(context, record, { userId: viewer.id, party: 'practitioner' }, { form, refusal, done }, now)
  }
  const step = intent === 'refuse' ? 'refused' : 'granted'
  const allowed = proxyStepAllowed(proxyStanding(record.events.map((event) => event.step)), step, 'practitioner')
  if (!allowed.ok) return refuse(allowed.errors)
  const seen = Number(form.get('seen'))
  const seenEvents = Number.isInteger(seen) ? seen : -1
  const done = { subject: `proxy-request:${record.id}`, personId: record.personId, actorUserId: viewer.id }
  if (step === 'refused') {
    const reason = ProxyReasonSchema.safeParse({ reason: values.reason })
    if (!reason.success) return refuse([{ path: 'reason', message: 'Say why you are refusing the request' }])
    const refused = await auditedChange(
      context,
      (repos) =>
        withClosing(
          context,
          repos.proxies.recordStep(
            record.id,
            seenEvents,
            { step, byUserId: viewer.id, reason: reason.data.reason },
            now,
          ),
          done,
          now,
        ),
      () => proxyEntry(record, viewer.id, 'proxy.refuse', now, { reason: reason.data.reason }),
    )
    return refused.ok ? redirect('/work/caseload') : refuse(refused.errors)
  }
  const grant = readProxyGrant(values, record.scope as ProxyScope)
  if (!grant.ok) return refuse(grant.errors)
  // The link is a key to acting for the person: only its hash is stored; the proxy must also sign in as the address
  // the person gave (decision 035).
  const token = newToken()
  const path = `/acting-for/accept?token=${token}`
  const granted = await auditedChange(
    context,
    async (repos) => {
      const stored = await withClosing(
        context,
        repos.proxies.recordStep(
          record.id,
          seenEvents,
          { step, byUserId: viewer.id, ...grant.value, linkHash: hashToken(token) },
          now,
        ),
        done,
        now,
      )
      if (!stored.ok) return stored
      await repos.outbox.add(
        {
          toAddress: record.proxyEmail,
          subject: `${record.personName} has asked for you to act for them`,
          body: [
            `Dear ${record.proxyName},`,
            `${record.personName} has asked for you to act for them with their adult social care. We have checked this with them. You can: ${proxyScopeLabels[grant.value.scope].allows}.`,
            `To accept, open this link and sign in, or make an account, with this email address (${record.proxyEmail}):`,
            linkTo(context, path),
            'If you do not want to act for them, you need do nothing.',
          ].join('\n\n'),
          purpose: 'proxy-invitation',
          link: path,
        },
        now,
      )
      return stored
    },
    () =>
      proxyEntry(record, viewer.id, 'proxy.grant', now, {
        scope: grant.value.scope,
        verification: grant.value.verification,
      }),
  )
  return granted.ok ? redirect(`/work/proxy-requests/${record.id}`) : refuse(granted.errors)
}

const STEP_WORDS: Record<string, string> = {
  granted: 'Checked and granted',
  refused: 'Refused',
  accepted: 'Accepted by them',
  ended: 'Ended',
}

/** A form whose one field is a reason: refusing a request, or ending a proxy's access. */
function ReasonForm(props: {
  intent: 'refuse' | 'end'
  seen: number
  heading: string
  label: string
  button: string
  error: string | undefined
  value: string | undefined
}) {
  return (
    <Form method="post" noValidate>
      <CsrfInput />
      <input type="hidden" name="intent" value={props.intent} />
      <input type="hidden" name="seen" value={props.seen} />
      <h2 className="govuk-heading-m">{props.heading}</h2>
      <Textarea name="reason" label={props.label} error={props.error} value={props.value} />
      <button type="submit" className="govuk-button govuk-button--warning" id={props.intent}>
        {props.button}
      </button>
    </Form>
  )
}

export default function ProxyRequestPage() {
  const { refusal, name, request, history, scopes, asked } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  const errors = result?.errors
  const values: Record<string, string | undefined> = result?.values ?? {}
  return (
    <RolePage caption={name} heading={`${request.personName} asks for ${request.proxyName} to act for them`}>
      <ErrorSummary errors={errors} />
      <dl className="govuk-summary-list">
        {[
          ['Person', request.personName],
          ['Who would act for them', request.proxyName],
          ['Their email address', request.proxyEmail],
          ['How they are related', request.relationship],
          ['Asked for', request.askedScope],
          ['Asked', formatDate(request.askedAt)],
          ['Where it stands', request.standingLabel],
        ].map(([key, value]) => (
          <div className="govuk-summary-list__row" key={key}>
            <dt className="govuk-summary-list__key">{key}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      {history.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">What has happened</h2>
          <ul className="govuk-list">
            {history.map((event) => (
              <li key={event.seq}>
                {formatDate(event.at)}: {STEP_WORDS[event.step] ?? event.step}
                {event.detail ? ` (${event.detail})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {request.standing === 'asked' ? (
        <>
          <Form method="post" noValidate>
            <CsrfInput />
            <input type="hidden" name="intent" value="grant" />
            <input type="hidden" name="seen" value={request.events} />
            <h2 className="govuk-heading-m">Grant it</h2>
            <Textarea
              name="verification"
              label="How did you check the relationship with the person?"
              hint="For example, a phone call to the person on the number we hold, or a lasting power of attorney seen"
              error={errorFor(errors, 'verification')}
              value={values.verification}
            />
            <Radios
              name="scope"
              legend="What can they do?"
              choices={scopes}
              error={errorFor(errors, 'scope')}
              value={values.scope ?? asked}
            />
            <button type="submit" className="govuk-button" id="grant">
              Grant and send them the link
            </button>
          </Form>
          <ReasonForm
            intent="refuse"
            seen={request.events}
            heading="Or refuse it"
            label="Why are you refusing it?"
            button="Refuse the request"
            error={errorFor(errors, 'reason')}
            value={values.reason}
          />
        </>
      ) : null}
      {request.standing === 'granted' || request.standing === 'active' ? (
        <ReasonForm
          intent="end"
          seen={request.events}
          heading="End their access"
          label="Why are you ending it?"
          button="End their access"
          error={errorFor(errors, 'reason')}
          value={values.reason}
        />
      ) : null}
    </RolePage>
  )
}
