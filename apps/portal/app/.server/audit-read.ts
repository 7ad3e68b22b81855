import type { AuditAction } from '@open-sds/db'
import type { Viewer } from './auth/session.js'
import type { AppContext } from './context.js'

/**
 * Records that `viewer` opened a page showing a person's record: one entry per page opened, with who, whose record,
 * what and which page (issue 13). A read changes nothing else, so its entry is one statement, atomic on its own.
 */
export async function auditRead(
  context: AppContext,
  viewer: Pick<Viewer, 'id'>,
  request: Request,
  read: { action: AuditAction; personId: string; resource: string },
): Promise<void> {
  await context.database.repos.audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: read.action,
    personId: read.personId,
    resource: read.resource,
    detail: { page: new URL(request.url).pathname.slice(0, 300) },
  })
}
