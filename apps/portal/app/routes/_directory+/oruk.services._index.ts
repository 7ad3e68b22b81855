import type { DirectoryServiceFilters } from '@open-sds/db'
import { feedServiceOf, serviceListItemOf, type Service } from '@open-sds/directory'
import type { LoaderFunctionArgs } from '@remix-run/node'
import type { PortalDatabase } from '~/.server/context'
import { letRequestsIn } from '~/.server/let-requests-in'
import {
  formatParameter,
  idParameter,
  instantParameter,
  orukJson,
  orukNdjsonStream,
  orukPage,
  orukRoute,
  pagingParameters,
  yesOrNo,
} from './oruk.server'

const ROUTE = 'routes/_directory+/oruk.services._index'

// GET /oruk/services: services by name, a page at a time (full=true: fully nested); search, taxonomy_term_id, taxonomy_id, organization_id and
// modified_after narrow it; format=ndjson streams them all; minimal=true gives every id with its last_modified.

/** Every service the filters let through, in page order, 1000 at a time from where the last batch ended. */
async function* servicesInBatches(repos: PortalDatabase['repos'], filters: DirectoryServiceFilters) {
  let after
  do {
    const batch = await repos.directory.fullServicesAfter(filters, after, 1000)
    // Each as the feed sends it: its street lines joined into ORUK's one (feedServiceOf).
    yield batch.contents.map(feedServiceOf)
    after = batch.after
    // Other requests are answered between batches, not after the whole export.
    await letRequestsIn()
  } while (after !== undefined)
}

/** Fully nested services as list items, as `listServices` gives them: checked when stored, not again going out. */
async function* asListItems(batches: AsyncIterable<Service[]>) {
  for await (const batch of batches) yield batch.map(serviceListItemOf)
}
export function loader({ request }: LoaderFunctionArgs) {
  return orukRoute(request, ROUTE, async ({ query, repos }) => {
    const filters = {
      search: query.get('search') ?? undefined,
      taxonomyTermId: idParameter(query, 'taxonomy_term_id'),
      taxonomyId: idParameter(query, 'taxonomy_id'),
      organizationId: idParameter(query, 'organization_id'),
      modifiedAfter: instantParameter(query, 'modified_after'),
    }
    const paging = pagingParameters(query)
    const format = formatParameter(query)
    // full=true: each service fully nested, as GET /services/{id} gives it.
    const full = yesOrNo(query, 'full')
    if (yesOrNo(query, 'minimal')) {
      // "Return array of just service 'id' and 'modified_date' ... aim to return all services within one call."
      const all: { id: string; last_modified?: string }[] = []
      for await (const batch of servicesInBatches(repos, filters))
        all.push(...batch.map(({ id, last_modified }) => ({ id, last_modified })))
      return orukJson(all)
    }
    if (format === 'ndjson') {
      const batches = servicesInBatches(repos, filters)
      return orukNdjsonStream(full ? batches : asListItems(batches))
    }
    const at = { ...filters, ...paging }
    if (!full) return orukPage(await repos.directory.listServices(at), paging)
    const found = await repos.directory.listFullServices(at)
    return orukPage({ ...found, contents: found.contents.map(feedServiceOf) }, paging)
  })
}
