import path from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  composePlugins,
  formatPluginErrors,
  nationalDefaults,
  validatePlugin,
  type ComposedConfiguration,
  type PluginManifest,
} from '@open-sds/plugin-sdk'
import { checkChargingPolicyAtStartUp } from '../routes/_charging+/charging.server.js'
import { ConfigurationError } from './config.js'
import { checkLetterFontAtStartUp } from './letters/letter-font.js'

export type ModuleImporter = (specifier: string) => Promise<unknown>

// A variable specifier keeps the bundler from inlining plugins: they are chosen by configuration at start-up.
const importByName: ModuleImporter = (specifier) => {
  const isFile = specifier.startsWith('.') || specifier.startsWith('/')
  const target = isFile ? pathToFileURL(path.resolve(process.cwd(), specifier)).href : specifier
  return import(/* @vite-ignore */ target)
}

/**
 * Imports each configured plugin, validates it against the plugin contract and layers them, in order,
 * over the national defaults. Any failure stops the start, naming the plugin and the field.
 */
export async function loadPlugins(
  names: string[],
  importer: ModuleImporter = importByName,
): Promise<ComposedConfiguration> {
  const manifests: PluginManifest[] = []
  const problems: string[] = []
  for (const name of names) {
    let loaded: unknown
    try {
      loaded = await importer(name)
    } catch (error) {
      problems.push(`Plugin "${name}" could not be loaded: ${describeImportError(name, error)}`)
      continue
    }
    const result = validatePlugin(loaded, name)
    if (result.ok) manifests.push(result.value)
    else problems.push(formatPluginErrors(result.errors))
  }
  const ids = manifests.map((manifest) => manifest.id)
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index)
  if (repeated.length > 0) problems.push(`Plugin id "${repeated[0]}" is configured more than once.`)
  if (problems.length > 0) {
    throw new ConfigurationError(`The portal cannot start because of its plugins:\n${problems.join('\n')}`)
  }
  const composed = composePlugins(nationalDefaults, manifests)
  if (!composed.ok) {
    throw new ConfigurationError(
      `The portal cannot start because its plugins do not fit together:\n${formatPluginErrors(composed.errors)}`,
    )
  }
  checkChargingPolicyAtStartUp(composed.value, new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' }))
  checkLetterFontAtStartUp(composed.value)
  return composed.value
}

function describeImportError(name: string, error: unknown): string {
  const code = (error as { code?: string }).code
  if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
    return `it is not installed. Add "${name}" to the portal's dependencies and install, or remove it from OPEN_SDS_PLUGINS.`
  }
  return error instanceof Error ? error.message : String(error)
}
