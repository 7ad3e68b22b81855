import { readReferral, type Referral } from '@open-sds/support-planning'
import { dateFromParts } from '~/.server/date-parts'
import type { FieldError } from '~/.server/forms'

/** The fields of "Ask for help with care and support", in the order the page asks them (and lists its errors). */
export const REFERRAL_FIELDS = [
  'kind',
  'personName',
  'dateOfBirthDay',
  'dateOfBirthMonth',
  'dateOfBirthYear',
  'address',
  'personContact',
  'helpNeeded',
  'consent',
  'noConsentReason',
  'referrerName',
  'referrerContact',
  'referrerRelationship',
] as const

const typed = (form: FormData, field: string) => String(form.get(field) ?? '').slice(0, 6000)
const given = (value: string) => (value.trim() === '' ? undefined : value)

export type ReferralFormResult =
  { ok: true; referral: Referral } | { ok: false; errors: FieldError[]; values: Record<string, string> }

/**
 * Reads the form into a request the support-planning package checks (`readReferral`): its refusals name the field in
 * plain words, and every value typed is handed back to refill the form. A date of birth partly typed is refused in
 * GOV.UK's words; left empty it is simply not given. What only matters for someone else (whether they agree) is not
 * kept for a request for oneself or as a carer, nor the asker's details for a request for oneself.
 */
export function readReferralForm(form: FormData): ReferralFormResult {
  const values = Object.fromEntries(REFERRAL_FIELDS.map((field) => [field, typed(form, field)]))
  const parts = {
    day: values.dateOfBirthDay ?? '',
    month: values.dateOfBirthMonth ?? '',
    year: values.dateOfBirthYear ?? '',
  }
  const date =
    parts.day.trim() || parts.month.trim() || parts.year.trim() ? dateFromParts('the date of birth', parts) : undefined
  const kind = given(values.kind ?? '')
  const forSomeoneElse = kind === 'someone-else'
  const asking = kind !== 'self'
  const read = readReferral({
    kind,
    personName: values.personName,
    dateOfBirth: date?.ok ? date.date : undefined,
    address: values.address,
    personContact: values.personContact,
    helpNeeded: values.helpNeeded,
    consent: forSomeoneElse ? given(values.consent ?? '') : undefined,
    noConsentReason: forSomeoneElse ? values.noConsentReason : undefined,
    referrerName: asking ? values.referrerName : undefined,
    referrerContact: asking ? values.referrerContact : undefined,
    referrerRelationship: asking ? values.referrerRelationship : undefined,
  })
  const errors: FieldError[] = [
    ...(date && !date.ok ? [{ field: 'dateOfBirthDay', message: date.message }] : []),
    ...(read.ok
      ? []
      : read.errors.map((error) => ({
          field: error.path === 'dateOfBirth' ? 'dateOfBirthDay' : (error.path.split('.')[0] ?? 'kind'),
          message: error.message,
        }))),
  ]
  const order = (field: string) => REFERRAL_FIELDS.indexOf(field as (typeof REFERRAL_FIELDS)[number])
  if (errors.length > 0 || !read.ok)
    return { ok: false, errors: errors.sort((a, b) => order(a.field) - order(b.field)), values }
  return { ok: true, referral: read.value }
}
