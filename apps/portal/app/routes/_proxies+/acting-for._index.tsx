import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary } from '~/components/ErrorSummary'
import { RolePage } from '~/components/RolePage'
import { SuccessBanner } from '~/components/SuccessBanner'
import { SummaryCard } from '~/components/SummaryCard'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { proxyView } from './proxies.server'
import { endProxy, type ProxyEndRefusal } from './proxy-end.server'
import { takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'People you act for')

const ROUTE = 'routes/_proxies+/acting-for._index' as const

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const records = await context.database.repos.proxies.listForProxy(viewer.id)
  const done = new URL(request.url).searchParams.get('done')
  return json({
    refusal: await takeRefusal<ProxyEndRefusal>(request, context),
    name: viewer.displayName,
    proxies: records.map(proxyView),
    done,
  })
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const requestId = String(form.get('requestId') ?? '')
  // Only what this account accepted can be stepped down from here.
  const record = (await context.database.repos.proxies.listForProxy(viewer.id)).find((r) => r.id === requestId)
  if (!record) throw new Response('There is no request at this address that you can see.', { status: 404 })
  return endProxy(
    context,
    record,
    { userId: viewer.id, party: 'proxy' },
    { form, refusal: { request, context, requestState: requestContext.requestState }, done: '/acting-for?done=ended' },
    new Date(),
  )
}

const DONE: Record<string, string> = {
  accepted: 'You can now act for them, as far as they asked.',
  ended: 'You no longer act for them.',
}

export default function PeopleYouActFor() {
  const { refusal, name, proxies, done } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  return (
    <RolePage caption={name} heading="People you act for">
      <ErrorSummary errors={result?.errors} />
      {done && DONE[done] ? <SuccessBanner>{DONE[done]}</SuccessBanner> : null}
      {proxies.length === 0 ? <p className="govuk-body">You do not act for anyone.</p> : null}
      {proxies.map((proxy) => (
        <SummaryCard
          key={proxy.id}
          title={proxy.personName}
          rows={[
            ['What you can do', `${proxy.scope}: ${proxy.scopeAllows}`],
            ['Where it stands', proxy.standing === 'active' ? 'You act for them' : proxy.standingLabel],
          ]}
        >
          {proxy.standing === 'active' ? (
            <Form method="post">
              <CsrfInput />
              <input type="hidden" name="requestId" value={proxy.id} />
              <input type="hidden" name="seen" value={proxy.events} />
              <button type="submit" className="govuk-button govuk-button--warning" id={`end-${proxy.id}`}>
                Stop acting for {proxy.personName}
              </button>
            </Form>
          ) : null}
        </SummaryCard>
      ))}
      <p className="govuk-body">
        <a className="govuk-link" href="/my-care">
          Back to your care and support
        </a>
      </p>
    </RolePage>
  )
}
