import { SERVICES, servicesInForce, type ComposedConfiguration, type ServiceId } from '@open-sds/plugin-sdk'
import { json } from '@remix-run/node'
import type { RouteId } from './access.js'

/** Pages every instance has, whatever it offers: the start page, information pages, signing in, administration. */
type Always = 'always'

// A route belongs to the service of its folder, except those listed below. A new folder must be named here, so no
// page can escape the question "which service is this?" (the route-walk test fails on an unknown folder).
const BY_FOLDER: Record<string, ServiceId | Always> = {
  '_front+': 'always',
  '_admin+': 'always',
  // Staff find the people they work with whatever services the council runs here.
  '_find+': 'always',
  // The directory of local support is information and advice for everyone (Care Act s4), whatever else is offered.
  '_directory+': 'always',
  '_self-assessment+': 'self-directed-support',
  '_plans+': 'self-directed-support',
  '_charging+': 'self-directed-support',
  '_work+': 'self-directed-support',
  // Asking the council's adult social care for help: its front door, where assessments begin.
  '_referrals+': 'self-directed-support',
  '_returns+': 'self-directed-support',
  // Direct payments after the plan: the life of a personal budget (issue 14).
  '_direct-payments+': 'self-directed-support',
  // Someone acting for a person with their care and support: for people whose care the council arranges (decision 035).
  '_proxies+': 'self-directed-support',
  // Carers' assessments, plans and budgets are the council's own assessment and personal budget work (issue 16).
  '_carers+': 'self-directed-support',
  // Secure messages between a person and the staff who arrange their care (issue 15).
  '_messages+': 'self-directed-support',
  // Decision letters: the council's written decisions about a person's care and its cost (issue 15).
  '_letters+': 'self-directed-support',
  '_safeguarding+': 'safeguarding',
  '_coproduction+': 'coproduction',
}

const EXCEPTIONS: Partial<Record<RouteId, ServiceId>> = {
  // Accounts are for people whose care the council arranges, and the staff who arrange it.
  'routes/_front+/sign-up': 'self-directed-support',
  'routes/_front+/my-care': 'self-directed-support',
  'routes/_front+/people.$personId': 'self-directed-support',
  'routes/_front+/practitioner': 'self-directed-support',
  'routes/_charging+/charging-estimate': 'charging-estimate',
  'routes/_admin+/admin.ras': 'self-directed-support',
  'routes/_admin+/admin.progress': 'self-directed-support',
  'routes/_admin+/admin.progress[.]csv': 'self-directed-support',
  'routes/_admin+/admin.client-level-data': 'self-directed-support',
  'routes/_admin+/admin.client-level-data[.]csv': 'self-directed-support',
  'routes/_safeguarding+/admin.safeguarding-staff': 'safeguarding',
  // Positive risk-taking is part of a person's support plan, not a safeguarding enquiry.
  'routes/_safeguarding+/people_.$personId.risks._index': 'self-directed-support',
  'routes/_safeguarding+/people_.$personId.risks.$riskId': 'self-directed-support',
}

/** The service a route belongs to, or 'always'. Throws for a route in a folder nobody has assigned. */
export function serviceOfRoute(routeId: RouteId): ServiceId | Always {
  const exception = EXCEPTIONS[routeId]
  if (exception) return exception
  const folder = routeId.split('/')[1] ?? ''
  const service = BY_FOLDER[folder]
  if (service === undefined) throw new Error(`Route ${routeId} is in folder ${folder}, which belongs to no service`)
  return service
}

/** Whether this instance runs the service a route belongs to (plugin `services` slot). */
export function isRouteOffered(site: Pick<ComposedConfiguration, 'slots'>, routeId: RouteId): boolean {
  const service = serviceOfRoute(routeId)
  return service === 'always' || servicesInForce(site).offers(service)
}

export type NotOfferedHere = {
  notOffered: { service: string; organisationName: string; referTo: { name: string; phone: string; url?: string } }
}

/** The page a person gets at the address of a service this instance does not run: who runs it, and how to reach them. */
export function notOfferedHere(site: ComposedConfiguration, routeId: RouteId): Response {
  const service = serviceOfRoute(routeId) as ServiceId
  const { referTo } = servicesInForce(site)
  // The services slot refuses an instance that offers less than everything without naming who runs the rest.
  if (!referTo) throw new Error('An instance that does not run every service must name who does')
  const body: NotOfferedHere = {
    notOffered: {
      service: SERVICES[service].name,
      organisationName: site.branding.organisationName,
      referTo,
    },
  }
  return json(body, { status: 404, statusText: 'Not Found' })
}
