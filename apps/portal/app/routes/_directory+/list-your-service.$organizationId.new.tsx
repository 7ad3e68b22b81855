import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { BackLink } from '~/components/BackLink'
import { ErrorSummary } from '~/components/ErrorSummary'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { refuse, takeRefusal } from '~/.server/refusals'
import { ListingForm } from './__ListingForm'
import { needChoices, ownLister, sendListingForm } from './listings.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'List a service')

const ROUTE = 'routes/_directory+/list-your-service.$organizationId.new' as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const lister = await ownLister(context, viewer.id, params.organizationId ?? '')
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    organisation: lister.organization.name,
    needs: await needChoices(context),
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const lister = await ownLister(context, viewer.id, params.organizationId ?? '')
  const sent = await sendListingForm(context, viewer, lister, undefined, await readProtectedForm(request, context))
  if ('sentTo' in sent) return redirect(sent.sentTo)
  return refuse({ request, context, requestState: requestContext.requestState }, sent)
}

export default function NewListing() {
  const { organisation, needs, refusal } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={result?.errors} />
        <span className="govuk-caption-l">{organisation}</span>
        <h1 className="govuk-heading-l">List a service</h1>
        <p className="govuk-body">The council checks what you send before it is published.</p>
        <ListingForm needs={needs} values={result?.values} errors={result?.errors} submitLabel="Send for checking" />
        <BackLink href="/list-your-service">Back to your services</BackLink>
      </div>
    </div>
  )
}
