import type { NewAuditEntry, Repositories } from '@open-sds/db'
import type { Result } from '@open-sds/kernel'
import { normalisePostcode } from '@open-sds/statutory-returns'
import { dateFromParts } from '~/.server/date-parts'
import type { FieldError } from '~/.server/forms'

/**
 * A person's record made by a worker from what a concern or a request for help says about someone not yet on record
 * (issue 18): the fields of the "create a new record" form, checked, and the record and its audit entries written
 * inside the caller's `withAudit`, with the link that needs it.
 */
export type NewPersonRecord = { displayName: string; dateOfBirth: string | null; postcode: string | null }

export const NEW_RECORD_FIELDS = ['newName', 'newBirthDay', 'newBirthMonth', 'newBirthYear', 'newPostcode'] as const

/** What was typed into the form, to give back to it after a refusal. */
export const newRecordValuesTyped = (form: FormData): Record<string, string> =>
  Object.fromEntries(NEW_RECORD_FIELDS.map((field) => [field, String(form.get(field) ?? '').slice(0, 200)]))

/**
 * The new record's fields as typed. A name is needed; a date of birth and a postcode are taken if given, and refused
 * in plain words if they are not real ones.
 */
export function readNewRecord(
  form: FormData,
): { ok: true; record: NewPersonRecord } | { ok: false; errors: FieldError[] } {
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

/** A postcode written in an address, to offer for the new record, if there is one. */
export function postcodeIn(address: string | null | undefined): string | null {
  const match = /\b([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b/i.exec(address ?? '')
  return match?.[1] ? normalisePostcode(match[1]) : null
}

/** The form's starting values for a new record, from what the concern or request says about the person. */
export function newRecordStartingValues(says: {
  name?: string | null
  dateOfBirth?: string | null
  address?: string | null
}): Record<string, string> {
  const [year = '', month = '', day = ''] = (says.dateOfBirth ?? '').split('-')
  return {
    newName: says.name ?? '',
    newBirthDay: day ? String(Number(day)) : '',
    newBirthMonth: month ? String(Number(month)) : '',
    newBirthYear: year,
    newPostcode: postcodeIn(says.address) ?? '',
  }
}

/** Writes the record (and its postcode): call it inside the `withAudit` that also stores the link. */
export async function createPersonRecord(
  repos: Repositories,
  record: NewPersonRecord,
  actorUserId: string,
  now: Date,
): Promise<Result<{ personId: string }>> {
  const person = await repos.people.create({ displayName: record.displayName, dateOfBirth: record.dateOfBirth }, now)
  if (!person.ok) return person
  const personId = person.value.id
  if (record.postcode) {
    const details = await repos.people.updateReturnDetails(
      personId,
      { postcode: record.postcode },
      { actorUserId, now },
    )
    if (!details.ok) return details
  }
  return { ok: true, value: { personId } }
}

/** The audit entries of a record made this way: its making, and its postcode if one was given. */
export function newRecordAuditEntries(
  record: NewPersonRecord,
  personId: string,
  actorUserId: string,
  now: Date,
): NewAuditEntry[] {
  return [
    { at: now, actorUserId, action: 'person.create', personId, resource: `person:${personId}` },
    ...(record.postcode
      ? [
          {
            at: now,
            actorUserId,
            action: 'person.return-details.update' as const,
            personId,
            resource: `person:${personId}`,
            detail: { fields: ['postcode'] },
          },
        ]
      : []),
  ]
}
