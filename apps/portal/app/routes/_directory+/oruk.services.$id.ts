import { feedServiceOf } from '@open-sds/directory'
import type { LoaderFunctionArgs } from '@remix-run/node'
import { formatParameter, orukNotFound, orukRecord, orukRoute } from './oruk.server'

const ROUTE = 'routes/_directory+/oruk.services.$id'

// GET /oruk/services/{id}: one service fully nested, or a 404.
export function loader({ request, params }: LoaderFunctionArgs) {
  return orukRoute(request, ROUTE, async ({ query, repos }) => {
    const format = formatParameter(query)
    const service = await repos.directory.getService(params.id ?? '')
    return service ? orukRecord(feedServiceOf(service), format) : orukNotFound('service')
  })
}
