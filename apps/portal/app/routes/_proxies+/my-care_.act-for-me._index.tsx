import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary } from '~/components/ErrorSummary'
import { RolePage } from '~/components/RolePage'
import { SuccessBanner } from '~/components/SuccessBanner'
import { SummaryCard } from '~/components/SummaryCard'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { ownRecordOf, proxyView } from './proxies.server'
import { endProxy, type ProxyEndRefusal } from './proxy-end.server'
import { takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Who can act for you')

const ROUTE = 'routes/_proxies+/my-care_.act-for-me._index' as const

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const person = await ownRecordOf(context, viewer)
  const records = person ? await context.database.repos.proxies.listForPerson(person.id) : []
  const done = new URL(request.url).searchParams.get('done')
  return json({
    refusal: await takeRefusal<ProxyEndRefusal>(request, context),
    name: viewer.displayName,
    hasOwnRecord: Boolean(person),
    proxies: records.map(proxyView),
    done,
  })
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const person = await ownRecordOf(context, viewer)
  const record = person ? await context.database.repos.proxies.findById(String(form.get('requestId') ?? '')) : undefined
  // Only the person's own requests can be ended from here; anything else is as if it did not exist.
  if (!person || !record || record.personId !== person.id)
    throw new Response('There is no request at this address that you can see.', { status: 404 })
  return endProxy(
    context,
    record,
    { userId: viewer.id, party: 'person' },
    {
      form,
      refusal: { request, context, requestState: requestContext.requestState },
      done: '/my-care/act-for-me?done=ended',
    },
    new Date(),
  )
}

const DONE: Record<string, string> = {
  asked: 'We have your request. We will check it with you, then send them a link to accept.',
  ended: 'They can no longer act for you.',
}

export default function WhoCanActForYou() {
  const { refusal, name, hasOwnRecord, proxies, done } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  return (
    <RolePage caption={name} heading="Who can act for you">
      <ErrorSummary errors={result?.errors} />
      {done && DONE[done] ? <SuccessBanner>{DONE[done]}</SuccessBanner> : null}
      {proxies.length === 0 ? <p className="govuk-body">Nobody can act for you.</p> : null}
      {proxies.map((proxy) => (
        <SummaryCard
          key={proxy.id}
          title={proxy.proxyName}
          rows={[
            ['How they are related to you', proxy.relationship],
            ['Email address', proxy.proxyEmail],
            ['What they can do', proxy.scope],
            ['Where it stands', proxy.standingLabel],
            ['Asked', formatDate(proxy.askedAt)],
          ]}
        >
          {proxy.open ? (
            <Form method="post">
              <CsrfInput />
              <input type="hidden" name="requestId" value={proxy.id} />
              <input type="hidden" name="seen" value={proxy.events} />
              <button type="submit" className="govuk-button govuk-button--warning" id={`end-${proxy.id}`}>
                {proxy.standing === 'active' ? 'Stop them acting for you' : 'Cancel this request'}
                <span className="govuk-visually-hidden">: {proxy.proxyName}</span>
              </button>
            </Form>
          ) : null}
        </SummaryCard>
      ))}
      {hasOwnRecord ? (
        <p className="govuk-body">
          <a className="govuk-link" href="/my-care/act-for-me/new">
            Ask for someone to act for you
          </a>
        </p>
      ) : null}
      <p className="govuk-body">
        <a className="govuk-link" href="/my-care">
          Back to your care and support
        </a>
      </p>
    </RolePage>
  )
}
