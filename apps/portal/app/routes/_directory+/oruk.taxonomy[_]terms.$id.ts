import type { LoaderFunctionArgs } from '@remix-run/node'
import { orukJson, orukNotFound, orukRoute } from './oruk.server'

const ROUTE = 'routes/_directory+/oruk.taxonomy[_]terms.$id'

export function loader({ request, params }: LoaderFunctionArgs) {
  return orukRoute(request, ROUTE, async ({ repos }) => {
    const term = await repos.directory.getTaxonomyTerm(params.id ?? '')
    return term ? orukJson(term) : orukNotFound('taxonomy term')
  })
}
