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
  'routes/people_.$personId.financial-assessment._index': ['citizen'],
  'routes/people_.$personId.financial-assessment.$step': ['citizen'],
  'routes/people_.$personId.financial-assessment.evidence': ['citizen'],
  'routes/people_.$personId.financial-assessment.check': ['citizen'],
  'routes/people_.$personId.financial-assessment.result': ['citizen'],
  'routes/charging-estimate': 'everyone',
  'routes/practitioner': ['practitioner'],
  'routes/practitioner_.assessments.$assessmentId': ['practitioner'],
  'routes/people_.$personId.plan._index': ['citizen'],
  'routes/people_.$personId.plan.people': ['citizen'],
  'routes/people_.$personId.plan.outcomes': ['citizen'],
  'routes/people_.$personId.plan.supports': ['citizen'],
  'routes/people_.$personId.plan.money': ['citizen'],
  'routes/people_.$personId.plan.contingency': ['citizen'],
  'routes/people_.$personId.plan.review': ['citizen'],
  'routes/people_.$personId.plan[.]json': ['citizen', 'practitioner'],
  'routes/practitioner_.plans._index': ['practitioner'],
  'routes/practitioner_.plans.$planId': ['practitioner'],
  'routes/practitioner_.plans.$planId_.review': ['practitioner'],
  'routes/finance': ['finance-officer'],
  // Finance officers review every financial assessment sent to the council: the queue is their caseload.
  'routes/finance_.assessments.$assessmentId': ['finance-officer'],
  'routes/finance_.evidence.$evidenceId': ['finance-officer'],
  'routes/admin._index': ['council-admin'],
  'routes/admin.audit': ['council-admin'],
  'routes/admin.ras': ['council-admin'],
  'routes/admin.safeguarding-staff': ['council-admin'],
  'routes/admin.uprating': ['council-admin'],
  'routes/organisation': ['ulo-admin'],
  'routes/surveys._index': 'everyone',
  'routes/surveys.$surveyId': 'everyone',
  'routes/feedback': 'everyone',
  'routes/coproduction._index': ['ulo-admin', 'council-admin'],
  'routes/coproduction.surveys.$surveyId': ['ulo-admin', 'council-admin'],
  'routes/coproduction.moderation': ['ulo-admin', 'council-admin'],
  'routes/coproduction.you-said-we-did': ['ulo-admin', 'council-admin'],
  'routes/admin.progress': ['council-admin'],
  'routes/admin.progress[.]csv': ['council-admin'],
  'routes/admin.client-level-data': ['council-admin'],
  'routes/admin.client-level-data[.]csv': ['council-admin'],
  // Safeguarding: anyone may report a concern. Concern pages are for practitioners, and their loaders also require the
  // practitioner to be safeguarding-authorised (anyone else gets a 404, so a concern's existence is not disclosed).
  'routes/report-a-concern': 'everyone',
  'routes/report-a-concern_.sent': 'everyone',
  'routes/safeguarding': ['practitioner'],
  'routes/safeguarding_.concerns.$reference._index': ['practitioner'],
  'routes/safeguarding_.concerns.$reference.section-42': ['practitioner'],
  'routes/safeguarding_.concerns.$reference.enquiry': ['practitioner'],
  'routes/safeguarding_.concerns.$reference.close': ['practitioner'],
  // Aggregates with small numbers hidden: council administrators, and safeguarding-authorised practitioners.
  'routes/safeguarding_.counts': ['practitioner', 'council-admin'],
  'routes/safeguarding_.counts[.]csv': ['practitioner', 'council-admin'],
  'routes/people_.$personId.safeguarding': ['citizen'],
  'routes/people_.$personId.risks._index': ['citizen', 'practitioner'],
  'routes/people_.$personId.risks.$riskId': ['practitioner'],
} as const satisfies Record<string, Access>

export type RouteId = keyof typeof ROUTE_ACCESS

export function mayUse(access: Access, role: Role | null): boolean {
  if (access === 'everyone') return true
  if (role === null) return false
  if (access === 'signed-in') return true
  return access.includes(role)
}
