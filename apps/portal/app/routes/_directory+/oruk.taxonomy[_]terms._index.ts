import type { LoaderFunctionArgs } from '@remix-run/node'
import { formatParameter, idParameter, orukNdjson, orukPage, orukRoute, pagingParameters, yesOrNo } from './oruk.server'

const ROUTE = 'routes/_directory+/oruk.taxonomy[_]terms._index'

// GET /oruk/taxonomy_terms: terms by taxonomy and name; taxonomy_id, parent_id and top_only (terms without a parent)
// narrow it.
export function loader({ request }: LoaderFunctionArgs) {
  return orukRoute(request, ROUTE, async ({ query, repos }) => {
    const filters = {
      taxonomyId: idParameter(query, 'taxonomy_id'),
      parentId: idParameter(query, 'parent_id'),
      topOnly: yesOrNo(query, 'top_only'),
    }
    const paging = pagingParameters(query)
    const read = (at: { page: number; perPage: number }) => repos.directory.listTaxonomyTerms({ ...filters, ...at })
    if (formatParameter(query) === 'ndjson') return orukNdjson(read)
    return orukPage(await read(paging), paging)
  })
}
