import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { ErrorMessage } from '~/components/ErrorMessage'
import { ErrorSummary } from '~/components/ErrorSummary'
import { RolePage } from '~/components/RolePage'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { parseQuarter, recentQuarters } from './client-level-data.server'

// The message comes from a redirect, not an action, so the page marks its own title rather than waiting on the root's.
export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, 'Client Level Data export').map((tag) => ('title' in tag && data?.message && !String(tag.title).startsWith('Error: ') ? { title: `Error: ${String(tag.title)}` } : tag))

export async function loader({ request }: LoaderFunctionArgs) {
  const { viewer } = await authoriseSignedIn(request, 'routes/_admin+/admin.client-level-data')
  const search = new URL(request.url).searchParams
  const chosen = parseQuarter(search.get('quarter'))
  const error = search.get('error')
  const message =
    error === 'empty' && chosen
      ? `There is nothing to export for ${chosen.label}: no requests, assessments, services or reviews fall in that quarter. Choose another quarter.`
      : error
        ? 'Choose a quarter from the list'
        : null
  return json({ name: viewer.displayName, quarters: recentQuarters(new Date()).map((quarter) => ({ id: quarter.id, label: quarter.label })), chosen: chosen?.id ?? null, message })
}

export default function ClientLevelData() {
  const { name, quarters, chosen, message } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="Client Level Data export">
      <ErrorSummary errors={message ? [{ field: 'quarter', message }] : undefined} />
      <p className="govuk-body">
        A CSV file in the shape of the Adult Social Care Client Level Data return: one row per request (a self-assessment started), assessment (an
        eligibility decision), service (a support plan in force, one row per delivery mechanism, with its weekly cost) and review, for the quarter you
        choose. It holds personal data: keep it safe, and send it only through the secure route for the return. Each export is recorded in the audit
        log.
      </p>
      <form method="get" action="/admin/client-level-data.csv" noValidate>
        <div className={`govuk-form-group${message ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor="quarter">
            Quarter
          </label>
          <ErrorMessage id="quarter-error" error={message ?? undefined} />
          <select className={`govuk-select${message ? ' govuk-select--error' : ''}`} id="quarter" name="quarter" defaultValue={chosen ?? quarters[1]?.id} aria-describedby={message ? 'quarter-error' : undefined}>
            {quarters.map((quarter) => (
              <option value={quarter.id} key={quarter.id}>
                {quarter.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Download the CSV file
        </button>
      </form>
    </RolePage>
  )
}
