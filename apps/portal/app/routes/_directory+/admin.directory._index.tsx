import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { formatLongDate } from '@open-sds/kernel'
import { RolePage } from '~/components/RolePage'
import { SuccessBanner } from '~/components/SuccessBanner'
import { SummaryCard } from '~/components/SummaryCard'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { importLinksOf } from './import-links.server'
import { dueForReview } from './listings.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Check directory listings')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_directory+/admin.directory._index')
  const { directoryListings } = context.database.repos
  const waiting = await directoryListings.waiting()
  const organisations = new Map(
    await Promise.all(
      [...new Set(waiting.map((version) => version.organizationId))].map(
        async (id) => [id, (await directoryListings.getLister(id))?.organization.name ?? ''] as const,
      ),
    ),
  )
  const imports = await importLinksOf(
    context,
    waiting.map((version) => version.importId),
  )
  const due = await dueForReview(context, new Date())
  const done = new URL(request.url).searchParams.get('done')
  return json({
    name: viewer.displayName,
    done: done === null ? null : done.slice(0, 200),
    waiting: waiting.map((version) => ({
      serviceId: version.serviceId,
      name: version.service.name,
      organisation: organisations.get(version.organizationId) ?? '',
      version: version.version,
      sent: formatLongDate(version.submittedAt.toISOString().slice(0, 10)),
      imported: (version.importId && imports.get(version.importId)) || null,
    })),
    due: due.map((service) => ({
      serviceId: service.id,
      name: service.name,
      organisation: service.organization?.name ?? '',
      checked: service.assured_date ? formatLongDate(service.assured_date) : 'Never',
    })),
  })
}

export default function CheckListings() {
  const { name, done, waiting, due } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="Check directory listings">
      {done ? (
        <SuccessBanner>
          <p className="govuk-notification-banner__heading">{done}</p>
        </SuccessBanner>
      ) : null}
      <p className="govuk-body">
        Organisations list their services here. Check each listing, and each change, is accurate before it is published;
        the date you check it is published with it. Open Referral UK advises checking each listing at least every three
        months.
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href="/admin/directory/import">
          Import another directory
        </a>
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href="/oruk/services?full=true&format=ndjson" download="directory.ndjson">
          Download the whole directory
        </a>{' '}
        (Open Referral UK 3.0, one service a line, as other directories import it)
      </p>
      <h2 className="govuk-heading-m">Waiting to be checked ({waiting.length})</h2>
      {waiting.length === 0 ? <p className="govuk-body">Nothing is waiting to be checked.</p> : null}
      {waiting.map((listing) => (
        <SummaryCard
          key={listing.serviceId}
          title={
            <a className="govuk-link" href={`/admin/directory/${listing.serviceId}`}>
              {listing.name}
            </a>
          }
          rows={[
            ['Organisation', listing.organisation],
            ['Version', listing.version === 1 ? '1 (new listing)' : `${listing.version} (a change)`],
            ['Sent', listing.sent],
            ...(listing.imported
              ? [
                  [
                    'Came from',
                    <a className="govuk-link" href={listing.imported.href} key="came-from">
                      {listing.imported.text}
                    </a>,
                  ] as const,
                ]
              : []),
          ]}
        />
      ))}
      <h2 className="govuk-heading-m">Due for review: not checked in three months ({due.length})</h2>
      {due.length === 0 ? (
        <p className="govuk-body">Every published listing was checked in the last three months.</p>
      ) : null}
      {due.map((service) => (
        <SummaryCard
          key={service.serviceId}
          title={
            <a className="govuk-link" href={`/admin/directory/${service.serviceId}`}>
              {service.name}
            </a>
          }
          rows={[
            ['Organisation', service.organisation],
            ['Last checked', service.checked],
          ]}
        />
      ))}
    </RolePage>
  )
}
