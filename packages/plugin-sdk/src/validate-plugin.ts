import { SUPPORTED_PLUGIN_API_VERSIONS, describeSupportedApiVersions, isSupportedApiVersion } from './api-version.js'
import { PluginIdSchema, PluginManifestSchema } from './manifest-schema.js'
import type { PluginManifest } from './manifest-schema.js'
import { describeValue } from '@open-sds/kernel'
import { asSentence, parsePlainly } from './plain-issues.js'
import { fail, ok } from '@open-sds/kernel'
import type { Issue, Result } from '@open-sds/kernel'
import { slotIssues } from './slot-checks.js'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * `await import('a-plugin')` gives a module namespace whose `default` is the manifest; bundlers that wrap CommonJS
 * can add a second level. A manifest has no `default` field, so unwrapping cannot hide one.
 */
function unwrapModule(candidate: unknown): unknown {
  let current = candidate
  for (let depth = 0; depth < 2 && isRecord(current) && 'default' in current && !('id' in current); depth++) {
    current = current.default
  }
  return current
}

/** The plugin's id when it is a valid one, else what the caller knows it by (e.g. its package name). */
function pluginLabel(candidate: unknown, source: string): string {
  const id = isRecord(candidate) ? candidate.id : undefined
  return PluginIdSchema.safeParse(id).success ? String(id) : source
}

/** Checked before anything else: a plugin written for another API version may mean something else by every field. */
function apiVersionIssue(candidate: Record<string, unknown>, label: string): Issue | undefined {
  const declared = candidate.apiVersion
  const supported = describeSupportedApiVersions()
  const example = SUPPORTED_PLUGIN_API_VERSIONS.at(-1)
  const field = (reason: string): Issue => ({
    path: 'apiVersion',
    message: `Plugin "${label}": apiVersion: ${reason}. This portal supports ${supported}.`,
  })
  if (declared === undefined) {
    return field(`is required: add apiVersion: ${example}, the plugin API version the plugin was written for`)
  }
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 1) {
    return field(`must be a whole number of 1 or more, like ${example}, not ${describeValue(declared)}`)
  }
  if (!isSupportedApiVersion(declared)) {
    return {
      path: 'apiVersion',
      message: `Plugin "${label}" declares apiVersion ${declared}, but this portal supports ${supported}. Update the plugin or the portal.`,
    }
  }
  return undefined
}

/**
 * Checks a plugin (or the module that default-exports it) before the portal uses it. Never throws. Every issue's
 * message names the plugin and the field, so a failed start-up says exactly what to fix.
 */
export function validatePlugin(candidate: unknown, source: string): Result<PluginManifest> {
  const manifest = unwrapModule(candidate)
  const label = pluginLabel(manifest, source)
  if (!isRecord(manifest)) {
    return fail({
      path: '',
      message: `Plugin "${label}": must default-export a plugin manifest, e.g. export default definePlugin({ ... }), not ${describeValue(manifest)}.`,
    })
  }
  const versionProblem = apiVersionIssue(manifest, label)
  if (versionProblem !== undefined) return fail(versionProblem)
  const parsed = parsePlainly(PluginManifestSchema, manifest)
  const issues = parsed.ok ? slotIssues(parsed.value) : parsed.errors
  if (parsed.ok && issues.length === 0) return ok(parsed.value)
  return fail(
    ...issues.map((issue) => ({
      path: issue.path,
      message: asSentence(`Plugin "${label}": ${issue.path === '' ? '' : `${issue.path}: `}${issue.message}`),
    })),
  )
}
