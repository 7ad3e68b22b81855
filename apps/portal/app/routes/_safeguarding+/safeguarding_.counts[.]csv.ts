import type { LoaderFunctionArgs } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { toCsv } from '@open-sds/safeguarding'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { chosenYear, countsFor } from './safeguarding-counts.server'

/** The annual counts as last counted, as a CSV download, suppressed exactly as on the page; none yet: the page. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_safeguarding+/safeguarding_.counts[.]csv')
  const { year } = chosenYear(request, new Date())
  const counts = (await countsFor(context, viewer, request, year)).value
  if (!counts) return redirect(`/safeguarding/counts?year=${String(year)}`)
  return new Response(toCsv(counts), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="safeguarding-counts-${counts.period.label}.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}
