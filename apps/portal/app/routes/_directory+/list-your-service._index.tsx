import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { notFoundNearAPlace } from '@open-sds/directory'
import { RolePage } from '~/components/RolePage'
import { SuccessBanner } from '~/components/SuccessBanner'
import { SummaryCard } from '~/components/SummaryCard'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { LISTER_KIND_LABELS } from './__listing-words'
import { NotFoundNearAPlace } from './__NotFoundNearAPlace'
import { listingStateInWords } from './listings.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'List your services')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_directory+/list-your-service._index')
  const { directoryListings } = context.database.repos
  const listers = await directoryListings.listersOf(viewer.id)
  const organisations = await Promise.all(
    listers.map(async (lister) => ({
      id: lister.organization.id,
      name: lister.organization.name,
      kind: LISTER_KIND_LABELS[lister.kind],
      listings: (await directoryListings.listingsOf(lister.organization.id)).map((version) => ({
        serviceId: version.serviceId,
        name: version.service.name,
        version: version.version,
        state: listingStateInWords(version),
        reason: version.review?.decision === 'returned' ? version.review.reason : null,
        // Said here too, so it is read just after sending, not only on the listing's own page.
        notNearby: notFoundNearAPlace(version.service) ?? null,
      })),
    })),
  )
  const sent = new URL(request.url).searchParams.get('sent')
  return json({ name: viewer.displayName, organisations, sent: sent === null ? null : sent.slice(0, 200) })
}

export default function ListYourServices() {
  const { name, organisations, sent } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="List your services">
      {sent ? (
        <SuccessBanner>
          <p className="govuk-notification-banner__heading">
            “{sent}” has been sent to the council. It will be published once they have checked it.
          </p>
        </SuccessBanner>
      ) : null}
      <p className="govuk-body">
        Providers, user-led organisations and community groups can list their services in the directory people use to
        find local support. The council checks each listing, and each change to it, before it is published.
      </p>
      {organisations.length === 0 ? <p className="govuk-body">You have not signed up an organisation yet.</p> : null}
      {organisations.map((organisation) => (
        <SummaryCard
          key={organisation.id}
          title={organisation.name}
          rows={[
            ['Kind', organisation.kind],
            ...organisation.listings.map(
              (listing) =>
                [
                  listing.name,
                  <>
                    <p className="govuk-body govuk-!-margin-bottom-1">
                      {listing.state} (version {listing.version})
                    </p>
                    <NotFoundNearAPlace warning={listing.notNearby} />
                    {listing.reason ? (
                      <p className="govuk-body govuk-!-margin-bottom-1">What to change: {listing.reason}</p>
                    ) : null}
                    <a
                      className="govuk-link"
                      href={`/list-your-service/${organisation.id}/services/${listing.serviceId}`}
                    >
                      Change {listing.name}
                    </a>
                  </>,
                ] as const,
            ),
          ]}
        >
          <a className="govuk-button govuk-button--secondary" href={`/list-your-service/${organisation.id}/new`}>
            List a service of {organisation.name}
          </a>
        </SummaryCard>
      ))}
      <p className="govuk-body">
        <a className="govuk-button" href="/list-your-service/sign-up">
          Sign up an organisation
        </a>
      </p>
    </RolePage>
  )
}
