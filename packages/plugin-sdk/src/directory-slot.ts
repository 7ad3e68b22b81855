import { z } from 'zod'
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

/**
 * The service directory's places (issue 17): the towns and postcode districts of the area, each with a point near
 * its middle, so "support near Eastby" or "near NM6 3LP" needs no lookup service. A later plugin's replaces an earlier
 * one's whole. Without it, the directory's search offers no "near a place".
 */
export const DirectorySlotSchema = z.strictObject({
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
  assurerEmail: z.email('The assurer’s email must be an email address, like directory@council.example.org').optional(),
})
export type DirectorySlot = z.infer<typeof DirectorySlotSchema>

/** The places the directory's search can measure from: the plugins' list, or none. */
export const directoryPlacesOf = (site: Pick<ComposedConfiguration, 'slots'>): DirectorySlot['places'] =>
  site.slots.directory?.places ?? []

/** The mailbox published as each listing's `assurer_email`, if the plugins name one. */
export const directoryAssurerEmailOf = (site: Pick<ComposedConfiguration, 'slots'>): string | undefined =>
  site.slots.directory?.assurerEmail
