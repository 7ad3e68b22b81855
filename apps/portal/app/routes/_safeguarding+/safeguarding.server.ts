import type { AuditAction, ConcernRecord, NewAuditEntry } from '@open-sds/db'
import { riskMatrixInForce } from '@open-sds/plugin-sdk'
import {
  abuseTypes,
  labelOf,
  section42OutcomeLabels,
  locationsOfRisk,
  sourcesOfRisk,
  type AbuseType,
  type LocationOfRisk,
  type SourceOfRisk,
} from '@open-sds/safeguarding'
import type { Viewer } from '../../.server/auth/session.js'
import type { AppContext } from '../../.server/context.js'

/**
 * The same answer for a concern that does not exist and one this viewer may not see, so the address cannot be used
 * to find out whether a concern about someone exists.
 */
export function concernNotFound(): Response {
  return new Response('There is no record at this address that you can see.', { status: 404, statusText: 'Not Found' })
}

/**
 * Safeguarding is tighter than the rest of the portal: on top of the route's role, the account must be on the
 * safeguarding list. Anyone else gets the not-found page, and the attempt is audited.
 */
export async function requireSafeguardingStaff(context: AppContext, viewer: Viewer, request: Request): Promise<void> {
  if (await context.database.repos.safeguarding.isAuthorised(viewer.id)) return
  await context.database.repos.audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'safeguarding.refused',
    resource: `path:${new URL(request.url).pathname}`,
  })
  throw concernNotFound()
}

/**
 * A concern by reference, for a safeguarding-authorised viewer only, with the read audited. The audit entry carries
 * the person in its detail, not in its person column: the person's own "activity on this record" list must not
 * reveal a concern that has not been shared with them.
 */
export async function loadConcern(
  context: AppContext,
  viewer: Viewer,
  request: Request,
  reference: string,
  action: AuditAction = 'safeguarding-concern.read',
): Promise<ConcernRecord> {
  await requireSafeguardingStaff(context, viewer, request)
  const concern = await context.database.repos.safeguarding.findConcernByReference(reference)
  if (!concern) throw concernNotFound()
  await auditConcern(context, viewer, concern, action)
  return concern
}

/** The audit entry for something done with a concern, for `withAudit` or on its own for a read. */
export function concernAuditEntry(
  viewer: Viewer | null,
  concern: Pick<ConcernRecord, 'reference' | 'personId'>,
  action: AuditAction,
  detail: Record<string, unknown> = {},
): NewAuditEntry {
  return {
    at: new Date(),
    actorUserId: viewer?.id ?? null,
    action,
    resource: `safeguarding-concern:${concern.reference}`,
    detail: { ...detail, ...(concern.personId ? { personId: concern.personId } : {}) },
  }
}

export async function auditConcern(
  context: AppContext,
  viewer: Viewer | null,
  concern: Pick<ConcernRecord, 'reference' | 'personId'>,
  action: AuditAction,
  detail: Record<string, unknown> = {},
) {
  await context.database.repos.audit.append(concernAuditEntry(viewer, concern, action, detail))
}

export const riskMatrixFor = (context: AppContext) => riskMatrixInForce(context.site)

export const abuseTypeLabel = (id: string) => labelOf(abuseTypes, id as AbuseType)
export const locationLabel = (id: string | null | undefined) =>
  id ? labelOf(locationsOfRisk, id as LocationOfRisk) : 'Not recorded'
export const sourceLabel = (id: string | null | undefined) =>
  id ? labelOf(sourcesOfRisk, id as SourceOfRisk) : 'Not recorded'

/** What a concern led to under section 42, in the safeguarding package's words. */
export const SECTION42_OUTCOME_TEXT: Record<string, string> = section42OutcomeLabels

/** Form values as strings, with checkbox groups joined, so a failed form can be shown again as it was typed. */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const key of new Set(form.keys())) {
    if (key === 'csrf') continue
    values[key] = form
      .getAll(key)
      .filter((value): value is string => typeof value === 'string')
      .join(',')
  }
  return values
}

/** Package issues (dotted paths) to form errors: each path is mapped to the form field that fixes it. */
export function fieldErrors(errors: readonly { path: string; message: string }[], fieldFor: (path: string) => string) {
  const seen = new Set<string>()
  return errors
    .map((error) => ({ field: fieldFor(error.path), message: error.message }))
    .filter((error) => (seen.has(error.field) ? false : (seen.add(error.field), true)))
}
