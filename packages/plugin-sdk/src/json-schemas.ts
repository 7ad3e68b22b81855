import { z } from 'zod'
import { ConfigurationSchema } from './configuration.js'
import { PluginManifestSchema } from './manifest-schema.js'

/**
 * JSON Schema for editors and non-TypeScript tools. It covers shapes and formats; checks that JSON Schema cannot say
 * (contrast, unique slugs, safe SVG, supported apiVersion) are made only by validatePlugin and composePlugins.
 */
export const jsonSchemas = {
  // A charging policy's policyFunction is code, which JSON cannot hold: it appears as an unconstrained property.
  pluginManifest: z.toJSONSchema(PluginManifestSchema, { unrepresentable: 'any' }),
  configuration: z.toJSONSchema(ConfigurationSchema, { unrepresentable: 'any' }),
}
