import type { LoaderFunctionArgs } from '@remix-run/node'
import {
  formatParameter,
  idParameter,
  instantParameter,
  orukJson,
  orukNdjson,
  orukPage,
  orukRoute,
  pagingParameters,
  readAll,
  yesOrNo,
} from './oruk.server'

const ROUTE = 'routes/_directory+/oruk.services._index'

// GET /oruk/services: services by name, a page at a time (full=true: fully nested); search, taxonomy_term_id, taxonomy_id, organization_id and
// modified_after narrow it; format=ndjson streams them all; minimal=true gives every id with its last_modified.
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
    const read = (at: { page: number; perPage: number }) =>
      full
        ? repos.directory.listFullServices({ ...filters, ...at })
        : repos.directory.listServices({ ...filters, ...at })
    if (yesOrNo(query, 'minimal')) {
      // "Return array of just service 'id' and 'modified_date' ... aim to return all services within one call."
      const all = await readAll(read)
      return orukJson(all.map(({ id, last_modified }) => ({ id, last_modified })))
    }
    if (format === 'ndjson') return orukNdjson(read)
    return orukPage(await read(paging), paging)
  })
}
