import type { LoaderFunctionArgs } from '@remix-run/node'
import { authorise } from '~/.server/auth/authorise'
import { brandStylesheet } from '~/.server/brand-css'

export async function loader({ request }: LoaderFunctionArgs) {
  const { context } = await authorise(request, 'routes/brand[.]css')
  return new Response(brandStylesheet(context.site.branding), {
    headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  })
}
