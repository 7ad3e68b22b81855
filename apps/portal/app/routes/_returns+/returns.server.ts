import { hasRole } from '~/.server/auth/roles'
import type { NewShortTermSupport, PersonReturnDetails, ShortTermSupportRecord } from '@open-sds/db'
import { parsePounds, penceToPounds } from '@open-sds/kernel'
import {
  clientFundingStatuses,
  accommodationStatuses,
  employmentStatuses,
  ethnicities,
  eventOutcomes,
  genders,
  isNhsNumber,
  normalisePostcode,
  primarySupportReasons,
  type CodedField,
} from '@open-sds/statutory-returns'
import { z } from 'zod'
import {
  idsOf,
  RETURN_DETAIL_CHOICES,
  SHORT_TERM_CHOICES,
  shortTermComponents,
  shortTermTypes,
} from './__return-choices'
import type { Viewer } from '../../.server/auth/session.js'
import type { AppContext } from '../../.server/context.js'
import { dateFromBoxes, validateValues, type FormOutcome } from '../../.server/forms.js'

/**
 * Who may put a person's return records right: the council administrator, who makes the national return, for anyone;
 * a practitioner for someone on their caseload. Anyone else is told there is nothing here, as for a record that does
 * not exist, so the page cannot be used to find out who has a record.
 */
export async function requirePersonForReturns(context: AppContext, viewer: Viewer, personId: string) {
  const { people } = context.database.repos
  const allowed =
    hasRole(viewer, 'council-admin') ||
    (hasRole(viewer, 'practitioner') && (await people.relationshipOf(viewer.id, personId)) === 'practitioner')
  const person = allowed ? await people.findById(personId) : undefined
  if (!person)
    throw new Response('There is no record at this address that you can see.', { status: 404, statusText: 'Not Found' })
  return person
}

/** A choice from a national list, or nothing yet ('' clears it). */
const listed = (field: CodedField<string>, what: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || idsOf(field).includes(value), { error: `Choose ${what} from the list` })
    .transform((value) => (value === '' ? null : value))

const ReturnDetailsFormSchema = z.object({
  nhsNumber: z
    .string()
    .transform((value) => value.replace(/[\s-]/g, ''))
    .refine((value) => value === '' || isNhsNumber(value), {
      error: 'Enter a real NHS number: 10 digits, like 943 476 5919',
    })
    .transform((value) => (value === '' ? null : value)),
  gender: listed(genders, 'a gender'),
  ethnicity: listed(ethnicities, 'an ethnic group'),
  postcode: z
    .string()
    .trim()
    .refine((value) => value === '' || normalisePostcode(value) !== null, {
      error: 'Enter a real postcode, like NM1 1AA',
    })
    .transform((value) => (value === '' ? null : normalisePostcode(value))),
  primarySupportReason: listed(primarySupportReasons, 'a primary support reason'),
  accommodationStatus: listed(accommodationStatuses, 'an accommodation status'),
  employmentStatus: listed(employmentStatuses, 'an employment status'),
  hasUnpaidCarer: z
    .enum(['', 'yes', 'no', 'unknown'], { error: 'Select whether the person has an unpaid carer' })
    .transform((value) => (value === 'yes' ? true : value === 'no' ? false : null)),
  clientFundingStatus: listed(clientFundingStatuses, 'a client funding status'),
  dateOfDeath: z
    .string()
    .refine((value) => value === '' || value !== 'not a date', { error: 'Enter a real date of death, like 3 9 2026' })
    .transform((value) => (value === '' ? null : value)),
})

export const RETURN_DETAIL_FIELDS = [
  'nhsNumber',
  'gender',
  'ethnicity',
  'postcode',
  'primarySupportReason',
  'accommodationStatus',
  'employmentStatus',
  'hasUnpaidCarer',
  'clientFundingStatus',
  'dateOfDeathDay',
  'dateOfDeathMonth',
  'dateOfDeathYear',
] as const

const textOf = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/** The form's fields as typed, to fill the form again. */
const rawOf = (form: FormData, fields: readonly string[]) =>
  Object.fromEntries(fields.map((field) => [field, textOf(form, field)]))

/** Moves an error about a date onto its first box, where the error summary's link lands. */
const onDayBox = (dates: readonly string[]) => (error: { field: string; message: string }) =>
  dates.includes(error.field) ? { ...error, field: `${error.field}Day` } : error

/** The return details form: every field may be left empty (not known yet); what is given must be on the lists. */
export function readReturnDetailsForm(form: FormData, today: string): FormOutcome<PersonReturnDetails> {
  const raw = rawOf(form, RETURN_DETAIL_FIELDS)
  const input = { ...raw, dateOfDeath: dateFromBoxes(raw, 'dateOfDeath') }
  const result = validateValues(ReturnDetailsFormSchema, input, raw, [...RETURN_DETAIL_FIELDS, 'dateOfDeath'])
  if (!result.ok) return { ...result, errors: result.errors.map(onDayBox(['dateOfDeath'])) }
  if (result.data.dateOfDeath !== null && result.data.dateOfDeath > today)
    return {
      ok: false,
      errors: [{ field: 'dateOfDeathDay', message: 'The date of death must be today or in the past' }],
      values: raw,
    }
  return { ok: true, data: result.data }
}

const LABELS: Record<keyof typeof RETURN_DETAIL_CHOICES, string> = {
  gender: 'Gender',
  ethnicity: 'Ethnic group',
  primarySupportReason: 'Primary support reason',
  accommodationStatus: 'Accommodation status',
  employmentStatus: 'Employment status',
  clientFundingStatus: 'Client funding status',
}

/**
 * Values recorded (brought in from another system, or from an older list) that are not on the national lists: the
 * form cannot show them as a choice, so it says what they were.
 */
export function offListValues(details: PersonReturnDetails | undefined): string[] {
  return (Object.keys(LABELS) as Array<keyof typeof LABELS>).flatMap((field) => {
    const value = details?.[field]
    if (value === null || value === undefined || value === '') return []
    return RETURN_DETAIL_CHOICES[field].some((choice) => choice.value === value)
      ? []
      : [`${LABELS[field]} is recorded as “${value}”, which is not on the national list: choose one.`]
  })
}

/** The stored details as the form's fields. */
export function returnDetailsValues(details: PersonReturnDetails | undefined): Record<string, string> {
  const [year = '', month = '', day = ''] = (details?.dateOfDeath ?? '').split('-')
  return {
    nhsNumber: details?.nhsNumber ?? '',
    gender: details?.gender ?? '',
    ethnicity: details?.ethnicity ?? '',
    postcode: details?.postcode ?? '',
    primarySupportReason: details?.primarySupportReason ?? '',
    accommodationStatus: details?.accommodationStatus ?? '',
    employmentStatus: details?.employmentStatus ?? '',
    hasUnpaidCarer: details?.hasUnpaidCarer === true ? 'yes' : details?.hasUnpaidCarer === false ? 'no' : '',
    clientFundingStatus: details?.clientFundingStatus ?? '',
    dateOfDeathDay: day === '' ? '' : String(Number(day)),
    dateOfDeathMonth: month === '' ? '' : String(Number(month)),
    dateOfDeathYear: year,
  }
}

const ShortTermFormSchema = z
  .object({
    serviceType: z.enum(shortTermTypes, { error: 'Select the kind of short-term support' }),
    component: z.enum(shortTermComponents, { error: 'Select what the support was' }),
    startedOn: z.string().refine((value) => value !== '' && value !== 'not a date', {
      error: 'Enter the date the support started, like 1 9 2026',
    }),
    endedOn: z.string().refine((value) => value !== 'not a date', {
      error: 'Enter a real date the support ended, like 13 10 2026, or leave it empty if it goes on',
    }),
    outcome: z.string().refine((value) => value === '' || idsOf(eventOutcomes).includes(value), {
      error: 'Choose an outcome from the list',
    }),
    weeklyCost: z.string(),
  })
  .superRefine((form, context) => {
    const add = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message })
    if (form.endedOn !== '' && form.startedOn !== '' && form.endedOn < form.startedOn)
      add('endedOn', 'The support cannot end before it started')
    if (form.endedOn !== '' && form.outcome === '') add('outcome', 'Select what happened when the support ended')
    if (form.endedOn === '' && form.outcome !== '')
      add('outcome', 'Leave the outcome empty while the support goes on, or enter the date it ended')
    if (form.weeklyCost.trim() !== '') {
      const cost = parsePounds(form.weeklyCost, { label: 'the weekly cost' })
      if (!cost.ok) add('weeklyCost', cost.errors[0]?.message ?? 'Enter the weekly cost in pounds, like 210.00')
    }
  })

export const SHORT_TERM_FIELDS = [
  'serviceType',
  'component',
  'startedOnDay',
  'startedOnMonth',
  'startedOnYear',
  'endedOnDay',
  'endedOnMonth',
  'endedOnYear',
  'outcome',
  'weeklyCost',
] as const

/** The short-term support form, for the person the page is about. */
export function readShortTermForm(form: FormData, personId: string): FormOutcome<NewShortTermSupport> {
  const raw = rawOf(form, SHORT_TERM_FIELDS)
  const input = { ...raw, startedOn: dateFromBoxes(raw, 'startedOn'), endedOn: dateFromBoxes(raw, 'endedOn') }
  const order = [...SHORT_TERM_FIELDS, 'startedOn', 'endedOn']
  const result = validateValues(ShortTermFormSchema, input, raw, order)
  if (!result.ok) return { ...result, errors: result.errors.map(onDayBox(['startedOn', 'endedOn'])) }
  const { serviceType, component, startedOn, endedOn, outcome, weeklyCost } = result.data
  const cost = weeklyCost.trim() === '' ? undefined : parsePounds(weeklyCost)
  return {
    ok: true,
    data: {
      personId,
      serviceType,
      component,
      startedOn,
      ...(endedOn === '' ? {} : { endedOn, outcome }),
      ...(cost?.ok ? { weeklyPence: cost.value } : {}),
    },
  }
}

/** A stored record as the form's fields. */
export function shortTermValues(record: ShortTermSupportRecord): Record<string, string> {
  const boxes = (name: string, date: string | null) => {
    const [year = '', month = '', day = ''] = (date ?? '').split('-')
    return {
      [`${name}Day`]: day === '' ? '' : String(Number(day)),
      [`${name}Month`]: month === '' ? '' : String(Number(month)),
      [`${name}Year`]: year,
    }
  }
  return {
    serviceType: record.serviceType,
    component: record.component,
    ...boxes('startedOn', record.startedOn),
    ...boxes('endedOn', record.endedOn),
    outcome: record.outcome ?? '',
    weeklyCost: record.weeklyCostPence === null ? '' : penceToPounds(record.weeklyCostPence),
  }
}

/** How a short-term support record reads in a list. */
export function shortTermSummary(record: ShortTermSupportRecord): string {
  const component = SHORT_TERM_CHOICES.component.find((choice) => choice.value === record.component)?.label
  return component ?? record.component
}
