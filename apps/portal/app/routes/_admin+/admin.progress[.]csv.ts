import type { LoaderFunctionArgs } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { progressMeasuresCsv } from '@open-sds/coproduction'
import { progressDashboard } from './progress.server'

/** The progress measures as last counted, as CSV, suppressed exactly as on the page; none yet: back to the page. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_admin+/admin.progress[.]csv')
  const now = new Date()
  const dashboard = (await progressDashboard(context, viewer.id, now)).value
  if (!dashboard) return redirect('/admin/progress')
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
