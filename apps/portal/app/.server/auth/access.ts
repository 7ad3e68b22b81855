import type { Role } from './roles.js'

/**
 * Who may use each route: the one place that says so. Every loader and action calls `authorise` with its own
 * route id, and the route-walk test fails when a route exists that is not listed here.
 */
export type Access = 'everyone' | 'signed-in' | readonly Role[]

export const ROUTE_ACCESS = {
  'routes/_index': 'everyone',
  'routes/pages.$slug': 'everyone',
  'routes/brand[.]css': 'everyone',
  'routes/ping': 'everyone',
  'routes/$': 'everyone',
  'routes/sign-up': 'everyone',
  'routes/sign-in': 'everyone',
  'routes/sign-out': 'signed-in',
  'routes/account': 'signed-in',
  'routes/my-care': ['citizen'],
  'routes/people.$personId': ['citizen', 'practitioner'],
  'routes/people_.$personId.self-assessment._index': ['citizen'],
  'routes/people_.$personId.self-assessment.$questionId': ['citizen'],
  'routes/people_.$personId.self-assessment.check': ['citizen'],
  'routes/people_.$personId.budget': ['citizen'],
  'routes/practitioner': ['practitioner'],
  'routes/practitioner_.assessments.$assessmentId': ['practitioner'],
  'routes/finance': ['finance-officer'],
  'routes/admin._index': ['council-admin'],
  'routes/admin.audit': ['council-admin'],
  'routes/admin.ras': ['council-admin'],
  'routes/organisation': ['ulo-admin'],
} as const satisfies Record<string, Access>

export type RouteId = keyof typeof ROUTE_ACCESS

export function mayUse(access: Access, role: Role | null): boolean {
  if (access === 'everyone') return true
  if (role === null) return false
  if (access === 'signed-in') return true
  return access.includes(role)
}
