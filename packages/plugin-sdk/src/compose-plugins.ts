import type { PluginBranding } from './branding-schema.js'
import { ConfigurationSchema } from './configuration.js'
import type { BrandingField, ComposedConfiguration, Configuration, Provenance, SourceId } from './configuration.js'
import type { ContentPage } from './content-schema.js'
import { NATIONAL_DEFAULTS_ID } from './manifest-schema.js'
import type { PluginManifest } from './manifest-schema.js'
import { asSentence, parsePlainly } from './plain-issues.js'
import type { PlainIssue } from './plain-issues.js'
import { fail, ok } from '@open-sds/kernel'
import type { Issue, Result } from '@open-sds/kernel'
import { PLUGIN_SLOT_NAMES } from './slots.js'
import { composeSlots } from './compose-slots.js'
import type { PluginSlots } from './slots.js'

/** Branding settings merged key by key; every other branding field is replaced whole. */
const MERGED_PER_KEY = new Set(['colours', 'contact'])

type Layer = { id: SourceId; branding: PluginBranding; pages: readonly ContentPage[]; slots: PluginSlots }

function applyBranding(target: Record<string, unknown>, layer: Layer, provenance: Provenance): void {
  for (const [field, value] of Object.entries(layer.branding)) {
    if (value === undefined) continue
    if (!MERGED_PER_KEY.has(field)) {
      target[field] = value
      provenance.branding[field as BrandingField] = layer.id
      continue
    }
    const merged = { ...(target[field] as Record<string, unknown> | undefined) }
    for (const [key, keyValue] of Object.entries(value as Record<string, unknown>)) {
      if (keyValue === undefined) continue
      merged[key] = keyValue
      provenance.branding[`${field}.${key}` as BrandingField] = layer.id
    }
    target[field] = merged
  }
}

function sourceOf(path: string, provenance: Provenance, pages: readonly ContentPage[]): SourceId {
  const [section, first, second] = path.split('.')
  if (section === 'branding') {
    const key = `${first}.${second}` as BrandingField
    return provenance.branding[key] ?? provenance.branding[first as BrandingField] ?? NATIONAL_DEFAULTS_ID
  }
  if (section === 'pages') {
    const slug = pages[Number(first)]?.slug
    return (slug === undefined ? undefined : provenance.pages[slug]) ?? NATIONAL_DEFAULTS_ID
  }
  return provenance.slots[first as keyof Provenance['slots']] ?? NATIONAL_DEFAULTS_ID
}

function describeSource(id: SourceId): string {
  return id === NATIONAL_DEFAULTS_ID ? 'the national defaults' : `"${id}"`
}

/**
 * A composition can break what each layer kept on its own: a plugin's dark brand colour under the defaults' dark text.
 * The issue names the later of the layers involved, since adding that one made the problem.
 */
function compositionIssue(
  issue: PlainIssue,
  provenance: Provenance,
  pages: readonly ContentPage[],
  order: readonly SourceId[],
): Issue {
  const source = sourceOf(issue.path, provenance, pages)
  const relatedSource = issue.relatedPath === undefined ? source : sourceOf(issue.relatedPath, provenance, pages)
  const responsible = order.lastIndexOf(relatedSource) > order.lastIndexOf(source) ? relatedSource : source
  const label = responsible === NATIONAL_DEFAULTS_ID ? 'The national defaults' : `Plugin "${responsible}"`
  let message = asSentence(`${label}: ${issue.path}: ${issue.message}`)
  if (relatedSource !== source && issue.relatedPath !== undefined) {
    message +=
      ` ${issue.relatedPath} comes from ${describeSource(relatedSource)} and ${issue.path} from ${describeSource(source)}:` +
      ' set both in the same plugin so they work as a pair.'
  }
  return { path: issue.path, message }
}

/**
 * Layers plugins, in order, over the defaults: a later layer wins. Branding merges per field (colours and contact
 * per key), pages merge by slug (a replaced page keeps its place), and a slot is replaced whole. The result is
 * checked again as a whole, because colours from different layers must still meet contrast together.
 */
export function composePlugins(
  defaults: Configuration,
  plugins: readonly PluginManifest[],
): Result<ComposedConfiguration> {
  const layers: Layer[] = [
    { id: NATIONAL_DEFAULTS_ID, branding: defaults.branding, pages: defaults.pages, slots: defaults.slots },
    ...plugins.map((plugin) => ({
      id: plugin.id,
      branding: plugin.branding ?? {},
      pages: plugin.content?.pages ?? [],
      slots: Object.fromEntries(PLUGIN_SLOT_NAMES.map((name) => [name, plugin[name]])) as PluginSlots,
    })),
  ]
  const branding: Record<string, unknown> = {}
  const pages = new Map<string, ContentPage>()
  const composedSlots = composeSlots(layers)
  const provenance: Provenance = {
    branding: {},
    pages: {},
    slots: composedSlots.sources,
    selfAssessmentSections: composedSlots.selfAssessmentSections,
  }
  for (const layer of layers) {
    applyBranding(branding, layer, provenance)
    for (const page of layer.pages) {
      pages.set(page.slug, page)
      provenance.pages[page.slug] = layer.id
    }
  }

  const pageList = [...pages.values()]
  const checked = parsePlainly(ConfigurationSchema, { branding, pages: pageList, slots: composedSlots.slots })
  const order = layers.map((layer) => layer.id)
  const issues = [
    ...(checked.ok ? [] : checked.errors.map((issue) => compositionIssue(issue, provenance, pageList, order))),
    ...composedSlots.issues.map((issue) => ({ path: issue.path, message: asSentence(issue.message) })),
  ]
  if (!checked.ok || issues.length > 0) return fail(...issues)
  return ok({
    ...checked.value,
    plugins: plugins.map(({ id, name, apiVersion, version }) => ({
      id,
      name,
      apiVersion,
      ...(version === undefined ? {} : { version }),
    })),
    provenance,
  })
}
