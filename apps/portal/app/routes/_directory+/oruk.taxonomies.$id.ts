import type { LoaderFunctionArgs } from '@remix-run/node'
import { formatParameter, orukNotFound, orukRecord, orukRoute } from './oruk.server'

const ROUTE = 'routes/_directory+/oruk.taxonomies.$id'

export function loader({ request, params }: LoaderFunctionArgs) {
  return orukRoute(request, ROUTE, async ({ query, repos }) => {
    const format = formatParameter(query)
    const taxonomy = await repos.directory.getTaxonomy(params.id ?? '')
    return taxonomy ? orukRecord(taxonomy, format) : orukNotFound('taxonomy')
  })
}
