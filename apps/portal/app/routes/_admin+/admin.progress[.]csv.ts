import type { LoaderFunctionArgs } from '@remix-run/node'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { progressMeasuresCsv } from '@open-sds/coproduction'
import { progressDashboard } from './progress.server'

/** The progress measures as CSV, suppressed exactly as on the page. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_admin+/admin.progress[.]csv')
  const now = new Date()
  const dashboard = await progressDashboard(context, now)
  await context.database.repos.audit.append({
    at: now,
    actorUserId: viewer.id,
    action: 'progress.download',
    resource: 'progress-measures',
  })
  return new Response(progressMeasuresCsv(dashboard), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="progress-measures-${dashboard.asAt}.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}
