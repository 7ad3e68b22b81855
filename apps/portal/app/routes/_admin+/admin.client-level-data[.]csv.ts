import type { LoaderFunctionArgs } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { reportingPeriod } from '@open-sds/statutory-returns'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { clientLevelDataFile, releaseOf } from './client-level-data.server'

/**
 * The Client Level Data file, as last made by the counting worker, as a CSV download. Nothing is sent unless every value is on the national lists: when the
 * file cannot be made (or the quarter cannot be read) this goes back to the page, which names what to put right.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_admin+/admin.client-level-data[.]csv')
  const search = new URL(request.url).searchParams
  const quarter = search.get('quarter') ?? ''
  const release = releaseOf(search.get('release'))
  const back = `/admin/client-level-data?quarter=${encodeURIComponent(quarter)}&release=${release}`
  const period = reportingPeriod(quarter)
  if (!period.ok) return redirect(back)
  const laCode = context.config.localAuthorityCode
  const file = (
    await clientLevelDataFile(context, {
      actorUserId: viewer.id,
      quarter,
      period: period.value,
      release,
      now: new Date(),
    })
  ).value
  if (!file?.ok || file.summary.rows === 0) return redirect(back)
  // Person-level data leaves the portal here: who took it, and how much, is on the record.
  await context.database.repos.audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'client-level-data.export',
    resource: `client-level-data:${quarter}:${release}`,
    detail: {
      ...file.summary,
      period: { start: period.value.start, end: period.value.end },
      rulesVersion: file.rulesVersion,
    },
  })
  return new Response(file.csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="client-level-data-${laCode}-${quarter}-${release}.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}
