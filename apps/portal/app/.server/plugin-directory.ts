import { directoryServicesOf, directoryTaxonomyOf, type ComposedConfiguration } from '@open-sds/plugin-sdk'
import type { PortalDatabase } from './context'

/**
 * Puts the plugins' directory into the database (issue 17, decision 046): their taxonomy every time, so a change to
 * the council's own kinds of support reaches the directory with the next deployment, and each of their services the
 * directory does not have yet, never over a change made since. One transaction with one `directory.import` entry.
 * The slot was checked when the plugins were loaded, so a refusal here is a fault, and stops the set-up, named.
 */
export async function loadPluginDirectory(
  database: PortalDatabase,
  site: Pick<ComposedConfiguration, 'slots'>,
  now: Date,
): Promise<{ taxonomy: boolean; servicesAdded: number }> {
  const taxonomy = directoryTaxonomyOf(site)
  const services = directoryServicesOf(site)
  if (taxonomy === undefined && services.length === 0) return { taxonomy: false, servicesAdded: 0 }
  return database.withAudit(
    async (repos) => {
      const refused = (what: string, errors: readonly { path: string; message: string }[]) =>
        new Error(
          `The plugins' directory ${what} was refused: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
        )
      if (taxonomy !== undefined) {
        const put = await repos.directory.putTaxonomy(taxonomy)
        if (!put.ok) throw refused('taxonomy', put.errors)
      }
      let servicesAdded = 0
      for (const service of services) {
        if ((await repos.directory.getService(service.id)) !== undefined) continue
        const put = await repos.directory.putService(service, now)
        if (!put.ok) throw refused(`service "${service.name}"`, put.errors)
        servicesAdded += 1
      }
      return { taxonomy: taxonomy !== undefined, servicesAdded }
    },
    (loaded) => ({
      at: now,
      action: 'directory.import',
      resource: 'directory',
      detail: { source: 'plugins', ...loaded },
    }),
  )
}
