import { alreadyLinkedMessage, type ConcernRecord, type NewAuditEntry } from '@open-sds/db'
import { normalisePostcode } from '@open-sds/statutory-returns'
import type { Viewer } from '~/.server/auth/session'
import type { AppContext } from '~/.server/context'
import { dateFromParts } from '~/.server/date-parts'
import type { FieldError } from '~/.server/forms'
import { concernAuditEntry } from './safeguarding.server'

/** What a new record made from a concern holds, as the worker confirmed it on the form. */
type NewRecordFromConcern = { displayName: string; dateOfBirth: string | null; postcode: string | null }

/**
 * The new record's fields as typed. A name is needed; a date of birth and a postcode are taken if given, and refused
 * in plain words if they are not real ones.
 */
export function readNewRecord(
  form: FormData,
): { ok: true; record: NewRecordFromConcern } | { ok: false; errors: FieldError[] } {
  const typed = (field: string) => String(form.get(field) ?? '').trim()
  const errors: FieldError[] = []
  const displayName = typed('newName')
  if (!displayName) errors.push({ field: 'newName', message: "Enter the person's name" })
  else if (displayName.length > 200) errors.push({ field: 'newName', message: 'Name must be 200 characters or fewer' })
  const parts = { day: typed('newBirthDay'), month: typed('newBirthMonth'), year: typed('newBirthYear') }
  const date = parts.day || parts.month || parts.year ? dateFromParts('the date of birth', parts) : undefined
  if (date && !date.ok) errors.push({ field: 'newBirthDay', message: date.message })
  const postcode = typed('newPostcode') ? normalisePostcode(typed('newPostcode')) : null
  if (typed('newPostcode') && !postcode)
    errors.push({ field: 'newPostcode', message: 'Enter a real postcode, like NM1 2AB, or leave it empty' })
  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, record: { displayName, dateOfBirth: date?.ok ? date.date : null, postcode } }
}

/** A postcode written in the address the concern gives, to offer for the new record, if there is one. */
export function postcodeIn(address: string | null | undefined): string | null {
  const match = /\b([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b/i.exec(address ?? '')
  return match?.[1] ? normalisePostcode(match[1]) : null
}

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
  target: { found: string } | { create: NewRecordFromConcern },
): Promise<Linked> {
  const now = new Date()
  const how = 'found' in target ? ('found' as const) : ('created' as const)
  const linked = await context.database.withAudit(
    async (repos) => {
      let personId = 'found' in target ? target.found : ''
      if ('create' in target) {
        const { displayName, dateOfBirth, postcode } = target.create
        const person = await repos.people.create({ displayName, dateOfBirth }, now)
        if (!person.ok) return person
        personId = person.value.id
        if (postcode) {
          const details = await repos.people.updateReturnDetails(
            personId,
            { postcode },
            { actorUserId: viewer.id, now },
          )
          if (!details.ok) return details
        }
      }
      return repos.safeguarding.linkConcern({ concernId: concern.id, personId, linkedByUserId: viewer.id, how }, now)
    },
    (outcome): NewAuditEntry[] | undefined => {
      if (!outcome.ok) return undefined
      const { personId } = outcome.value
      const made: NewAuditEntry[] =
        how === 'created'
          ? [
              { at: now, actorUserId: viewer.id, action: 'person.create', personId, resource: `person:${personId}` },
              ...('create' in target && target.create.postcode
                ? [
                    {
                      at: now,
                      actorUserId: viewer.id,
                      action: 'person.return-details.update' as const,
                      personId,
                      resource: `person:${personId}`,
                      detail: { fields: ['postcode'] },
                    },
                  ]
                : []),
            ]
          : []
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
