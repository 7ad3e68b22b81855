import { redirect } from '@remix-run/node'
import { getAppContext, type AppContext } from '../context.js'
import { HIDDEN_FROM_OTHER_ROLES, ROUTE_ACCESS, mayUse, type RouteId } from './access.js'
import { isRouteOffered, notOfferedHere } from './route-services.js'
import { requireProxyScope } from './proxy-scope.js'
import { currentViewer, halfSignedIn, type Awaiting, type Viewer } from './session.js'

export type Authorised = { context: AppContext; viewer: Viewer | null; awaiting?: Awaiting }
export type SignedIn = { context: AppContext; viewer: Viewer; awaiting?: Awaiting }

/** The one page a half-signed-in session may reach (decision 033); every other signed-in page sends it there. */
export const AWAITING_PAGE: Record<Awaiting, { path: string; routeId: RouteId }> = {
  code: { path: '/sign-in/code', routeId: 'routes/_front+/sign-in_.code' },
  'set-up': { path: '/account/two-factor', routeId: 'routes/_front+/account_.two-factor' },
}

/**
 * The gate at the top of every loader and action. A service this instance does not run answers, to everyone, with
 * who does run it (plugin `services` slot). Someone not signed in is sent to sign in and brought back;
 * someone signed in without the role gets a 403 page, or a 404 where the page's existence is itself sensitive.
 */
export async function authorise(
  request: Request,
  routeId: RouteId,
  options: { touchSession?: boolean } = {},
): Promise<Authorised> {
  const context = await getAppContext()
  if (!isRouteOffered(context.site, routeId)) throw notOfferedHere(context.site, routeId)
  const viewer = await currentViewer(request, context, new Date(), { touch: options.touchSession !== false })
  const access = ROUTE_ACCESS[routeId]
  if (mayUse(access, viewer?.roles ?? null)) {
    if (viewer?.role === 'citizen') await requireProxyScope(context, viewer, request, routeId)
    return { context, viewer }
  }
  const half = viewer ? undefined : await halfSignedIn(request, context)
  if (half) {
    const page = AWAITING_PAGE[half.awaiting]
    if (page.routeId === routeId && mayUse(access, half.viewer.roles)) return { context, ...half }
    throw redirect(page.path)
  }
  if (!viewer) {
    const url = new URL(request.url)
    throw redirect(`/sign-in?returnTo=${encodeURIComponent(url.pathname + url.search)}`)
  }
  if (HIDDEN_FROM_OTHER_ROLES.has(routeId)) {
    throw new Response('There is no page at this address. If you typed it, check it is correct.', {
      status: 404,
      statusText: 'Not Found',
    })
  }
  throw new Response(
    'You do not have permission to see this page. If you think you should, contact your administrator.',
    {
      status: 403,
      statusText: 'Forbidden',
    },
  )
}

export async function authoriseSignedIn(request: Request, routeId: RouteId): Promise<SignedIn> {
  const { context, viewer, awaiting } = await authorise(request, routeId)
  if (!viewer) throw new Error(`Route ${routeId} must not be open to everyone`)
  return awaiting ? { context, viewer, awaiting } : { context, viewer }
}
