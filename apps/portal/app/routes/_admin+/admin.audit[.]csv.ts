import type { LoaderFunctionArgs } from '@remix-run/node'
import { csvLine } from '@open-sds/kernel'
import type { AuditEntry } from '@open-sds/db'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { describeAuditEntries, listAuditEntries, readAuditFilters } from './audit-log.server'

// Read in pages of the most the repository gives at once, so a long log never sits in one query's answer; and at
// most the newest 50,000 entries, so one download cannot exhaust the server's memory. Filters narrow it further.
const batch = 1000
export const auditDownloadLimit = 50_000

/**
 * The audit log, narrowed by the page's filters, as a spreadsheet: names and plain words for people, the code and
 * the record's reference for analysts. Downloading it is audited, with the filters used.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_admin+/admin.audit[.]csv')
  const { filters, actorNames } = await readAuditFilters(context, new URL(request.url))
  const now = new Date()
  const entries: AuditEntry[] = []
  for (let beforeId: number | undefined; ;) {
    const found = await listAuditEntries(context, filters, { limit: batch, beforeId })
    entries.push(...found)
    if (found.length < batch || entries.length >= auditDownloadLimit) break
    beforeId = found.at(-1)?.id
  }
  await context.database.repos.audit.append({
    at: now,
    actorUserId: viewer.id,
    action: 'audit.download',
    personId: filters.person || null,
    resource: 'audit-log',
    detail: { ...filters, entries: entries.length },
  })
  const rows = await describeAuditEntries(context, entries, actorNames)
  const csv = [
    csvLine(['When', 'Who', 'What', 'About', 'Action code', 'Record', 'Time (UTC)']),
    ...rows.map((row) => csvLine([row.when, row.who, row.what, row.person?.name ?? '', row.code, row.record, row.at])),
  ].join('')
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-log-${now.toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}
