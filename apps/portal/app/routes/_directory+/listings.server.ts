import { randomUUID } from 'node:crypto'
import {
  assuranceDue,
  LISTING_DAYS,
  listingFormOf,
  termIdsOf,
  listingToService,
  type ListingForm,
  type Service,
} from '@open-sds/directory'
import { directoryListerKinds, type DirectoryLister, type ListingVersion } from '@open-sds/db'
import { todayInEngland, type Result } from '@open-sds/kernel'
import { directoryAssurerEmailOf, directoryPlacesOf } from '@open-sds/plugin-sdk'
import { z } from 'zod'
import { auditedChange } from '~/.server/audited-change'
import type { AppContext } from '~/.server/context'
import type { FieldError } from '~/.server/forms'
import { costInWords, placesInWords, scheduleInWords } from './find-support.server'

/*
 * Keeping the directory true (issue 17, decision 042): an organisation signs up and lists its services; the council
 * administrator, as the directory's assurer, publishes each version or sends it back. Each change is stored with
 * its audit entry in one transaction.
 */

type Actor = { id: string }

export const ORGANISATION_FIELDS = ['name', 'kind', 'description', 'email', 'website'] as const

export const OrganisationFormSchema = z.object({
  name: z
    .string({ error: 'Enter the name of your organisation' })
    .trim()
    .min(1, 'Enter the name of your organisation')
    .max(200, 'The name must be 200 characters or fewer'),
  kind: z.enum(directoryListerKinds, { error: 'Choose what kind of organisation it is' }),
  description: z
    .string({ error: 'Say what your organisation does' })
    .trim()
    .min(1, 'Say what your organisation does')
    .max(1000, 'What your organisation does must be 1,000 characters or fewer'),
  email: z
    .union([z.literal(''), z.email('Enter an email address in the correct format, like name@example.org')])
    .optional(),
  website: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .regex(/^https?:\/\/[^\s/]+\.[^\s]+$/i, 'Enter a web address in the correct format, like https://example.org'),
    ])
    .optional(),
})

/** Signs an organisation up to list its services, managed by the account that signed it up. */
export async function signUpOrganisation(
  context: AppContext,
  actor: Actor,
  input: z.output<typeof OrganisationFormSchema>,
  now: Date,
): Promise<Result<DirectoryLister>> {
  const organization = {
    id: randomUUID(),
    name: input.name,
    description: input.description,
    email: input.email || undefined,
    website: input.website || undefined,
  }
  return auditedChange(
    context,
    (repos) => repos.directoryListings.signUp({ organization, kind: input.kind, userId: actor.id }, now),
    (lister) => ({
      at: now,
      actorUserId: actor.id,
      action: 'directory.sign-up',
      resource: `directory-organization:${lister.organization.id}`,
      detail: { name: lister.organization.name, kind: lister.kind },
    }),
  )
}

/** The organisation, if the viewer's account signed it up; anyone else is told there is no such page. */
export async function ownLister(context: AppContext, viewerId: string, organizationId: string) {
  const lister = await context.database.repos.directoryListings.getLister(organizationId)
  if (!lister || lister.userId !== viewerId)
    throw new Response('There is no page at this address. If you typed it, check it is correct.', {
      status: 404,
      statusText: 'Not Found',
    })
  return lister
}

/** The kinds of support a listing can be tagged with: the directory's taxonomy terms, by name. */
export async function needChoices(context: AppContext): Promise<{ value: string; label: string }[]> {
  const taxonomies = await context.database.repos.directory.listTaxonomies({ page: 1, perPage: 100 })
  return taxonomies.contents
    .flatMap((taxonomy) => (taxonomy.taxonomy_terms ?? []).map((term) => ({ value: term.id, label: term.name })))
    .sort((a, b) => a.label.localeCompare(b.label))
}

const LISTING_FIELDS = [
  'name',
  'description',
  'needs',
  'email',
  'url',
  'phone',
  'ways',
  'addressLine1',
  'addressLine2',
  'town',
  'postcode',
  'homeArea',
  ...LISTING_DAYS.flatMap((day) => [`${day.field}Opens`, `${day.field}Closes`] as const),
  'hours',
  'minimumAge',
  'maximumAge',
  'cost',
  'costPounds',
]

/** A posted listing form, as typed (a few hundred characters a box at most; nothing typed is lost). */
function readListingForm(form: FormData): ListingForm & { needs: string[]; ways: string[] } {
  const text = (name: string) => String(form.get(name) ?? '').slice(0, 3000)
  const times = Object.fromEntries(
    LISTING_DAYS.flatMap((day) => [`${day.field}Opens`, `${day.field}Closes`]).map((name) => [
      name,
      text(name).slice(0, 20),
    ]),
  )
  return {
    ...times,
    name: text('name'),
    description: text('description'),
    email: text('email'),
    url: text('url'),
    phone: text('phone'),
    needs: form.getAll('needs').map((need) => String(need).slice(0, 100)),
    minimumAge: text('minimumAge'),
    maximumAge: text('maximumAge'),
    cost: text('cost'),
    costPounds: text('costPounds'),
    ways: form.getAll('ways').map((way) => String(way).slice(0, 20)),
    addressLine1: text('addressLine1'),
    addressLine2: text('addressLine2'),
    town: text('town'),
    postcode: text('postcode'),
    homeArea: text('homeArea'),
    hours: text('hours'),
  }
}

/**
 * Sends a new version of a listing for the assurer to check: a new service, or a change to one the organisation
 * lists (kept beside the earlier versions; the published one stays as it was until the assurer decides).
 */
async function submitListing(
  context: AppContext,
  actor: Actor,
  lister: DirectoryLister,
  serviceId: string | undefined,
  form: ListingForm,
  now: Date,
): Promise<{ ok: true; value: ListingVersion } | { ok: false; errors: FieldError[] }> {
  const previous = serviceId
    ? (await context.database.repos.directoryListings.history(serviceId))[0]?.service
    : undefined
  const termIds = new Set((await needChoices(context)).map((need) => need.value))
  const made = listingToService(form, {
    serviceId: serviceId ?? randomUUID(),
    organizationId: lister.organization.id,
    termIds,
    places: directoryPlacesOf(context.site),
    newId: randomUUID,
    previous,
  })
  if (!made.ok) return { ok: false, errors: made.errors.map(({ path, message }) => ({ field: path, message })) }
  const stored = await auditedChange(
    context,
    (repos) =>
      repos.directoryListings.submit(
        { organizationId: lister.organization.id, service: made.value, userId: actor.id },
        now,
      ),
    (version) => ({
      at: now,
      actorUserId: actor.id,
      action: 'directory.submit',
      resource: `directory-service:${version.serviceId}`,
      detail: { version: version.version, name: version.service.name },
    }),
  )
  if (!stored.ok) return { ok: false, errors: stored.errors.map(({ path, message }) => ({ field: path, message })) }
  return stored
}

/** The form filled in from the newest version of a listing, for a change. */
export const listingFormFrom = (service: Service): ListingForm => listingFormOf(service)

/** Where a version stands, in words. */
export function listingStateInWords(version: ListingVersion): string {
  if (version.review === null) return 'Waiting for the council to check it'
  return version.review.decision === 'published' ? 'Published' : 'Sent back: change it and send it again'
}

export const ReviewFormSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('published') }),
  z.object({
    decision: z.literal('returned'),
    reason: z
      .string({ error: 'Say what the organisation needs to change' })
      .trim()
      .min(1, 'Say what the organisation needs to change')
      .max(1000, 'What needs to change must be 1,000 characters or fewer'),
  }),
])

/** The assurer's decision on the newest version of a listing: published today, or sent back with what to change. */
export async function reviewListing(
  context: AppContext,
  actor: Actor,
  version: ListingVersion,
  input: z.output<typeof ReviewFormSchema>,
  now: Date,
): Promise<Result<ListingVersion>> {
  return auditedChange(
    context,
    (repos) =>
      repos.directoryListings.review(
        {
          versionId: version.id,
          decision: input.decision,
          reason: input.decision === 'returned' ? input.reason : undefined,
          reviewedByUserId: actor.id,
          assuredDate: todayInEngland(now),
          assurerEmail: directoryAssurerEmailOf(context.site),
        },
        now,
      ),
    (reviewed) => ({
      at: now,
      actorUserId: actor.id,
      action: input.decision === 'published' ? 'directory.publish' : 'directory.return',
      resource: `directory-service:${reviewed.serviceId}`,
      detail: { version: reviewed.version },
    }),
  )
}

/**
 * Published services the assurer has not checked for more than three months (ORUK's advice), longest first: the
 * whole directory is read, which a county's few thousand listings allow.
 */
export async function dueForReview(context: AppContext, now: Date): Promise<Service[]> {
  const today = todayInEngland(now)
  const services = await context.database.repos.directory.allServices()
  return services
    .filter((service) => service.status !== 'defunct' && assuranceDue(service.assured_date, today))
    .sort((a, b) => (a.assured_date ?? '').localeCompare(b.assured_date ?? ''))
}

/** What a listing says, row by row, as the assurer reads it before publishing. */
export function listingRows(service: Service, needNames: ReadonlyMap<string, string>): [string, string][] {
  const ages =
    service.minimum_age === undefined && service.maximum_age === undefined
      ? 'Any age'
      : service.maximum_age === undefined
        ? `${service.minimum_age} and over`
        : `${service.minimum_age ?? 0} to ${service.maximum_age}`
  return [
    ['Name', service.name],
    ['Organisation', service.organization?.name ?? ''],
    ['What it does', service.description ?? ''],
    [
      'Kinds of support',
      termIdsOf(service)
        .map((id) => needNames.get(id) ?? id)
        .join(', '),
    ],
    ['Email', service.email ?? 'None given'],
    ['Web address', service.url ?? 'None given'],
    ['Phone', service.contacts?.[0]?.phones?.[0]?.number ?? 'None given'],
    ['Where', placesInWords(service).join('; ') || 'No place given'],
    ['When it is open', (service.schedules ?? []).map(scheduleInWords).join('; ') || 'Not given'],
    ['Ages', ages],
    ['Cost', costInWords(service)],
  ]
}

/**
 * The assurer confirms a published listing is still right (after three months, ORUK advises): it is published again
 * with today as `assured_date`, its content unchanged.
 */
export async function reassureListing(context: AppContext, actor: Actor, service: Service, now: Date) {
  return auditedChange(
    context,
    (repos) =>
      repos.directory.putService(
        {
          ...service,
          assured_date: todayInEngland(now),
          assurer_email: directoryAssurerEmailOf(context.site) ?? service.assurer_email,
        },
        now,
      ),
    (stored) => ({
      at: now,
      actorUserId: actor.id,
      action: 'directory.reassure',
      resource: `directory-service:${stored.id}`,
      detail: { assuredDate: stored.assured_date ?? null },
    }),
  )
}

/**
 * What a listing page does with a posted form: send it for checking and go back to the organisation's services, or
 * answer with each problem in the form's order and everything typed.
 */
export async function sendListingForm(
  context: AppContext,
  actor: Actor,
  lister: DirectoryLister,
  serviceId: string | undefined,
  form: FormData,
): Promise<{ sentTo: string } | { errors: FieldError[]; values: ListingForm & { needs: string[]; ways: string[] } }> {
  const typed = readListingForm(form)
  const sent = await submitListing(context, actor, lister, serviceId, typed, new Date())
  if (sent.ok) return { sentTo: `/list-your-service?sent=${encodeURIComponent(sent.value.service.name)}` }
  const order: readonly string[] = LISTING_FIELDS
  return { errors: [...sent.errors].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field)), values: typed }
}
