import type { LoaderFunctionArgs } from '@remix-run/node'
import { orukJson, orukNotFound, orukRoute } from './oruk.server'

const ROUTE = 'routes/_directory+/oruk.taxonomies.$id'

export function loader({ request, params }: LoaderFunctionArgs) {
  return orukRoute(request, ROUTE, async ({ repos }) => {
    const taxonomy = await repos.directory.getTaxonomy(params.id ?? '')
    return taxonomy ? orukJson(taxonomy) : orukNotFound('taxonomy')
  })
}
