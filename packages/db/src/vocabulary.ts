// The fixed words the database stores for roles and relationships. They live apart from the drizzle schema and the
// zod records so both can use them, and so drizzle-kit can load the schema without loading zod.

export const roles = ['citizen', 'practitioner', 'finance-officer', 'council-admin', 'ulo-admin'] as const
export type Role = (typeof roles)[number]

// How an account stands to a person's record: the person themselves, someone acting for them, or a practitioner
// with the person on their caseload.
export const relationships = ['self', 'representative', 'practitioner'] as const
export type Relationship = (typeof relationships)[number]

// Where a self-assessment stands: being filled in (and saved to come back to), or sent in and fixed for good.
export const assessmentStatuses = ['draft', 'submitted'] as const
export type AssessmentStatus = (typeof assessmentStatuses)[number]

// The kinds of work that arrive at the council's front door and enter a team's queue (issue 18), and how urgent a
// manager says an allocated piece of work is.
export const workKinds = [
  'self-assessment',
  'safeguarding-concern',
  'financial-assessment',
  'plan-agreement',
  'referral',
  'proxy-request',
  'carer-assessment',
] as const
export type WorkKind = (typeof workKinds)[number]
export const workPriorities = ['urgent', 'high', 'standard', 'low'] as const
export type WorkPriority = (typeof workPriorities)[number]
// What happens to a work item after it arrives: a manager allocates it, a worker takes it, it is closed when done.
export const workEvents = ['allocated', 'taken', 'closed'] as const
export type WorkEvent = (typeof workEvents)[number]

// How a request for help ends (issue 18), the words of @open-sds/support-planning's referral.ts, which maps each to
// the Client Level Data event outcome; and how its person was found: an existing record, or one made from it.
export const referralOutcomes = [
  'assessment-started',
  'information-and-advice',
  'referred-to-nhs',
  'self-funding',
  'support-declined',
  'moved-to-another-council',
  'no-further-action',
] as const
export type ReferralOutcome = (typeof referralOutcomes)[number]
export const recordLinkHows = ['found', 'created'] as const

// Proxy access (issue 18, decision 035): how far someone acting for a person may go, and the steps of its history.
// The rules over them are @open-sds/support-planning's (proxy-access.ts), which keeps the same words.
export const proxyScopes = ['see-records', 'send-forms', 'everything'] as const
export type ProxyScope = (typeof proxyScopes)[number]
export const proxySteps = ['granted', 'refused', 'accepted', 'ended'] as const

/** How an agreed carer's budget reaches them, in the words of the Client Level Data return's delivery mechanisms. */
export const carerBudgetDeliveries = [
  'direct-payment',
  'cassr-managed-personal-budget',
  'cassr-commissioned-support',
] as const
export const carerBudgetKinds = ['one-off', 'recurring'] as const
export const carerBudgetPeriods = ['week', 'four-weeks', 'year'] as const
/** A combined assessment: whose word (the carer's or the cared-for person's) and what it was. */
export const combinedAssessmentParties = ['carer', 'cared-for'] as const
export const combinedAssessmentWords = ['agreed', 'withdrew'] as const
export type CarerBudgetDelivery = (typeof carerBudgetDeliveries)[number]
