import type { LoaderFunctionArgs } from '@remix-run/node'
import { apiDetails } from '@open-sds/directory'
import { orukJson, orukRoute } from './oruk.server'

const ROUTE = 'routes/_directory+/oruk._index'

// GET /oruk/: which standard this feed speaks. The public validator reads `version` first to choose the 3.0 tests.
export function loader({ request }: LoaderFunctionArgs) {
  return orukRoute(request, ROUTE, async () => orukJson(apiDetails()))
}
