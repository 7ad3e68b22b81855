import type { PluginManifest } from './manifest-schema.js'

/**
 * Gives a plugin author types and autocompletion for the manifest. It checks nothing at run time: the portal
 * validates every plugin with `validatePlugin` when it starts.
 */
export function definePlugin(manifest: PluginManifest): PluginManifest {
  return manifest
}
