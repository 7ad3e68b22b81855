import type { LoaderFunctionArgs } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { clientLevelDataCsv, parseQuarter } from './client-level-data.server'

/**
 * A quarter of Client Level Data as a CSV download. A quarter with no events, or one that cannot be read, goes back to
 * the form with a message: a file with a header and nothing else would look like a successful export.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_admin+/admin.client-level-data[.]csv')
  const requested = new URL(request.url).searchParams.get('quarter')
  const quarter = parseQuarter(requested)
  if (!quarter) return redirect(`/admin/client-level-data?error=quarter`)
  const rows = await context.database.repos.progress.clientLevelData({ from: quarter.from, to: quarter.to })
  if (rows.length === 0) return redirect(`/admin/client-level-data?error=empty&quarter=${quarter.id}`)
  const now = new Date()
  // Person-level data leaves the portal here: who took it, and how much, is on the record.
  await context.database.repos.audit.append({ at: now, actorUserId: viewer.id, action: 'client-level-data.export', resource: `client-level-data:${quarter.id}`, detail: { rows: rows.length, people: new Set(rows.map((row) => row.personId)).size } })
  return new Response(clientLevelDataCsv(quarter, rows, context.config.localAuthorityCode), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="client-level-data-${quarter.id}.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}
