import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import type { ProxyRecord } from '@open-sds/db'
import { proxyStanding, proxyStepAllowed } from '@open-sds/support-planning'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary } from '~/components/ErrorSummary'
import { pageTitle } from '~/components/page-title'
import { authorise } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import type { Viewer } from '~/.server/auth/session'
import { hashToken } from '~/.server/auth/tokens'
import { auditedChange } from '~/.server/audited-change'
import type { AppContext } from '~/.server/context'
import { proxyEntry, proxyView } from './proxies.server'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Act for someone')

const ROUTE = 'routes/_proxies+/acting-for.accept' as const

const UNKNOWN = 'This link is not recognised. Check it was copied whole, or ask the person to ask us again.'

/**
 * Why this account cannot accept the request the link was made for, or undefined when it can: the link must be one
 * we sent, still waiting to be accepted, and opened by an account signed in with the address the person gave, so a
 * forwarded or overheard link is no use to anyone else (decision 035).
 */
function whyNot(record: ProxyRecord | undefined, viewer: Viewer): string | undefined {
  if (!record) return UNKNOWN
  const allowed = proxyStepAllowed(proxyStanding(record.events.map((event) => event.step)), 'accepted', 'proxy')
  if (!allowed.ok) return allowed.errors[0]?.message
  if (viewer.role !== 'citizen') return 'Sign in with a personal account, not a council staff account, to accept this.'
  if (viewer.email !== record.proxyEmail)
    return 'This link was sent to a different email address. Sign in with the address it was sent to.'
  return undefined
}

async function find(context: AppContext, token: string) {
  return token ? context.database.repos.proxies.findByLinkHash(hashToken(token)) : undefined
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authorise(request, ROUTE)
  const url = new URL(request.url)
  const token = url.searchParams.get('token') ?? ''
  // Nothing about the request is shown to someone not signed in: the link alone is not enough to see it.
  if (!viewer) return json({ signedIn: false as const, returnTo: url.pathname + url.search })
  const record = await find(context, token)
  const problem = whyNot(record, viewer)
  return json({
    refusal: await takeRefusal<{ errors: { field: string; message: string }[] }>(request, context),
    signedIn: true as const,
    token,
    problem: problem ?? null,
    request: record && !problem ? proxyView(record) : null,
  })
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authorise(request, ROUTE)
  const form = await readProtectedForm(request, context)
  if (!viewer) throw redirect('/sign-in')
  const token = String(form.get('token') ?? '')
  const record = await find(context, token)
  const now = new Date()
  const refuse = async (message: string) => {
    if (record)
      await context.database.repos.audit.append(proxyEntry(record, viewer.id, 'proxy.accept-refused', now, { message }))
    return refuseForm(
      { request, context, requestState: requestContext.requestState },
      { errors: [{ field: 'accept', message }] },
    )
  }
  const problem = whyNot(record, viewer)
  if (problem || !record) return refuse(problem ?? UNKNOWN)
  const accepted = await auditedChange(
    context,
    (repos) =>
      repos.proxies.recordStep(record.id, record.events.length, { step: 'accepted', byUserId: viewer.id }, now),
    () => proxyEntry(record, viewer.id, 'proxy.accept', now),
  )
  if (!accepted.ok) return refuse(accepted.errors[0]?.message ?? UNKNOWN)
  return redirect('/acting-for?done=accepted')
}

export default function AcceptActingFor() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? (data.signedIn ? data.refusal : null)
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={result?.errors} />
        <h1 className="govuk-heading-l">Act for someone</h1>
        {!data.signedIn ? (
          <>
            <p className="govuk-body">
              Someone has asked for you to act for them. Sign in with the email address this link was sent to, or create
              an account with it and then open the link again.
            </p>
            <p className="govuk-body">
              <a className="govuk-link" href={`/sign-in?returnTo=${encodeURIComponent(data.returnTo)}`}>
                Sign in to accept
              </a>
            </p>
            <p className="govuk-body">
              <a className="govuk-link" href="/sign-up">
                Create an account
              </a>
            </p>
          </>
        ) : data.problem || !data.request ? (
          <p className="govuk-body">{data.problem ?? UNKNOWN}</p>
        ) : (
          <>
            <p className="govuk-body">
              {data.request.personName} has asked for you to act for them. The council has checked this with them.
            </p>
            <h2 className="govuk-heading-m">What you will be able to do</h2>
            <p className="govuk-body">
              {data.request.scope}: {data.request.scopeAllows}.
            </p>
            <p className="govuk-body">They can end this at any time, and so can you.</p>
            <Form method="post">
              <CsrfInput />
              <input type="hidden" name="token" value={data.token} />
              <button type="submit" className="govuk-button" id="accept">
                Accept and act for {data.request.personName}
              </button>
            </Form>
          </>
        )}
      </div>
    </div>
  )
}
