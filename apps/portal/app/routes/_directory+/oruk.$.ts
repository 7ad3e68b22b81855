import type { LoaderFunctionArgs } from '@remix-run/node'
import { orukNotFound, orukRoute } from './oruk.server'

const ROUTE = 'routes/_directory+/oruk.$'

// Anything else under /oruk, including the optional organisation and service-at-location endpoints this feed does not
// offer yet: a JSON 404 with the feed's headers. The validator counts an optional endpoint's 404 as "not offered"; a
// 2xx with anything short of the schema would fail the whole feed (decision 036).
export function loader({ request }: LoaderFunctionArgs) {
  return orukRoute(request, ROUTE, async () => orukNotFound('record or list'))
}
