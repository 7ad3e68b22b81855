import type { NewAuditEntry, ProxyRecord } from '@open-sds/db'
import { proxyScopeLabels, proxyStanding, proxyStandingLabels, type ProxyScope } from '@open-sds/support-planning'
import type { AppContext } from '~/.server/context'
import type { Viewer } from '~/.server/auth/session'

// Proxy access (issue 18, decision 035): the pages a person, their proxy and a practitioner use share these.

/** The person whose own account this is, or undefined (a representative's or a staff account has none). */
export async function ownRecordOf(context: AppContext, viewer: Viewer) {
  const people = await context.database.repos.people.listForUser(viewer.id)
  return people.find((person) => person.relationship === 'self')
}

/** A request as the pages show it: who, how related, what they may do, where it stands, and its history. */
export function proxyView(record: ProxyRecord) {
  const standing = proxyStanding(record.events.map((event) => event.step))
  const granted = record.events.find((event) => event.step === 'granted')
  const scope = (granted?.scope ?? record.scope) as ProxyScope
  return {
    id: record.id,
    personName: record.personName,
    proxyName: record.proxyName,
    proxyEmail: record.proxyEmail,
    relationship: record.relationship,
    askedScope: proxyScopeLabels[record.scope as ProxyScope].label,
    scope: proxyScopeLabels[scope].label,
    scopeAllows: proxyScopeLabels[scope].allows,
    standing,
    standingLabel: proxyStandingLabels[standing],
    askedAt: record.askedAt.toISOString(),
    events: record.events.length,
    open: standing === 'asked' || standing === 'granted' || standing === 'active',
  }
}
export type ProxyView = ReturnType<typeof proxyView>

/** The audit entry of a step in a proxy's history, about the person it is for. */
export const proxyEntry = (
  record: { id: string; personId: string },
  actorUserId: string,
  action: NewAuditEntry['action'],
  now: Date,
  detail?: Record<string, unknown>,
): NewAuditEntry => ({
  at: now,
  actorUserId,
  action,
  personId: record.personId,
  resource: `proxy-request:${record.id}`,
  ...(detail ? { detail } : {}),
})
