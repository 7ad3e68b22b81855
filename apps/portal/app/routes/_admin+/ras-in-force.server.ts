import { chainRasVersions, type RasVersionEntry } from '@open-sds/ras'
import type { AppContext } from '../../.server/context.js'

export type RasInForce = RasVersionEntry

/** The plugin's RAS versions and those an administrator published, chained by @open-sds/ras (`chainRasVersions`). */
export async function rasVersionsInForce(context: AppContext): Promise<RasInForce[]> {
  const fromPlugins = (context.site.slots.ras?.configs ?? []).map((config) => ({
    config,
    source: context.site.provenance.slots.ras ?? 'plugin',
  }))
  const published = (await context.database.repos.rasVersions.list()).map((row) => ({
    config: row.config,
    source: 'published by an administrator',
  }))
  const chain = chainRasVersions([...fromPlugins, ...published])
  if (!chain.ok)
    throw new Error(
      `The RAS versions in force cannot be chained: ${chain.errors.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
    )
  return chain.value.versions
}
