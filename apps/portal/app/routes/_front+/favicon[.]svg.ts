import type { LoaderFunctionArgs } from '@remix-run/node'
import { authorise } from '~/.server/auth/authorise'

/** The browser tab's icon: the plugin's icon, or its logo when it has none. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { context } = await authorise(request, 'routes/_front+/favicon[.]svg')
  const { icon, logo } = context.site.branding
  return new Response(icon ?? logo.svg, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
      // Opened on its own, an SVG is a document: nothing in it may run or load anything.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
  })
}
