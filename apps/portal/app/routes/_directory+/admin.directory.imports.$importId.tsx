import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { formatLongDate, todayInEngland } from '@open-sds/kernel'
import { BackLink } from '~/components/BackLink'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { ImportReportShown } from './__ImportReport'
import { reportOf } from './directory-import.server'

// One import of another directory, as it ran (decision 065): the page an import answers with (Post/Redirect/Get), so
// refreshing it shows the report again instead of importing again, and the page the assurer's queue links to.
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'An import of another directory')

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context } = await authoriseSignedIn(request, 'routes/_directory+/admin.directory.imports.$importId')
  const { directoryListings, users } = context.database.repos
  const run = await directoryListings.getImport(String(params.importId ?? '').slice(0, 100))
  if (!run)
    throw new Response('There is no page at this address. If you typed it, check it is correct.', {
      status: 404,
      statusText: 'Not Found',
    })
  const url = new URL(request.url)
  return json({
    report: reportOf(run),
    on: formatLongDate(todayInEngland(run.importedAt)),
    by: (await users.findById(run.importedByUserId))?.displayName ?? 'an administrator',
    // Just imported: the import page sent the browser here, so the report is said as done.
    fresh: url.searchParams.has('imported'),
  })
}

export default function ImportRun() {
  const { report, on, by, fresh } = useLoaderData<typeof loader>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">Service directory</span>
        <h1 className="govuk-heading-l">Import from {report.source}</h1>
        <p className="govuk-body">
          Imported on {on} by {by}.
        </p>
        <ImportReportShown report={report} banner={fresh} />
        <p className="govuk-body">
          <a className="govuk-link" href="/admin/directory/import">
            Import another directory
          </a>
        </p>
        <BackLink href="/admin/directory">Back to listings to check</BackLink>
      </div>
    </div>
  )
}
