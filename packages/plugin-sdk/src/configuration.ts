import { z } from 'zod'
import { BrandingSchema } from './branding-schema.js'
import type { Branding } from './branding-schema.js'
import { ContentPagesSchema } from './content-schema.js'
import type { PluginManifest } from './manifest-schema.js'
import { PluginSlotsSchema } from './slots.js'
import type { PluginSlotName } from './slots.js'

/**
 * A complete configuration: what the national defaults are, and what composing plugins over them produces.
 * Pages keep a stable order: the order in which their slugs first appeared.
 */
export const ConfigurationSchema = z.strictObject({
  branding: BrandingSchema,
  pages: ContentPagesSchema,
  slots: PluginSlotsSchema,
})
export type Configuration = z.infer<typeof ConfigurationSchema>

/** A branding setting as provenance names it: colours and contact are merged per key, so each key is its own. */
export type BrandingField =
  | Exclude<keyof Branding, 'colours' | 'contact'>
  | `colours.${keyof Branding['colours']}`
  | `contact.${keyof Branding['contact']}`

/** A plugin id, or NATIONAL_DEFAULTS_ID ("national-defaults"). */
export type SourceId = string

/** Which layer supplied each setting, page and slot: the portal's admin page shows it. */
export type Provenance = {
  branding: { [Field in BrandingField]?: SourceId }
  /** By page slug. */
  pages: Record<string, SourceId>
  slots: { [Name in PluginSlotName]?: SourceId }
  /** By section id: which layer supplied each section of the composed self-assessment questionnaire. */
  selfAssessmentSections: Record<string, SourceId>
}

export type AppliedPlugin = Pick<PluginManifest, 'id' | 'name' | 'apiVersion' | 'version'>

export type ComposedConfiguration = Configuration & {
  /** The plugins layered over the defaults, in the order they were applied. */
  plugins: AppliedPlugin[]
  provenance: Provenance
}
