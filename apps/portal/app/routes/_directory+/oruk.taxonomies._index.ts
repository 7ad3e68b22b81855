import type { LoaderFunctionArgs } from '@remix-run/node'
import { formatParameter, orukNdjson, orukPage, orukRoute, pagingParameters } from './oruk.server'

const ROUTE = 'routes/_directory+/oruk.taxonomies._index'

// GET /oruk/taxonomies: the taxonomies services are tagged with, each with its terms.
export function loader({ request }: LoaderFunctionArgs) {
  return orukRoute(request, ROUTE, async ({ query, repos }) => {
    const paging = pagingParameters(query)
    if (formatParameter(query) === 'ndjson') return orukNdjson((at) => repos.directory.listTaxonomies(at))
    return orukPage(await repos.directory.listTaxonomies(paging), paging)
  })
}
