/**
 * The plugin API version this release of the SDK implements. It changes only when a plugin written for the
 * previous version could be misread by the portal; adding an optional field does not change it.
 */
export const PLUGIN_API_VERSION = 1

/** Every plugin API version this portal can load. A plugin declaring any other version is refused at start-up. */
export const SUPPORTED_PLUGIN_API_VERSIONS: readonly [1] = [PLUGIN_API_VERSION]

export function isSupportedApiVersion(version: number): boolean {
  return (SUPPORTED_PLUGIN_API_VERSIONS as readonly number[]).includes(version)
}

/** "plugin API version 1", or "plugin API versions 1 and 2" once more than one is supported. */
export function describeSupportedApiVersions(): string {
  const versions = SUPPORTED_PLUGIN_API_VERSIONS.map(String)
  if (versions.length === 1) return `plugin API version ${versions[0]}`
  return `plugin API versions ${versions.slice(0, -1).join(', ')} and ${versions.at(-1)}`
}
