import { proxyMay, type ProxyAction } from '@open-sds/support-planning'
import type { AppContext } from '../context.js'
import type { RouteId } from './access.js'
import type { Viewer } from './session.js'

/**
 * What acting on this page for a person needs of a proxy's scope (decision 035): safeguarding and risk pages need
 * "everything"; sending a form on any page about a person (anything but reading it) needs "fill in and send forms";
 * reading needs only "see my records", which every proxy has.
 */
export function proxyActionFor(routeId: RouteId, method: string): ProxyAction {
  if (/people_?\.\$personId\.(safeguarding|risks)/.test(routeId)) return 'see-safeguarding'
  return method === 'GET' || method === 'HEAD' ? 'see-records' : 'send-forms'
}

/**
 * Whether this account may do `action` for this person: their own account and a practitioner always may (the route
 * decides which pages they reach); a proxy within the scope the council granted; a representative recorded before
 * proxy access (the demo's, an administrator's grant) as before, with no narrower scope.
 */
export async function mayDoFor(
  context: AppContext,
  viewerId: string,
  personId: string,
  action: ProxyAction,
): Promise<boolean> {
  const { people, proxies } = context.database.repos
  if ((await people.relationshipOf(viewerId, personId)) !== 'representative') return true
  const scope = await proxies.activeScope(viewerId, personId)
  return scope === undefined || proxyMay(scope, action)
}

const PERSON_PAGE = /^\/people\/([^/]+)(?:\/|$)/

/**
 * The proxy check, where access is checked for every page: a page about a person (/people/:personId/…) that the
 * viewer reaches as that person's proxy answers 403, in words, when the scope the council granted does not cover it.
 * Anyone else passes here, and the page's own check of how they stand to the person still applies.
 */
export async function requireProxyScope(
  context: AppContext,
  viewer: Viewer,
  request: Request,
  routeId: RouteId,
): Promise<void> {
  const personId = PERSON_PAGE.exec(new URL(request.url).pathname)?.[1]
  if (!personId) return
  const action = proxyActionFor(routeId, request.method)
  if (action === 'see-records') return
  if (await mayDoFor(context, viewer.id, decodeURIComponent(personId), action)) return
  throw new Response(
    action === 'send-forms'
      ? 'You can see this person’s records, but not fill in or send forms for them. They can ask the council to let you.'
      : 'You cannot see safeguarding information for this person. They can ask the council to let you.',
    { status: 403, statusText: 'Forbidden' },
  )
}
