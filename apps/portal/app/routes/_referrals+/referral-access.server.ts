import { hasRole } from '~/.server/auth/roles'
import type { ReferralRecord } from '@open-sds/db'
import type { Viewer } from '~/.server/auth/session'
import type { AppContext } from '~/.server/context'
import { handlesWork } from '../_work+/work.server'

const notFound = () =>
  new Response('There is no request for help at this address that you can see.', {
    status: 404,
    statusText: 'Not Found',
  })

/**
 * A request for help, for a member of a team that handles requests for help, or an administrator; anyone else (another
 * team, a reference that does not exist) is told the same: there is nothing here. A page's opening is audited; a
 * form's submission is audited by what it does instead (`opening: false`).
 */
export async function loadReferral(
  context: AppContext,
  viewer: Viewer,
  reference: string,
  { opening }: { opening: boolean } = { opening: true },
): Promise<ReferralRecord> {
  const { referrals, audit } = context.database.repos
  const mine = hasRole(viewer, 'council-admin') || (await handlesWork(context, viewer.id, 'referral'))
  const record = mine ? await referrals.findByReference(reference) : undefined
  if (!record) throw notFound()
  if (opening)
    await audit.append({
      at: new Date(),
      actorUserId: viewer.id,
      action: 'referral.read',
      personId: record.link?.personId ?? null,
      resource: `referral:${record.reference}`,
    })
  return record
}

/** A link or a closing refused, written down with why. */
export const auditRefusal = async (
  context: AppContext,
  viewer: Viewer,
  record: ReferralRecord,
  action: 'referral.link-refused' | 'referral.close-refused',
  message: string,
): Promise<{ ok: false; message: string }> => {
  await context.database.repos.audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action,
    personId: record.link?.personId ?? null,
    resource: `referral:${record.reference}`,
    detail: { reason: message },
  })
  return { ok: false, message }
}
