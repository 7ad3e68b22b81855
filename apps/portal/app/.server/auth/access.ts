import type { Role } from './roles.js'

/**
 * Who may use each route: the one place that says so. Every loader and action calls `authorise` with its own
 * route id, and the route-walk test fails when a route exists that is not listed here.
 */
export type Access = 'everyone' | 'signed-in' | readonly Role[]

export const ROUTE_ACCESS = {
  'routes/_front+/_index': 'everyone',
  'routes/_front+/pages.$slug': 'everyone',
  'routes/_front+/brand[.]css': 'everyone',
  'routes/_front+/favicon[.]svg': 'everyone',
  'routes/_front+/ping': 'everyone',
  'routes/_front+/$': 'everyone',
  'routes/_front+/request-refused': 'everyone',
  // The Open Referral UK feed of the service directory: open data for anyone and any system (issue 17).
  'routes/_directory+/oruk._index': 'everyone',
  'routes/_directory+/oruk.services._index': 'everyone',
  'routes/_directory+/oruk.services.$id': 'everyone',
  'routes/_directory+/oruk.taxonomies._index': 'everyone',
  'routes/_directory+/oruk.taxonomies.$id': 'everyone',
  'routes/_directory+/oruk.taxonomy[_]terms._index': 'everyone',
  'routes/_directory+/oruk.taxonomy[_]terms.$id': 'everyone',
  'routes/_directory+/oruk.$': 'everyone',
  // Finding local support: information and advice for everyone, signed in or not (Care Act s4, issue 17).
  'routes/_directory+/find-support._index': 'everyone',
  'routes/_directory+/find-support.services.$serviceId': 'everyone',
  // Organisations list their services from any account (decision 042); a page answers only about the organisations
  // the account signed up. The council administrator is the directory's assurer, who checks listings.
  'routes/_directory+/list-your-service._index': 'signed-in',
  'routes/_directory+/list-your-service.sign-up': 'signed-in',
  'routes/_directory+/list-your-service.$organizationId.new': 'signed-in',
  'routes/_directory+/list-your-service.$organizationId.services.$serviceId': 'signed-in',
  'routes/_directory+/admin.directory._index': ['council-admin'],
  'routes/_directory+/admin.directory.$serviceId': ['council-admin'],
  'routes/_directory+/admin.directory.import': ['council-admin'],
  'routes/_directory+/admin.directory.imports.$importId': ['council-admin'],
  'routes/_front+/sign-up': 'everyone',
  'routes/_front+/sign-in': 'everyone',
  // The second step of signing in (decision 033): its loader answers only a half-signed-in session.
  'routes/_front+/sign-in_.code': 'everyone',
  'routes/_front+/forgotten-password': 'everyone',
  'routes/_front+/reset-password': 'everyone',
  // Open to everyone only on a demo (its loader answers 404 otherwise): the messages the portal would have sent.
  'routes/_front+/outbox': 'everyone',
  'routes/_front+/sign-out': 'signed-in',
  'routes/_front+/account': 'signed-in',
  'routes/_front+/account_.details': 'signed-in',
  'routes/_front+/account_.password': 'signed-in',
  'routes/_front+/account_.email': 'signed-in',
  // Email or text message, standard or Easy Read (issue 15).
  'routes/_front+/account_.contact': 'signed-in',
  // A second factor is for council staff (issue 18); a half-signed-in session that must set one up reaches it too.
  'routes/_front+/account_.two-factor': ['practitioner', 'finance-officer', 'council-admin'],
  // Followed from the new address's mailbox, perhaps on another device: the link alone is the proof.
  'routes/_front+/confirm-email': 'everyone',
  'routes/_front+/verify-email': 'everyone',
  'routes/_front+/my-care': ['citizen'],
  'routes/_front+/people.$personId': ['citizen', 'practitioner'],
  // Secure messages (issue 15): the person and whoever acts for them, and the staff who work with the person (the
  // loader checks which; anyone else gets a 404). Staff list the threads they have not read.
  'routes/_messages+/people_.$personId.messages': ['citizen', 'practitioner', 'finance-officer'],
  'routes/_messages+/work.messages': ['practitioner', 'finance-officer'],
  // Proxy access (issue 18, decision 035). A person asks from their account and sees who can act for them; the
  // proxy's page lists whom they act for. The link to accept is opened by anyone (its loader says nothing about the
  // request until an account with the address it was sent to is signed in). A practitioner checks and grants it.
  'routes/_proxies+/my-care_.act-for-me._index': ['citizen'],
  'routes/_proxies+/my-care_.act-for-me.new': ['citizen'],
  'routes/_proxies+/acting-for._index': ['citizen'],
  'routes/_proxies+/acting-for.accept': 'everyone',
  'routes/_proxies+/work.proxy-requests.$requestId': ['practitioner'],
  // Carers (issue 16): a carer signs in as themselves; a practitioner in a team that handles carers' assessments, or
  // with the carer on their caseload, determines eligibility (the loader checks which; anyone else gets a 404).
  'routes/_carers+/carers._index': ['citizen'],
  'routes/_carers+/carers.cares-for': ['citizen'],
  'routes/_carers+/carers.self-assessment.$questionId': ['citizen'],
  'routes/_carers+/carers.self-assessment.check': ['citizen'],
  'routes/_carers+/work.carer-assessments.$assessmentId': ['practitioner'],
  'routes/_carers+/work.carer-assessments.$assessmentId_.combined': ['practitioner'],
  // The carer reads their plan and budget and writes their emergency plan; the practitioners who may determine their
  // eligibility agree the plan with them (the loader checks which; anyone else gets a 404).
  'routes/_carers+/carers.plan': ['citizen'],
  'routes/_carers+/carers.emergency-plan': ['citizen'],
  'routes/_carers+/work.carers.$personId.plan': ['practitioner'],
  // A carer's budget paid as a direct payment joins the direct-payment life cycle (issue 16).
  'routes/_carers+/finance_.direct-payments.carer.$personId': ['finance-officer'],
  // Finding a person is for staff only; anyone else is told there is no such page (issue 18).
  'routes/_find+/find-a-person._index': ['practitioner', 'finance-officer', 'council-admin'],
  'routes/_find+/find-a-person.$personId': ['practitioner', 'finance-officer', 'council-admin'],
  'routes/_self-assessment+/people_.$personId.self-assessment._index': ['citizen'],
  'routes/_self-assessment+/people_.$personId.self-assessment.$questionId': ['citizen'],
  'routes/_self-assessment+/people_.$personId.self-assessment.check': ['citizen'],
  'routes/_self-assessment+/people_.$personId.budget': ['citizen'],
  // A decision letter, for the person and whoever acts for them (issue 15, decision 052); the loader checks which.
  'routes/_letters+/people_.$personId.letters.$letterId': ['citizen'],
  'routes/_charging+/people_.$personId.financial-assessment._index': ['citizen'],
  'routes/_charging+/people_.$personId.financial-assessment.$step': ['citizen'],
  'routes/_charging+/people_.$personId.financial-assessment.evidence': ['citizen'],
  'routes/_charging+/people_.$personId.financial-assessment.check': ['citizen'],
  'routes/_charging+/people_.$personId.financial-assessment.result': ['citizen'],
  'routes/_charging+/charging-estimate': 'everyone',
  'routes/_front+/practitioner': ['practitioner'],
  'routes/_self-assessment+/practitioner_.assessments.$assessmentId': ['practitioner'],
  'routes/_self-assessment+/practitioner_.budgets-by-hand.$assessmentId': ['practitioner'],
  'routes/_plans+/people_.$personId.plan._index': ['citizen'],
  'routes/_plans+/people_.$personId.plan.people': ['citizen'],
  'routes/_plans+/people_.$personId.plan.outcomes': ['citizen'],
  'routes/_plans+/people_.$personId.plan.supports': ['citizen'],
  'routes/_plans+/people_.$personId.plan.money': ['citizen'],
  'routes/_plans+/people_.$personId.plan.contingency': ['citizen'],
  'routes/_plans+/people_.$personId.plan.review': ['citizen'],
  'routes/_plans+/people_.$personId.plan[.]json': ['citizen', 'practitioner'],
  'routes/_plans+/practitioner_.plans._index': ['practitioner'],
  'routes/_plans+/practitioner_.plans.$planId': ['practitioner'],
  'routes/_plans+/practitioner_.plans.$planId_.review': ['practitioner'],
  'routes/_charging+/finance': ['finance-officer'],
  // Teams are made of staff who do casework (issue 18); a page answers only about the teams the viewer is in.
  'routes/_work+/work.queue': ['practitioner', 'finance-officer'],
  'routes/_work+/work.caseload': ['practitioner', 'finance-officer'],
  // Each list on it is shown only to those whose pages it leads to (plan reviews, financial assessments, concerns).
  'routes/_work+/work.due': ['practitioner', 'finance-officer'],
  'routes/_work+/work.items.$itemId': ['practitioner', 'finance-officer'],
  // Finance officers review every financial assessment sent to the council: the queue is their caseload.
  'routes/_charging+/finance_.assessments.$assessmentId': ['finance-officer'],
  'routes/_charging+/finance_.evidence.$evidenceId': ['finance-officer'],
  // Direct payments after the plan (issue 14): the finance officer sets them up, pays, checks returns and decides;
  // the person or their representative sees their money and sends returns.
  'routes/_direct-payments+/finance_.direct-payments._index': ['finance-officer'],
  'routes/_direct-payments+/finance_.direct-payments.new.$personId': ['finance-officer'],
  'routes/_direct-payments+/finance_.direct-payments.run': ['finance-officer'],
  'routes/_direct-payments+/finance_.direct-payments.runs.$runId[.]csv': ['finance-officer'],
  'routes/_direct-payments+/finance_.direct-payments.$agreementId': ['finance-officer'],
  'routes/_direct-payments+/finance_.direct-payments.$agreementId_.evidence': ['finance-officer'],
  'routes/_direct-payments+/finance_.direct-payments.documents.$documentId': ['finance-officer'],
  'routes/_direct-payments+/people_.$personId.money._index': ['citizen'],
  'routes/_direct-payments+/people_.$personId.money.documents.$documentId': ['citizen'],
  'routes/_direct-payments+/people_.$personId.money.return': ['citizen'],
  'routes/_direct-payments+/people_.$personId.money.returns.$returnId': ['citizen'],
  'routes/_direct-payments+/practitioner_.direct-payments.$agreementId.review': ['practitioner'],
  'routes/_admin+/admin._index': ['council-admin'],
  'routes/_admin+/admin.audit': ['council-admin'],
  'routes/_admin+/admin.messages': ['council-admin'],
  'routes/_admin+/admin.staff._index': ['council-admin'],
  'routes/_admin+/admin.staff.new': ['council-admin'],
  'routes/_admin+/admin.staff.$userId': ['council-admin'],
  'routes/_admin+/admin.teams._index': ['council-admin'],
  'routes/_admin+/admin.teams.new': ['council-admin'],
  'routes/_admin+/admin.teams.$teamId': ['council-admin'],
  'routes/_admin+/admin.audit[.]csv': ['council-admin'],
  'routes/_admin+/admin.ras': ['council-admin'],
  'routes/_safeguarding+/admin.safeguarding-staff': ['council-admin'],
  'routes/_charging+/admin.uprating': ['council-admin'],
  'routes/_coproduction+/organisation': ['ulo-admin'],
  'routes/_coproduction+/surveys._index': 'everyone',
  'routes/_coproduction+/surveys.$surveyId': 'everyone',
  'routes/_coproduction+/feedback': 'everyone',
  'routes/_coproduction+/coproduction._index': ['ulo-admin', 'council-admin'],
  'routes/_coproduction+/coproduction.surveys.$surveyId': ['ulo-admin', 'council-admin'],
  'routes/_coproduction+/coproduction.moderation': ['ulo-admin', 'council-admin'],
  'routes/_coproduction+/coproduction.you-said-we-did': ['ulo-admin', 'council-admin'],
  'routes/_admin+/admin.progress': ['council-admin'],
  'routes/_admin+/admin.progress[.]csv': ['council-admin'],
  'routes/_admin+/admin.client-level-data': ['council-admin'],
  'routes/_admin+/admin.client-level-data[.]csv': ['council-admin'],
  // Putting right what the national returns need: the council administrator for anyone (they make the return), a
  // practitioner for someone on their caseload (the loaders check it; anyone else gets a 404).
  'routes/_returns+/people_.$personId.return-details': ['practitioner', 'council-admin'],
  'routes/_returns+/people_.$personId.short-term-support._index': ['practitioner', 'council-admin'],
  'routes/_returns+/people_.$personId.short-term-support.$supportId': ['practitioner', 'council-admin'],
  // Safeguarding: anyone may report a concern. Concern pages are for practitioners, and their loaders also require the
  // practitioner to be safeguarding-authorised (anyone else gets a 404, so a concern's existence is not disclosed).
  // A request for help with care and support (issue 18): from anyone, a relative or a GP with no account too.
  'routes/_referrals+/ask-for-help': 'everyone',
  'routes/_referrals+/ask-for-help_.sent': 'everyone',
  // Staff in a team that handles requests for help, or an administrator; the loader checks the team.
  'routes/_referrals+/work.referrals.$reference': ['practitioner', 'finance-officer', 'council-admin'],
  'routes/_referrals+/work.referrals.$reference_.link': ['practitioner', 'finance-officer', 'council-admin'],
  'routes/_referrals+/work.referrals.$reference_.close': ['practitioner', 'finance-officer', 'council-admin'],
  'routes/_safeguarding+/report-a-concern': 'everyone',
  'routes/_safeguarding+/report-a-concern_.sent': 'everyone',
  'routes/_safeguarding+/safeguarding': ['practitioner'],
  'routes/_safeguarding+/safeguarding_.concerns.$reference._index': ['practitioner'],
  'routes/_safeguarding+/safeguarding_.concerns.$reference.section-42': ['practitioner'],
  'routes/_safeguarding+/safeguarding_.concerns.$reference.enquiry': ['practitioner'],
  'routes/_safeguarding+/safeguarding_.concerns.$reference.close': ['practitioner'],
  'routes/_safeguarding+/safeguarding_.concerns.$reference.link': ['practitioner'],
  // Aggregates with small numbers hidden: council administrators, and safeguarding-authorised practitioners.
  'routes/_safeguarding+/safeguarding_.counts': ['practitioner', 'council-admin'],
  'routes/_safeguarding+/safeguarding_.counts[.]csv': ['practitioner', 'council-admin'],
  'routes/_safeguarding+/people_.$personId.safeguarding': ['citizen'],
  'routes/_safeguarding+/people_.$personId.risks._index': ['citizen', 'practitioner'],
  'routes/_safeguarding+/people_.$personId.risks.$riskId': ['practitioner'],
} as const satisfies Record<string, Access>

export type RouteId = keyof typeof ROUTE_ACCESS

/**
 * Pages about safeguarding concerns, finding a person and a carer's self-assessment answer "Page not found" to anyone signed in without the
 * role, whatever their role: a 403 would tell them there is something here to be kept from them.
 */
export const HIDDEN_FROM_OTHER_ROLES: ReadonlySet<RouteId> = new Set<RouteId>([
  'routes/_find+/find-a-person._index',
  'routes/_find+/find-a-person.$personId',
  'routes/_safeguarding+/safeguarding',
  'routes/_safeguarding+/safeguarding_.concerns.$reference._index',
  'routes/_safeguarding+/safeguarding_.concerns.$reference.section-42',
  'routes/_safeguarding+/safeguarding_.concerns.$reference.enquiry',
  'routes/_safeguarding+/safeguarding_.concerns.$reference.close',
  'routes/_safeguarding+/safeguarding_.concerns.$reference.link',
  'routes/_safeguarding+/people_.$personId.safeguarding',
  'routes/_direct-payments+/finance_.direct-payments._index',
  'routes/_direct-payments+/finance_.direct-payments.new.$personId',
  'routes/_direct-payments+/finance_.direct-payments.run',
  // A run's CSV: someone who may not see runs is told "Page not found", as for a run that does not exist.
  'routes/_direct-payments+/finance_.direct-payments.runs.$runId[.]csv',
  'routes/_direct-payments+/finance_.direct-payments.$agreementId',
  'routes/_direct-payments+/finance_.direct-payments.$agreementId_.evidence',
  'routes/_direct-payments+/practitioner_.direct-payments.$agreementId.review',
  // A carer's self-assessment: nobody but the practitioners who work with carers reaches a carer's record (issue 16).
  'routes/_carers+/work.carer-assessments.$assessmentId',
  'routes/_carers+/work.carer-assessments.$assessmentId_.combined',
  'routes/_carers+/work.carers.$personId.plan',
  'routes/_carers+/finance_.direct-payments.carer.$personId',
  // A person's messages: an administrator is told there is nothing here, as anyone outside the thread is.
  'routes/_messages+/people_.$personId.messages',
  'routes/_directory+/admin.directory._index',
  'routes/_directory+/admin.directory.$serviceId',
  'routes/_directory+/admin.directory.import',
  'routes/_directory+/admin.directory.imports.$importId',
])

/** Whether someone holding `roles` (one, or all of a member of staff's, decision 047) may use a page. */
export function mayUse(access: Access, roles: Role | readonly Role[] | null): boolean {
  if (access === 'everyone') return true
  if (roles === null) return false
  if (access === 'signed-in') return true
  const held: readonly Role[] = typeof roles === 'string' ? [roles] : roles
  return held.some((role) => access.includes(role))
}
