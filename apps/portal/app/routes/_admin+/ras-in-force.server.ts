import type { RasConfig } from '@open-sds/ras'
import { RasConfigSchema } from '@open-sds/ras'
import type { AppContext } from '../../.server/context.js'

export type RasInForce = { config: RasConfig; source: string }

function dayBefore(isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() - 1)
  return date.toISOString().slice(0, 10)
}

/**
 * The plugin's RAS versions and those an administrator has published, as one effective-dated chain: each version
 * ends the day before the next one starts, so exactly one is in force on any date from the first.
 */
export function chainVersions(versions: RasInForce[]): RasInForce[] {
  const sorted = [...versions].sort((a, b) => a.config.effectiveFrom.localeCompare(b.config.effectiveFrom))
  return sorted.map((entry, index) => {
    const next = sorted[index + 1]
    if (!next) return entry
    const end = dayBefore(next.config.effectiveFrom)
    const effectiveTo = entry.config.effectiveTo && entry.config.effectiveTo < end ? entry.config.effectiveTo : end
    return { ...entry, config: { ...entry.config, effectiveTo } }
  })
}

export async function rasVersionsInForce(context: AppContext): Promise<RasInForce[]> {
  const fromPlugins = (context.site.slots.ras?.configs ?? []).map((config) => ({ config, source: context.site.provenance.slots.ras ?? 'plugin' }))
  const published = (await context.database.repos.rasVersions.list()).map((row) => {
    const parsed = RasConfigSchema.safeParse(row.config)
    if (!parsed.success) throw new Error(`Published RAS ${row.configId} version ${row.version} is not a valid configuration`)
    return { config: parsed.data, source: 'published by an administrator' }
  })
  return chainVersions([...fromPlugins, ...published])
}
