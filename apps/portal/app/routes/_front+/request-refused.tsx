import type { LoaderFunctionArgs } from '@remix-run/node'
import { authorise } from '~/.server/auth/authorise'

// server.js sends here what it refused before Remix (too large, from another site, a method the service does not
// take), so the answer is the service's own page, with its header and footer, not plain text. Asked for directly,
// there is nothing here.
export async function loader({ request, context }: LoaderFunctionArgs) {
  await authorise(request, 'routes/_front+/request-refused')
  const refusal = context.refusal
  if (!refusal)
    throw new Response('There is no page at this address. If you typed it, check it is correct.', {
      status: 404,
      statusText: 'Not Found',
    })
  throw new Response(refusal.message, { status: refusal.status })
}

export default function RequestRefused() {
  return null
}
