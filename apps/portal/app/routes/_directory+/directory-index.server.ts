import { DirectoryIndex, indexService, type Service } from '@open-sds/directory'
import type { AppContext } from '~/.server/context'

// The public search's index of the directory (issue 17, decision 046): every service worked out once (its words,
// terms, ages, cost and points) and kept in this process's memory, so a search at 100,000 services reads no rows.
// Before each search one indexed count asks whether anything changed since the newest change it holds; if so, only
// those services are read again and put into the index one by one (no rebuild). A full rebuild every few minutes catches a change another process stamped earlier
// than one already seen (clocks and commits need not agree), so the index is never behind for long.

/** What a result shows of a service: enough for its line on the results page, a fraction of the whole record. */
const shownOf = (service: Service): Service => ({
  id: service.id,
  name: service.name,
  status: service.status,
  ...(service.description === undefined ? {} : { description: service.description }),
  ...(service.fees === undefined ? {} : { fees: service.fees }),
  ...(service.cost_options === undefined
    ? {}
    : { cost_options: service.cost_options.map(({ id, amount }) => (amount === undefined ? { id } : { id, amount })) }),
  ...(service.attributes === undefined
    ? {}
    : {
        attributes: service.attributes.map(({ id, taxonomy_term_id, taxonomy_term }) => ({
          id,
          taxonomy_term_id: taxonomy_term_id ?? taxonomy_term?.id,
        })),
      }),
  ...(service.organization === undefined
    ? {}
    : { organization: { id: service.organization.id, name: service.organization.name, description: '' } }),
})

const REBUILD_AFTER_MS = 5 * 60 * 1000
/** Services read from the database at a time while building, so a large directory never sits in memory whole. */
const BATCH = 1000

type Index = {
  services: DirectoryIndex<Service>
  /** The newest `last_modified` the index holds, in milliseconds. */
  newest: number
  builtAt: number
}

const indexes = new WeakMap<object, Promise<Index>>()

const modifiedOf = (service: Service) => Date.parse(service.last_modified ?? '') || 0

const indexed = (service: Service) => ({ ...indexService(service), service: shownOf(service) })

/** Puts each service into the index, replacing what it held of them; gives the newest change among them. */
function putAll(services: DirectoryIndex<Service>, found: readonly Service[], newest: number): number {
  for (const service of found) {
    services.put(indexed(service))
    newest = Math.max(newest, modifiedOf(service))
  }
  return newest
}

async function build(context: AppContext, now: number): Promise<Index> {
  const entries: ReturnType<typeof indexed>[] = []
  let newest = 0
  let after
  do {
    // In name order from where the last batch ended (no count, no skipped rows), so a large directory reads fast.
    const batch = await context.database.repos.directory.fullServicesAfter({}, after, BATCH)
    for (const service of batch.contents) {
      entries.push(indexed(service))
      newest = Math.max(newest, modifiedOf(service))
    }
    after = batch.after
  } while (after !== undefined)
  return { services: new DirectoryIndex(entries), newest, builtAt: now }
}

async function refreshed(context: AppContext, index: Index, now: number): Promise<Index> {
  if (now - index.builtAt > REBUILD_AFTER_MS) return build(context, now)
  const { directory } = context.database.repos
  const since = new Date(index.newest + 1)
  const changed = await directory.listServices({ page: 1, perPage: 1, modifiedAfter: since })
  if (changed.totalItems === 0) return index
  if (changed.totalItems > BATCH) return build(context, now)
  const services = await directory.listFullServices({ page: 1, perPage: BATCH, modifiedAfter: since })
  // Searches run between awaits, never during this synchronous update, so none sees the index half changed.
  return { ...index, newest: putAll(index.services, services.contents, index.newest) }
}

/**
 * The directory's services, indexed for searching, as of now. Concurrent searches share one
 * build or refresh rather than each starting its own.
 */
export async function directoryIndex(context: AppContext, now = Date.now()): Promise<DirectoryIndex<Service>> {
  const key = context.database
  const current = indexes.get(key)
  const next = current
    ? current.then((index) => refreshed(context, index, now)).catch(() => build(context, now))
    : build(context, now)
  indexes.set(key, next)
  try {
    return (await next).services
  } catch (error) {
    indexes.delete(key)
    throw error
  }
}
