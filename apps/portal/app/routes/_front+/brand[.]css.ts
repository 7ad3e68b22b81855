import type { LoaderFunctionArgs } from '@remix-run/node'
import { authorise } from '~/.server/auth/authorise'
import { brandStylesheet } from './brand-css.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const { context } = await authorise(request, 'routes/_front+/brand[.]css')
  return new Response(brandStylesheet(context.site.branding), {
    headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  })
}
