import type { LoaderFunctionArgs } from '@remix-run/node'
import { formatParameter, orukNotFound, orukRecord, orukRoute } from './oruk.server'

const ROUTE = 'routes/_directory+/oruk.taxonomy[_]terms.$id'

export function loader({ request, params }: LoaderFunctionArgs) {
  return orukRoute(request, ROUTE, async ({ query, repos }) => {
    const format = formatParameter(query)
    const term = await repos.directory.getTaxonomyTerm(params.id ?? '')
    return term ? orukRecord(term, format) : orukNotFound('taxonomy term')
  })
}
