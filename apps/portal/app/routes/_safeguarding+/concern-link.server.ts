import { alreadyLinkedMessage, type ConcernRecord, type NewAuditEntry } from '@open-sds/db'
import type { Viewer } from '~/.server/auth/session'
import type { AppContext } from '~/.server/context'
import { personToLink, type LinkTarget } from '~/.server/link-to-record'
import { newRecordAuditEntries } from '~/.server/new-person-record'
import { concernAuditEntry } from './safeguarding.server'

type Linked = { ok: true; personId: string } | { ok: false; message: string }

/**
 * Links the concern to a record found by search, or to a new record made from it, in one transaction with its audit
 * entries (decision 016): a new record, its postcode and the link are stored together or not at all. A concern
 * already linked (by another tab a moment ago) stores nothing and is told so; the refused attempt is audited too.
 */
export async function linkConcernTo(
  context: AppContext,
  viewer: Viewer,
  concern: ConcernRecord,
  target: LinkTarget,
): Promise<Linked> {
  const now = new Date()
  const how = 'found' in target ? ('found' as const) : ('created' as const)
  const linked = await context.database.withAudit(
    async (repos) => {
      const person = await personToLink(repos, target, viewer.id, now)
      if (!person.ok) return person
      return repos.safeguarding.linkConcern({ concernId: concern.id, linkedByUserId: viewer.id, ...person.value }, now)
    },
    (outcome): NewAuditEntry[] | undefined => {
      if (!outcome.ok) return undefined
      const { personId } = outcome.value
      const made = 'create' in target ? newRecordAuditEntries(target.create, personId, viewer.id, now) : []
      // The person goes in the link's detail, never its person column: see concernAuditEntry.
      return [...made, concernAuditEntry(viewer, { ...concern, personId }, 'safeguarding-concern.link', { how })]
    },
  )
  if (linked.ok) return { ok: true, personId: linked.value.personId }
  const message = linked.errors[0]?.message ?? alreadyLinkedMessage
  await context.database.repos.audit.append(
    concernAuditEntry(viewer, concern, 'safeguarding-concern.link-refused', { how, reason: message }),
  )
  return { ok: false, message }
}
