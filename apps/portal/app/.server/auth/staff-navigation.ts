import { ROUTE_ACCESS, mayUse, type RouteId } from './access.js'
import type { Role } from './roles.js'

export type NavigationLink = { href: string; text: string }

type StaffPage = NavigationLink & { route: RouteId; needsSafeguardingAuthorisation?: boolean }

// The places staff work from, in the order they are listed. Each is shown only to roles its route lets in, so the
// navigation can never offer a page that answers "You cannot see this page".
const STAFF_PAGES: readonly StaffPage[] = [
  { route: 'routes/_admin+/admin._index', href: '/admin', text: 'Overview' },
  { route: 'routes/_coproduction+/organisation', href: '/organisation', text: 'Overview' },
  { route: 'routes/_front+/practitioner', href: '/practitioner', text: 'Overview' },
  { route: 'routes/_work+/work.caseload', href: '/work/caseload', text: 'Your caseload' },
  { route: 'routes/_work+/work.queue', href: '/work/queue', text: 'Team queue' },
  { route: 'routes/_work+/work.due', href: '/work/due', text: 'Due and overdue' },
  { route: 'routes/_messages+/work.messages', href: '/work/messages', text: 'Messages' },
  { route: 'routes/_plans+/practitioner_.plans._index', href: '/practitioner/plans', text: 'Plans to agree' },
  {
    route: 'routes/_safeguarding+/safeguarding',
    href: '/safeguarding',
    text: 'Safeguarding concerns',
    needsSafeguardingAuthorisation: true,
  },
  { route: 'routes/_charging+/finance', href: '/finance', text: 'Financial assessments' },
  {
    route: 'routes/_direct-payments+/finance_.direct-payments._index',
    href: '/finance/direct-payments',
    text: 'Direct payments',
  },
  { route: 'routes/_find+/find-a-person._index', href: '/find-a-person', text: 'Find a person' },
  { route: 'routes/_coproduction+/coproduction._index', href: '/coproduction', text: 'Surveys and feedback' },
  { route: 'routes/_admin+/admin.progress', href: '/admin/progress', text: 'Progress measures' },
  { route: 'routes/_admin+/admin.staff._index', href: '/admin/staff', text: 'Staff accounts' },
  { route: 'routes/_admin+/admin.audit', href: '/admin/audit', text: 'Audit log' },
]

/**
 * The staff navigation for a role: none for people using services (their account page is their home). Concern
 * pages are offered to a practitioner only when they are on the safeguarding list, as the pages themselves require,
 * and no page of a service this instance does not run is offered at all. `counts` (by address) says how much is
 * waiting behind a link: "Your caseload (4)", "Team queue (7)", "Due and overdue (2)" (issue 18).
 * "Your caseload" is the one name of the work a member of staff holds; a practitioner's own page is their "Overview".
 */
export function staffNavigation(
  roles: Role | readonly Role[],
  safeguardingAuthorised: boolean,
  offered: (route: RouteId) => boolean = () => true,
  counts: Readonly<Record<string, number>> = {},
): NavigationLink[] {
  if (roles === 'citizen' || (typeof roles !== 'string' && roles.every((role) => role === 'citizen'))) return []
  return STAFF_PAGES.filter(
    (page) =>
      mayUse(ROUTE_ACCESS[page.route], roles) &&
      (!page.needsSafeguardingAuthorisation || safeguardingAuthorised) &&
      offered(page.route),
  ).map(({ href, text }) => ({ href, text: counts[href] === undefined ? text : `${text} (${counts[href]})` }))
}
