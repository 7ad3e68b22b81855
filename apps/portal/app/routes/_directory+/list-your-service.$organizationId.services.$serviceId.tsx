import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { BackLink } from '~/components/BackLink'
import { ErrorSummary } from '~/components/ErrorSummary'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { notFoundNearAPlace } from '@open-sds/directory'
import type { AppContext } from '~/.server/context'
import { refuse, takeRefusal } from '~/.server/refusals'
import { ListingForm } from './__ListingForm'
import { ListingHistory, historyRows } from './__ListingHistory'
import { NotFoundNearAPlace } from './__NotFoundNearAPlace'
import { listingFormFrom, needChoices, ownLister, sendListingForm } from './listings.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Change a listing')

const ROUTE = 'routes/_directory+/list-your-service.$organizationId.services.$serviceId' as const

/** The organisation's own listing with its versions, newest first; anyone else's is not found. */
async function ownListing(context: AppContext, viewerId: string, organizationId: string, serviceId: string) {
  const lister = await ownLister(context, viewerId, organizationId)
  const history = await context.database.repos.directoryListings.history(serviceId)
  if (history.length === 0 || history[0]?.organizationId !== organizationId)
    throw new Response('There is no page at this address. If you typed it, check it is correct.', {
      status: 404,
      statusText: 'Not Found',
    })
  return { lister, history }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { lister, history } = await ownListing(context, viewer.id, params.organizationId ?? '', params.serviceId ?? '')
  const newest = history[0]
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    organisation: lister.organization.name,
    name: newest?.service.name ?? '',
    needs: await needChoices(context),
    form: newest ? listingFormFrom(newest.service) : {},
    notNearby: newest ? (notFoundNearAPlace(newest.service) ?? null) : null,
    history: historyRows(history),
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { lister } = await ownListing(context, viewer.id, params.organizationId ?? '', params.serviceId ?? '')
  const sent = await sendListingForm(
    context,
    viewer,
    lister,
    params.serviceId,
    await readProtectedForm(request, context),
  )
  if ('sentTo' in sent) return redirect(sent.sentTo)
  return refuse({ request, context, requestState: requestContext.requestState }, sent)
}

export default function ChangeListing() {
  const { organisation, name, needs, form, history, refusal, notNearby } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  const values = result?.values ?? { ...form, needs: [...(form.needs ?? [])] }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={result?.errors} />
        <span className="govuk-caption-l">{organisation}</span>
        <h1 className="govuk-heading-l">Change {name}</h1>
        <p className="govuk-body">
          A change is checked by the council before it is published. Until then, people see the listing as it was.
        </p>
        <NotFoundNearAPlace warning={notNearby} />
        <ListingForm needs={needs} values={values} errors={result?.errors} submitLabel="Send the change for checking" />
        <ListingHistory rows={history} />
        <BackLink href="/list-your-service">Back to your services</BackLink>
      </div>
    </div>
  )
}
