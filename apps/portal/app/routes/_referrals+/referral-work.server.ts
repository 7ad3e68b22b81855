import type { ReferralRecord } from '@open-sds/db'
import { referralAlreadyLinkedMessage } from '@open-sds/db'
import type { ReferralClosing } from '@open-sds/support-planning'
import type { Viewer } from '~/.server/auth/session'
import { auditedChange } from '~/.server/audited-change'
import type { AppContext } from '~/.server/context'
import { personToLink, type LinkTarget } from '~/.server/link-to-record'
import { newRecordAuditEntries } from '~/.server/new-person-record'
import { withClosing } from '../_work+/work-arrival.server'
import { auditRefusal } from './referral-access.server'

type Done = { ok: true } | { ok: false; message: string }

/**
 * Names the person the request is about: a record found by search, or a new one made from the request, stored with
 * the link and their audit entries in one transaction, or not at all. A request linked a moment ago in another tab
 * is told so, and the refused attempt is audited.
 */
export async function linkReferralTo(
  context: AppContext,
  viewer: Viewer,
  record: ReferralRecord,
  target: LinkTarget,
): Promise<Done> {
  if (record.link) return auditRefusal(context, viewer, record, 'referral.link-refused', referralAlreadyLinkedMessage)
  const now = new Date()
  const how = 'found' in target ? ('found' as const) : ('created' as const)
  const linked = await context.database.withAudit(
    async (repos) => {
      const person = await personToLink(repos, target, viewer.id, now)
      if (!person.ok) return person
      return repos.referrals.link({ referralId: record.id, linkedByUserId: viewer.id, ...person.value }, now)
    },
    (outcome) => {
      if (!outcome.ok) return undefined
      const { personId } = outcome.value
      return [
        ...('create' in target ? newRecordAuditEntries(target.create, personId, viewer.id, now) : []),
        {
          at: now,
          actorUserId: viewer.id,
          action: 'referral.link' as const,
          personId,
          resource: `referral:${record.reference}`,
          detail: { how },
        },
      ]
    },
  )
  if (linked.ok) return { ok: true }
  return auditRefusal(
    context,
    viewer,
    record,
    'referral.link-refused',
    linked.errors[0]?.message ?? referralAlreadyLinkedMessage,
  )
}

/**
 * Ends the request with what happened, and closes its work item, in one transaction with both audit entries. Refused,
 * and the attempt audited, when its person is not yet known or it was closed a moment ago.
 */
export async function closeReferral(
  context: AppContext,
  viewer: Viewer,
  record: ReferralRecord,
  closing: ReferralClosing,
): Promise<Done> {
  const now = new Date()
  const personId = record.link?.personId ?? null
  const closed = await auditedChange(
    context,
    (repos) =>
      withClosing(
        context,
        repos.referrals.close({ referralId: record.id, ...closing, closedByUserId: viewer.id }, now),
        { subject: `referral:${record.id}`, personId, actorUserId: viewer.id },
        now,
      ),
    () => ({
      at: now,
      actorUserId: viewer.id,
      action: 'referral.close',
      personId,
      resource: `referral:${record.reference}`,
      detail: { outcome: closing.outcome },
    }),
  )
  if (closed.ok) return { ok: true }
  return auditRefusal(
    context,
    viewer,
    record,
    'referral.close-refused',
    closed.errors[0]?.message ?? 'Nothing was changed',
  )
}
