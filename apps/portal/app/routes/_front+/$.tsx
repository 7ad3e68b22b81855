import type { LoaderFunctionArgs } from '@remix-run/node'
import { authorise } from '~/.server/auth/authorise'

// Any address no other route answers: a 404 page in the service's own words, and no error in the server's log
// for what is only a mistyped or out-of-date link.
export async function loader({ request }: LoaderFunctionArgs) {
  await authorise(request, 'routes/_front+/$')
  throw new Response('There is no page at this address. If you typed it, check it is correct.', {
    status: 404,
    statusText: 'Not Found',
  })
}

export default function NotFound() {
  return null
}
