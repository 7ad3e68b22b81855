import { z } from 'zod'
import { ServiceSchema, TaxonomySchema, termIdsOf, type Service, type Taxonomy } from '@open-sds/directory'
import type { ComposedConfiguration } from './configuration.js'

const PlaceSchema = z.strictObject({
  name: z
    .string({ error: 'Each place needs a name: a town or a postcode district, like "NM1"' })
    .trim()
    .min(1, 'Each place needs a name: a town or a postcode district, like "NM1"')
    .max(60, 'A place name must be 60 characters or fewer'),
  latitude: z
    .number({ error: 'Each place needs a latitude in degrees, like 53.958' })
    .min(-90, 'A latitude is between -90 and 90 degrees')
    .max(90, 'A latitude is between -90 and 90 degrees'),
  longitude: z
    .number({ error: 'Each place needs a longitude in degrees, like -1.982' })
    .min(-180, 'A longitude is between -180 and 180 degrees')
    .max(180, 'A longitude is between -180 and 180 degrees'),
})

const sameName = (name: string) => name.toUpperCase().replace(/[^A-Z0-9]/g, '')

const paragraphs = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, `${what} must not be empty: leave it out to use the portal's own words`)
    .max(2000, `${what} must be 2,000 characters or fewer`)

/** The council's own kinds of support: an ORUK taxonomy whose terms are each unique and whose parents are its own. */
const OwnTaxonomySchema = TaxonomySchema.superRefine((taxonomy, context) => {
  const terms = taxonomy.taxonomy_terms ?? []
  if (terms.length === 0)
    context.addIssue({ code: 'custom', path: ['taxonomy_terms'], message: 'The taxonomy needs at least one term' })
  const ids = new Set<string>()
  terms.forEach((term, index) => {
    if (ids.has(term.id))
      context.addIssue({
        code: 'custom',
        path: ['taxonomy_terms', index, 'id'],
        message: `Term id ${term.id} is used twice`,
      })
    ids.add(term.id)
  })
  terms.forEach((term, index) => {
    if (term.parent_id !== undefined && !ids.has(term.parent_id))
      context.addIssue({
        code: 'custom',
        path: ['taxonomy_terms', index, 'parent_id'],
        message: `"${term.name}" has a parent that is not one of the taxonomy's terms`,
      })
  })
})

/**
 * The service directory's slot (issue 17): the places of the area, the council's (or the organisation's) own kinds of
 * support, the words around the search, and the services the instance's directory starts with. Each is checked when
 * the portal starts, so a bad term or a service tagged with a term the taxonomy lacks stops the start, named. A later
 * plugin's slot replaces an earlier one's whole.
 *
 * `places`: the towns and postcode districts of the area, each with a point near its middle, so "support near Eastby"
 * or "near NM6 3LP" needs no lookup service. Without them, the directory's search offers no "near a place".
 */
export const DirectorySlotSchema = z
  .strictObject({
    places: z
      .array(PlaceSchema)
      .max(20_000, 'A directory can list at most 20,000 places')
      .superRefine((places, context) => {
        const seen = new Set<string>()
        places.forEach((place, index) => {
          const key = sameName(place.name)
          if (seen.has(key))
            context.addIssue({ code: 'custom', path: [index, 'name'], message: `"${place.name}" is listed twice` })
          seen.add(key)
        })
      }),
    /**
     * The group mailbox of whoever checks listings before they are published (ORUK's `assurer_email`), so readers of
     * the feed know where to report a mistake. Never a person's own address: the feed is open to anyone.
     */
    assurerEmail: z
      .email('The assurer’s email must be an email address, like directory@council.example.org')
      .optional(),
    /** The kinds of support people search by and listings are tagged with; put into the directory at start-up. */
    taxonomy: OwnTaxonomySchema.optional(),
    /** What the search page says first, about the directory and who runs it; paragraphs split by blank lines. */
    introduction: paragraphs('The directory’s introduction').optional(),
    /** What the search page suggests when nothing fits: who to ask, where else to look; paragraphs as above. */
    nothingFits: paragraphs('What to do if nothing fits').optional(),
    /**
     * The services (fully nested ORUK records, each with its organisation) the directory starts with: added at
     * start-up when the directory does not have them yet, never over a later change. Each must be tagged only with
     * terms of `taxonomy`.
     */
    services: z.array(ServiceSchema).max(5000, 'A plugin can bring at most 5,000 services').optional(),
  })
  .superRefine((slot, context) => {
    const terms = new Set((slot.taxonomy?.taxonomy_terms ?? []).map((term) => term.id))
    const ids = new Set<string>()
    ;(slot.services ?? []).forEach((service, index) => {
      if (ids.has(service.id))
        context.addIssue({
          code: 'custom',
          path: ['services', index, 'id'],
          message: `Service id ${service.id} is used twice`,
        })
      ids.add(service.id)
      if (service.organization === undefined)
        context.addIssue({
          code: 'custom',
          path: ['services', index, 'organization'],
          message: `"${service.name}" needs its organisation, nested, so the directory knows who runs it`,
        })
      for (const termId of termIdsOf(service))
        if (!terms.has(termId))
          context.addIssue({
            code: 'custom',
            path: ['services', index, 'attributes'],
            message: `"${service.name}" is tagged with term ${termId}, which is not in the directory slot's taxonomy`,
          })
    })
  })
export type DirectorySlot = z.infer<typeof DirectorySlotSchema>

/** The places the directory's search can measure from: the plugins' list, or none. */
export const directoryPlacesOf = (site: Pick<ComposedConfiguration, 'slots'>): DirectorySlot['places'] =>
  site.slots.directory?.places ?? []

/** The mailbox published as each listing's `assurer_email`, if the plugins name one. */
export const directoryAssurerEmailOf = (site: Pick<ComposedConfiguration, 'slots'>): string | undefined =>
  site.slots.directory?.assurerEmail

/** The kinds of support the plugins give the directory, if any. */
export const directoryTaxonomyOf = (site: Pick<ComposedConfiguration, 'slots'>): Taxonomy | undefined =>
  site.slots.directory?.taxonomy

/** The services the plugins' directory starts with (none unless a plugin brings some). */
export const directoryServicesOf = (site: Pick<ComposedConfiguration, 'slots'>): readonly Service[] =>
  site.slots.directory?.services ?? []

/** The words around the directory's search that the plugins set; each left out uses the portal's own. */
export const directoryContentOf = (
  site: Pick<ComposedConfiguration, 'slots'>,
): { introduction?: string; nothingFits?: string } => ({
  introduction: site.slots.directory?.introduction,
  nothingFits: site.slots.directory?.nothingFits,
})
