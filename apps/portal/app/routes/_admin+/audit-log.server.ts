import { auditActions, auditActionWords, describeAuditAction, isAuditAction, type AuditEntry } from '@open-sds/db'
import type { AppContext } from '~/.server/context'
import type { FieldError } from '~/.server/forms'
import type { Choice } from '~/components/FormFields'
import { formatDateTime } from '~/components/dates'
import type { AuditFilters } from './__audit-log-href'

/** One entry as a person reads it: names and words, with the code kept for analysts. */
export type AuditRow = {
  id: number
  when: string
  at: string
  who: string
  what: string
  code: string
  person: { id: string; name: string } | null
  record: string
}

const notSignedIn = 'Not signed in'

/**
 * Reads the filters from the address and checks each against its choices. A value not among them (an old bookmark,
 * a hand-edited address) is named in an error and left out, so the page still shows the log rather than nothing.
 */
export async function readAuditFilters(context: AppContext, url: URL) {
  const repos = context.database.repos
  const [people, accounts] = await Promise.all([repos.audit.listPeopleInLog(), repos.users.list()])
  const asked = (name: keyof AuditFilters) => (url.searchParams.get(name) ?? '').trim()
  const filters: AuditFilters = { person: asked('person'), actor: asked('actor'), action: asked('action') }
  const errors: FieldError[] = []
  if (filters.person && !people.some((person) => person.id === filters.person)) {
    errors.push({ field: 'person', message: 'Choose a person from the list: there are no entries about that one' })
    filters.person = ''
  }
  if (filters.actor && !accounts.some((account) => account.id === filters.actor)) {
    errors.push({ field: 'actor', message: 'Choose who did it from the list of accounts' })
    filters.actor = ''
  }
  if (filters.action && !isAuditAction(filters.action)) {
    errors.push({ field: 'action', message: 'Choose what was done from the list' })
    filters.action = ''
  }
  const choices = {
    person: people.map((person): Choice => ({ value: person.id, label: person.displayName })),
    actor: accounts.map((account): Choice => ({
      value: account.id,
      label: `${account.displayName} (${account.email})`,
    })),
    action: auditActions
      .map((code): Choice => ({ value: code, label: auditActionWords[code] }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en-GB')),
  }
  const actorNames = new Map(choices.actor.map((choice) => [choice.value, choice.label]))
  return { filters, errors, choices, actorNames }
}

const only = (value: string) => (value === '' ? undefined : value)

/** A page of entries, newest first, narrowed by the filters; `beforeId` for the next page back. */
export async function listAuditEntries(
  context: AppContext,
  filters: AuditFilters,
  page: { limit: number; beforeId?: number },
): Promise<AuditEntry[]> {
  return context.database.repos.audit.listRecent({
    limit: page.limit,
    beforeId: page.beforeId,
    personId: only(filters.person),
    actorUserId: only(filters.actor),
    action: only(filters.action),
  })
}

/** Puts names and words to entries: one look-up per person on the page, not per entry. */
export async function describeAuditEntries(
  context: AppContext,
  entries: readonly AuditEntry[],
  actorNames: ReadonlyMap<string, string>,
): Promise<AuditRow[]> {
  const personIds = [...new Set(entries.flatMap((entry) => (entry.personId ? [entry.personId] : [])))]
  const people = new Map(
    await Promise.all(
      personIds.map(async (id) => [id, (await context.database.repos.people.findById(id))?.displayName] as const),
    ),
  )
  return entries.map((entry) => ({
    id: entry.id,
    when: formatDateTime(entry.at),
    at: entry.at.toISOString(),
    who: entry.actorUserId === null ? notSignedIn : (actorNames.get(entry.actorUserId) ?? 'An account since removed'),
    what: describeAuditAction(entry.action),
    code: entry.action,
    person: entry.personId
      ? { id: entry.personId, name: people.get(entry.personId) ?? 'A record since removed' }
      : null,
    record: entry.resource,
  }))
}
