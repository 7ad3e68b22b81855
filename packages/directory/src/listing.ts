import { fail, parse, parsePounds, type Issue, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import { whereWhenFormOf, whereWhenOf, type WhereWhenForm } from './listing-where-when.js'
import type { Place } from './places.js'
import type { Service } from './schemas.js'
import { costKind, termIdsOf } from './search.js'
import { parseService } from './validate.js'

// An organisation lists a service by filling in a short form rather than writing ORUK JSON (issue 17, "keeping it
// true"). These functions turn the form into a fully nested ORUK service and back, naming each bad field by the
// form's own names, so a page can put the message beside the box it is about.

/** What a listing form holds, as typed. */
export type ListingForm = {
  name?: string
  description?: string
  email?: string
  url?: string
  phone?: string
  needs?: readonly string[]
  minimumAge?: string
  maximumAge?: string
  cost?: string
  costPounds?: string
} & WhereWhenForm

/** What turning a form into a service needs to know besides the form. */
export type ListingContext = {
  serviceId: string
  organizationId: string
  /** The taxonomy terms a listing may be tagged with (the directory's needs). */
  termIds: ReadonlySet<string>
  /** The council's towns and postcode districts, for where the service is. */
  places: readonly Place[]
  /** A new uuid for each nested record (a contact, a cost option); the caller owns randomness. */
  newId: () => string
  /** The service as last listed, whose nested ids are kept so a change does not look like a new record. */
  previous?: Service
}

const wholeYears = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, `${label} must be a whole number of years, like 18`)
    .refine((age) => Number(age) <= 130, `${label} must be 130 or less`)
    .optional()

const ListingFormSchema = z.object({
  name: z
    .string({ error: 'Enter the name of the service' })
    .trim()
    .min(1, 'Enter the name of the service')
    .max(200, 'The name must be 200 characters or fewer'),
  description: z
    .string({ error: 'Describe what the service does' })
    .trim()
    .min(1, 'Describe what the service does')
    .max(2000, 'The description must be 2,000 characters or fewer'),
  email: z.email('Enter an email address in the correct format, like name@example.org').optional(),
  url: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s/]+\.[^\s]+$/i, 'Enter a web address in the correct format, like https://example.org')
    .optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[+()\d\s-]{6,20}$/, 'Enter a phone number, like 01632 960 001')
    .optional(),
  needs: z
    .array(z.string().trim(), { error: 'Choose at least one kind of support the service gives' })
    .min(1, 'Choose at least one kind of support the service gives'),
  minimumAge: wholeYears('The youngest age'),
  maximumAge: wholeYears('The oldest age'),
  cost: z.enum(['free', 'paid', 'ask'], { error: 'Say whether the service is free, has a cost, or people should ask' }),
  costPounds: z.string().trim().optional(),
})

/** Blank boxes are no answer; nothing is stored empty. */
const withoutBlanks = (form: ListingForm) =>
  Object.fromEntries(Object.entries(form).filter(([, value]) => typeof value !== 'string' || value.trim() !== ''))

/** Where in the form an ORUK field's problem belongs, for the few the form's own checks do not already cover. */
const FORM_FIELD_OF: Readonly<Record<string, string>> = {
  name: 'name',
  description: 'description',
  email: 'email',
  url: 'url',
  minimum_age: 'minimumAge',
  maximum_age: 'maximumAge',
}

/**
 * The fully nested ORUK service a listing form describes, or every problem with it named by form field: a missing
 * name, a bad email or web address, a kind of support the directory does not have, no way to reach it, an address
 * without a UK postcode, opening times that close before they open, a price that is not an amount of money.
 */
export function listingToService(form: ListingForm, context: ListingContext): Result<Service> {
  const checked = parse(ListingFormSchema, withoutBlanks(form))
  const issues: Issue[] = checked.ok ? [] : [...checked.errors]
  const has = (field: string) => issues.some((each) => each.path === field)
  const needs = [...new Set((form.needs ?? []).map((need) => need.trim()).filter((need) => need !== ''))]
  if (!has('needs') && needs.some((need) => !context.termIds.has(need)))
    issues.push({ path: 'needs', message: 'Choose kinds of support from the list: one chosen is not in the directory' })
  const whereWhen = whereWhenOf(form, context)
  if (!whereWhen.ok) issues.push(...whereWhen.errors)
  if (whereWhen.ok && form.ways?.includes('phone') === true && !has('phone') && (form.phone?.trim() ?? '') === '')
    issues.push({ path: 'phone', message: 'Enter the phone number people ring, as it is used by phone' })
  let pence: number | undefined
  if (form.cost === 'paid') {
    const pounds = parsePounds(form.costPounds?.trim() ?? '')
    if (!pounds.ok || pounds.value <= 0)
      issues.push({ path: 'costPounds', message: 'Enter what it costs in pounds, like 3.50' })
    else pence = pounds.value
  }
  if (!checked.ok || !whereWhen.ok || issues.length > 0) return fail(...issues)
  const input = checked.value
  if (
    input.minimumAge !== undefined &&
    input.maximumAge !== undefined &&
    Number(input.maximumAge) < Number(input.minimumAge)
  )
    return fail({ path: 'maximumAge', message: 'The oldest age must be the same as the youngest age or more' })

  const previous = context.previous
  const idOr = (id: string | undefined) => id ?? context.newId()
  const contact = previous?.contacts?.[0]
  const cost = previous?.cost_options?.[0]
  const attributeFor = new Map((previous?.attributes ?? []).map((a) => [a.taxonomy_term_id, a.id]))
  const service = {
    id: context.serviceId,
    organization_id: context.organizationId,
    name: input.name,
    description: input.description,
    email: input.email,
    url: input.url,
    status: previous?.status ?? 'active',
    minimum_age: input.minimumAge === undefined ? undefined : Number(input.minimumAge),
    maximum_age: input.maximumAge === undefined ? undefined : Number(input.maximumAge),
    contacts:
      input.phone === undefined
        ? undefined
        : [{ id: idOr(contact?.id), phones: [{ id: idOr(contact?.phones?.[0]?.id), number: input.phone }] }],
    cost_options:
      input.cost === 'ask'
        ? undefined
        : [{ id: idOr(cost?.id), amount: input.cost === 'free' ? 0 : (pence ?? 0) / 100 }],
    attributes: needs.map((termId) => ({ id: idOr(attributeFor.get(termId)), taxonomy_term_id: termId })),
    service_at_locations: whereWhen.value.sites,
    service_areas: whereWhen.value.areas.length === 0 ? undefined : whereWhen.value.areas,
    schedules: whereWhen.value.schedules.length === 0 ? undefined : whereWhen.value.schedules,
  }
  const parsed = parseService(service)
  if (parsed.ok) return parsed
  return fail(
    ...parsed.errors.map((issue) => ({
      path: FORM_FIELD_OF[issue.path.split('.')[0] ?? ''] ?? 'name',
      message: issue.message,
    })),
  )
}

/** The form a listed service fills in, to change it: the inverse of listingToService for what the form covers. */
export function listingFormOf(service: Service): ListingForm {
  const kind = costKind(service)
  const amount = service.cost_options?.find((cost) => (cost.amount ?? 0) > 0)?.amount
  return {
    name: service.name,
    description: service.description ?? '',
    email: service.email ?? '',
    url: service.url ?? '',
    phone: service.contacts?.[0]?.phones?.[0]?.number ?? '',
    needs: termIdsOf(service),
    minimumAge: service.minimum_age === undefined ? '' : String(service.minimum_age),
    maximumAge: service.maximum_age === undefined ? '' : String(service.maximum_age),
    cost: kind === 'not stated' ? 'ask' : kind,
    costPounds: amount === undefined ? '' : amount.toFixed(2),
    ...whereWhenFormOf(service),
  }
}

/** ORUK's advice: a service's details should have been checked by the assurer within the last three months. */
export const ASSURANCE_MONTHS = 3

/**
 * Whether a listing is due for the assurer to check again: never checked, or last checked more than three calendar
 * months before `today` (a listing checked on 30 November is due after 28 February, the end of the third month).
 */
export function assuranceDue(assuredDate: string | undefined, today: string): boolean {
  if (assuredDate === undefined) return true
  const [year, month, day] = assuredDate.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(year, month - 1 + ASSURANCE_MONTHS, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  const dueAfter = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day, lastDay)))
  return today > dueAfter.toISOString().slice(0, 10)
}
