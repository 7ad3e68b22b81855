import { z } from 'zod'
import { describeSupportedApiVersions, isSupportedApiVersion } from './api-version.js'
import { PluginBrandingSchema } from './branding-schema.js'
import { ContentSchema } from './content-schema.js'
import { kebabCase } from './kebab-case.js'
import { pluginSlotShape } from './slots.js'

/** The source named in provenance for whatever no plugin overrode; no plugin may take this id. */
export const NATIONAL_DEFAULTS_ID = 'national-defaults'

export const PluginIdSchema = kebabCase('an id', 'northmoor-county')
  .min(3)
  .max(50)
  .refine((id) => id !== NATIONAL_DEFAULTS_ID, {
    error: `must not be "${NATIONAL_DEFAULTS_ID}": that name is kept for the national defaults the plugins are layered over`,
  })

export const ApiVersionSchema = z
  .number()
  .int()
  .positive()
  .refine(isSupportedApiVersion, {
    error: `must be a plugin API version this portal supports: ${describeSupportedApiVersions()}`,
  })

const SEMVER = /^(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/

/**
 * A plugin: everything a council or user-led organisation can configure without forking the portal. Closed at every
 * level, so a misspelt field is an error rather than a setting silently ignored.
 */
export const PluginManifestSchema = z.strictObject({
  /** Stable identifier, shown on the portal's admin page beside everything the plugin supplies. */
  id: PluginIdSchema,
  /** The organisation's or plugin's name for people, e.g. "Northmoor County Council". */
  name: z.string().min(1).max(120),
  /** The plugin API version the plugin was written for: see PLUGIN_API_VERSION. */
  apiVersion: ApiVersionSchema,
  /** The plugin's own version, usually its package.json version. */
  version: z.string().regex(SEMVER, { error: 'must be a semantic version like 1.2.0' }).optional(),
  description: z.string().min(1).max(1000).optional(),
  branding: PluginBrandingSchema.optional(),
  content: ContentSchema.optional(),
  ...pluginSlotShape,
})
export type PluginManifest = z.infer<typeof PluginManifestSchema>
