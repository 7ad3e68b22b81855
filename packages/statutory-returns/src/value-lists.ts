/**
 * The CLD value lists, as strings the national code joins on (match them exactly: the centre compares raw text).
 * Callers never write these strings: they give a neutral id (`service-user`, `direct-payment`), and the exporter
 * writes the string of the release being submitted. Each list also names strings that are valid in the return but
 * that no neutral id produces (Release 1 outcomes Release 2 dropped, for example), so a file can be checked against
 * the whole list. Sources and marks are those of the domain note statutory-returns.md section 4:
 * `verified: false` means the strings come from a secondary source or are not yet checked against the Arden & GEM
 * specification workbook, and should be checked before a council submits.
 */

export const releases = ['R1', 'R2'] as const
export type Release = (typeof releases)[number]

type Strings = { R1: string; R2: string }
const same = (value: string): Strings => ({ R1: value, R2: value })

export type CodedField<Id extends string> = {
  /** The CLD column the list is for. */
  column: string
  /** Neutral id -> the string written in each release. */
  codes: Record<Id, Strings>
  /** Strings valid in the list that no neutral id produces. */
  alsoValid?: Partial<Record<Release, readonly string[]>>
  source: string
  verified: boolean
}

const defineField = <Id extends string>(field: CodedField<Id>): CodedField<Id> => field

export const clientTypes = defineField({
  column: 'Client_Type',
  codes: {
    'service-user': { R1: 'Service User', R2: 'Service user' },
    'unpaid-carer': { R1: 'Carer', R2: 'Unpaid carer' },
    'unpaid-carer-known-by-association': { R1: 'Carer known by association', R2: 'Unpaid carer known by association' },
  },
  source:
    'NHSD-SALT and DHSC-DQ-R1 (Release 1); DHSC-DASH 2025-26 code (Release 2; the case of "Service user" is [unverified])',
  verified: false,
})

export const genders = defineField({
  column: 'Gender',
  codes: { male: same('Male'), female: same('Female'), other: same('Other'), unknown: same('Unknown') },
  source: 'Public code confirms Male and Female only; Other and Unknown are [unverified]',
  verified: false,
})

const ethnicityGroups = [
  [
    'White',
    [
      'English, Welsh, Scottish, Northern Irish or British',
      'Irish',
      'Gypsy or Irish Traveller',
      'Roma',
      'Any other White background',
    ],
  ],
  [
    'Mixed or multiple ethnic groups',
    [
      'White and Black Caribbean',
      'White and Black African',
      'White and Asian',
      'Any other Mixed or multiple ethnic background',
    ],
  ],
  ['Asian or Asian British', ['Indian', 'Pakistani', 'Bangladeshi', 'Chinese', 'Any other Asian background']],
  [
    'Black, Black British, Caribbean or African',
    ['Caribbean', 'African', 'Any other Black, Black British or Caribbean background'],
  ],
  ['Other ethnic group', ['Arab', 'Any other ethnic group']],
] as const

const ethnicityIds = [
  'white-british',
  'white-irish',
  'white-gypsy-or-irish-traveller',
  'white-roma',
  'white-other',
  'mixed-white-and-black-caribbean',
  'mixed-white-and-black-african',
  'mixed-white-and-asian',
  'mixed-other',
  'asian-indian',
  'asian-pakistani',
  'asian-bangladeshi',
  'asian-chinese',
  'asian-other',
  'black-caribbean',
  'black-african',
  'black-other',
  'other-arab',
  'other-any-other',
] as const
export type EthnicityId = (typeof ethnicityIds)[number] | 'refused' | 'not-known'

function ethnicityCodes(): Record<EthnicityId, Strings> {
  const labels = ethnicityGroups.flatMap(([group, items]) => items.map((item) => [group, item] as const))
  const codes = Object.fromEntries(
    labels.map(([group, item], index) => [ethnicityIds[index], { R1: `${group} - ${item}`, R2: `${group}: ${item}` }]),
  )
  return {
    ...(codes as Record<(typeof ethnicityIds)[number], Strings>),
    refused: { R1: 'No data - Refused', R2: 'No data: Refused' },
    'not-known': { R1: 'No data - Undeclared or Not known', R2: 'No data: Undeclared or not known' },
  }
}

export const ethnicities = defineField({
  column: 'Ethnicity',
  codes: ethnicityCodes(),
  source:
    'Domain note section 4: the 18 + 1 categories; Release 1 joins with " - ", Release 2 with ": " (NHSD-SALT, DHSC-DASH)',
  verified: true,
})

export const primarySupportReasons = defineField({
  column: 'Primary_Support_Reason',
  codes: {
    'physical-access-and-mobility': {
      R1: 'Physical Support: Access & mobility only',
      R2: 'Physical support: Access and mobility only',
    },
    'physical-personal-care': same('Physical Support: Personal care support'),
    'sensory-visual': same('Sensory Support: Support for visual impairment'),
    'sensory-hearing': same('Sensory Support: Support for hearing impairment'),
    'sensory-dual': same('Sensory Support: Support for dual impairment'),
    'memory-and-cognition': { R1: 'Support with Memory & Cognition', R2: 'Support with memory and cognition' },
    'learning-disability': { R1: 'Learning Disability Support', R2: 'Learning disability support' },
    'mental-health': { R1: 'Mental Health Support', R2: 'Mental health support' },
    'social-substance-misuse': {
      R1: 'Social Support: Substance misuse support',
      R2: 'Social support: Substance misuse support',
    },
    'social-asylum-seeker': same('Social Support: Asylum seeker support'),
    'social-isolation-or-other': {
      R1: 'Social Support: Support for Social Isolation/Other',
      R2: 'Social support: Support for social isolation or other reason',
    },
    'social-support-to-carer': {
      R1: 'Social Support: Support to Carer',
      R2: 'Social support: Support to unpaid carer',
    },
    unknown: same('Unknown'),
  },
  source:
    'NHSD-SALT (Release 1); DHSC-DASH confirms "Social support: Support to unpaid carer", the other Release 2 strings are [secondary]',
  verified: false,
})

export const accommodationStatuses = defineField({
  column: 'Accommodation_Status',
  codes: {
    'owner-occupier': same('Owner occupier or shared ownership scheme'),
    'tenant-social': { R1: 'Tenant', R2: 'Tenant: Local authority or other social housing provider' },
    'tenant-private': { R1: 'Tenant - private landlord', R2: 'Tenant: Private landlord' },
    'with-family-or-friends': {
      R1: 'Settled mainstream housing with family / friends',
      R2: 'Settled mainstream housing with family or friends',
    },
    'supported-accommodation': {
      R1: 'Supported accommodation / supported lodgings / supported group home',
      R2: 'Supported accommodation, supported lodgings or supported group home',
    },
    'shared-lives': same('Shared Lives scheme'),
    'approved-premises': same('Approved premises for offenders released from prison or under probation supervision'),
    'sheltered-or-extra-care': {
      R1: 'Sheltered housing / extra care housing / other sheltered housing',
      R2: 'Sheltered housing, extra care housing or other sheltered housing',
    },
    'mobile-accommodation': {
      R1: 'Mobile accommodation for Gypsy / Roma and Traveller communities',
      R2: 'Mobile accommodation for Gypsy, Roma and Traveller communities',
    },
    'rough-sleeper': { R1: 'Rough sleeper / squatting', R2: 'Rough sleeper or squatting' },
    'night-shelter': {
      R1: 'Night shelter / emergency hostel / direct access hostel',
      R2: 'Night shelter, emergency hostel or direct access hostel',
    },
    refuge: same('Refuge'),
    'temporary-by-council': same('Placed in temporary accommodation by the council (inc. homelessness resettlement)'),
    'short-term-guest': {
      R1: 'Staying with family / friends as a short-term guest',
      R2: 'Staying with family or friends as a short term guest',
    },
    'healthcare-facility': {
      R1: 'Acute / long-term healthcare residential facility or hospital',
      R2: 'Acute hospital or long term healthcare residential facility',
    },
    'care-home': same('Registered care home'),
    'nursing-home': same('Registered nursing home'),
    prison: {
      R1: 'Prison / Young offenders institution / detention centre',
      R2: 'Prison, young offenders institution or detention centre',
    },
    'other-temporary': same('Other temporary accommodation'),
    unknown: same('Unknown'),
  },
  source: 'Domain note section 4 (Release 1 to Release 2 mapping; Release 2 confirmed by DHSC literals)',
  verified: true,
})

export const employmentStatuses = defineField({
  column: 'Employment_Status',
  codes: {
    'paid-under-16-hours': same('Paid: Less than 16 hours a week'),
    'paid-16-hours-or-more': same('Paid: 16 or more hours a week'),
    'paid-hours-unknown': same('Paid: Hours per week unknown'),
    'seeking-work': { R1: 'Not in Paid Employment (seeking work)', R2: 'Not in paid employment: Seeking work' },
    'voluntary-work-only': {
      R1: 'Not in Paid Employment (voluntary work only)',
      R2: 'Not in paid employment: Voluntary work only',
    },
    'not-seeking-work-or-retired': {
      R1: 'Not in Paid Employment (not actively seeking work / retired)',
      R2: 'Not in paid employment: Not actively seeking work or retired',
    },
    unknown: same('Unknown'),
  },
  source: 'Domain note section 4',
  verified: true,
})

export const yesNo = defineField({
  column: 'Has_Unpaid_Carer',
  codes: { yes: same('Yes'), no: same('No') },
  source: 'Domain note section 3: "Yes" is seen in public code; "No" is [unverified]',
  verified: false,
})

export const clientFundingStatuses = defineField({
  column: 'Client_Funding_Status',
  codes: {
    'fully-client-funded': same('Fully client funded'),
    'joint-client-and-social-care': same('Joint client and social care funded'),
    'fully-social-care-funded': same('Fully social care funded'),
    unknown: same('Unknown'),
  },
  source: 'DHSC literals',
  verified: true,
})

export const eventOutcomes = defineField({
  column: 'Event_Outcome',
  codes: {
    'progress-to-reablement': { R1: 'Progress to Reablement/ST-Max', R2: 'Progress to reablement/ST-Max' },
    'progress-to-assessment': { R1: 'Progress to Assessment', R2: 'Progress to assessment, review or reassessment' },
    'progress-to-reassessment': {
      R1: 'Progress to Re-assessment / Unplanned Review',
      R2: 'Progress to assessment, review or reassessment',
    },
    'progress-to-support-planning': {
      R1: 'Progress to Support Planning / Services',
      R2: 'Progress to support planning or services',
    },
    // An open service carries on; Release 1 calls that provision of a service.
    'provision-of-service': { R1: 'Provision of service', R2: 'Continuation of support or services' },
    'continuation-of-support': { R1: 'No change in package', R2: 'Continuation of support or services' },
    'admitted-to-hospital': same('Admitted to hospital'),
    'nfa-moved-to-another-la': {
      R1: 'NFA - Moved to another LA',
      R2: 'NFA: Responsibility moved to another local authority',
    },
    'nfa-nhs-funded': {
      R1: 'NFA - 100% NHS funded care',
      R2: 'NFA: Referral to NHS services or NHS funded social care',
    },
    'nfa-self-funded': {
      R1: 'NFA - Self-funded client (Inc. 12wk disregard)',
      R2: 'NFA: Self-funded client or under 12wk disregard',
    },
    'nfa-information-and-advice': {
      R1: 'NFA - Information & Advice / Signposting only',
      R2: 'NFA: Information and advice or signposting',
    },
    'nfa-support-declined': { R1: 'NFA - Support declined', R2: 'NFA: Support declined' },
    'nfa-deceased': { R1: 'NFA - Deceased', R2: 'NFA: Deceased' },
    'support-ended-as-planned': { R1: 'Service ended as planned', R2: 'NFA: Support ended as planned' },
    'nfa-support-ended-other': { R1: 'NFA - Support ended: Other reason', R2: 'NFA: Support ended for other reason' },
    'nfa-no-services-other': {
      R1: 'NFA - No services offered: Other reason',
      R2: 'NFA: No services offered for other reason',
    },
    // Release 1 has no "referral to another service of the council"; its catch-all is written "NFA- Other".
    'nfa-other-la-service': { R1: 'NFA- Other', R2: 'NFA: Referral to other service within the local authority' },
    'nfa-other': { R1: 'NFA- Other', R2: 'NFA: Other' },
  },
  alsoValid: { R1: ['Progress to End of Life Care', 'Progress to financial assessment'] },
  source:
    'NHSD-SALT (Release 1, spacing of "NFA- Other" as in the code); DHSC-DASH 6-deduplication.md hierarchy (Release 2)',
  verified: true,
})

export const routesOfAccess = defineField({
  column: 'Request_Route_of_Access',
  codes: {
    'planned-entry': same('Planned Entry (Transition)'),
    'discharge-from-hospital': same('Discharge from Hospital'),
    'diversion-from-hospital': same('Diversion from Hospital Services'),
    'self-funder-depleted-funds': same('Self-funder with depleted funds'),
    prison: same('Prison'),
    'community-or-other': same('Community / Other route'),
  },
  source:
    'SALT categories (domain note section 4); the exact CLD strings are [unverified] until checked against the Arden & GEM workbook',
  verified: false,
})

export const assessmentTypes = defineField({
  column: 'Assessment_Type',
  codes: {
    'long-term': { R1: 'Long Term Support', R2: 'Long term assessment' },
    'short-term': { R1: 'Short Term Support', R2: 'Short term assessment' },
    'unpaid-carer': { R1: 'Carer Assessment', R2: 'Unpaid carer assessment' },
    financial: { R1: 'Financial Assessment', R2: 'Financial assessment' },
  },
  source:
    'R1 "Financial Assessment" (DHSC-DQ-R1) and R2 "Short term assessment" / "Long term assessment" (DHSC waiting-time code); the rest [unverified]',
  verified: false,
})

export const eligibleNeeds = defineField({
  column: 'Eligible_Needs_Identified',
  codes: { yes: same('Yes'), no: same('No') },
  source: 'Not in public code: [unverified]',
  verified: false,
})

export const methodsOfAssessment = defineField({
  column: 'Method_of_Assessment',
  codes: {
    'face-to-face': same('Face to face'),
    telephone: same('Telephone'),
    video: same('Video call'),
    'supported-self-assessment': same('Supported self-assessment'),
  },
  source: 'Not in public code: [unverified]',
  verified: false,
})

export const reviewReasons = defineField({
  column: 'Review_Reason',
  codes: {
    planned: same('Planned'),
    'unplanned-hospital': same('Unplanned - Hospital (Planned and unplanned episodes)'),
    'unplanned-carer': same('Unplanned - Carer related'),
    'unplanned-safeguarding': same('Unplanned - Safeguarding concern'),
    'unplanned-other': same('Unplanned - Other Reason'),
    'unplanned-provider-failure': same('Unplanned - Provider Failure'),
    'unplanned-commissioning-change': same('Unplanned - Change in Commissioning arrangements'),
  },
  alsoValid: { R2: ['Review of short term support'] },
  source:
    'NHSD-SALT PDF (Release 1); Release 2 keeps the Planned / Unplanned prefixes and adds "Review of short term support" (exact R2 strings [unverified])',
  verified: false,
})

export const reviewOutcomesAchieved = defineField({
  column: 'Review_Outcomes_Achieved',
  codes: {
    fully: same('Fully achieved'),
    partly: same('Partially achieved'),
    not: same('Not achieved'),
    unknown: same('Unknown'),
  },
  source: 'Not in public code: [unverified]; mapped from the rating scale the portal already uses at reviews',
  verified: false,
})

export const methodsOfReview = defineField({
  column: 'Method_of_Review',
  codes: { 'service-user-only': same('Service User Only'), 'service-user-and-carer': same('Service User and Carer') },
  source: 'NHSD-SALT PDF, LTS002; the full list is [unverified]',
  verified: false,
})

export const serviceTypes = defineField({
  column: 'Service_Type',
  codes: {
    'st-max': { R1: 'Short Term Support: ST-Max', R2: 'Short term support: ST-Max' },
    'ongoing-low-level': { R1: 'Short Term Support: Ongoing Low Level', R2: 'Short term support: Ongoing low level' },
    'other-short-term': { R1: 'Short Term Support: Other Short Term', R2: 'Short term support: Other short term' },
    'long-term-nursing': { R1: 'Long Term Support: Nursing Care', R2: 'Long term support: Nursing care' },
    'long-term-residential': { R1: 'Long Term Support: Residential Care', R2: 'Long term support: Residential care' },
    'long-term-community': { R1: 'Long Term Support: Community', R2: 'Long term support: Community' },
    'long-term-prison': { R1: 'Long Term Support: Prison', R2: 'Long term support: Prison' },
    'carer-direct': { R1: 'Carer Support: Direct to Carer', R2: 'Unpaid carer support: Direct to unpaid carer' },
    'carer-involving-cared-for': {
      R1: 'Carer Support: Support involving the person cared-for',
      R2: 'Unpaid carer support: Support involving the person cared-for',
    },
  },
  source: 'Domain note section 4 (both releases)',
  verified: true,
})

export const serviceComponents = defineField({
  column: 'Service_Component',
  codes: {
    reablement: same('Reablement'),
    'short-term-nursing': { R1: 'Short Term Nursing Care', R2: 'Short term nursing care' },
    'short-term-residential': { R1: 'Short Term Residential Care', R2: 'Short term residential care' },
    'long-term-nursing': { R1: 'Long Term Nursing Care', R2: 'Long term nursing care' },
    'long-term-residential': { R1: 'Long Term Residential Care', R2: 'Long term residential care' },
    'home-support': { R1: 'Home Support', R2: 'Home support or domiciliary care' },
    'day-support': { R1: 'Day Support', R2: 'Day support' },
    meals: same('Meals'),
    transport: same('Transport'),
    equipment: same('Equipment'),
    'direct-payment': { R1: 'Direct Payment', R2: 'Direct payment' },
    'shared-lives': same('Shared Lives'),
    'community-supported-living': { R1: 'Community Supported Living', R2: 'Community supported living' },
    'extra-care-housing': same('Extra care housing'),
    'professional-support-social-worker': { R1: 'Professional Support', R2: 'Professional support: Social worker' },
    'professional-support-other': { R1: 'Professional Support', R2: 'Professional support: Other' },
    'learning-education-employment': {
      R1: 'Learning/Education/Employment Support',
      R2: 'Learning, education or employment support',
    },
    'end-of-life-care': { R1: 'End of Life Care', R2: 'End of life care' },
    'emergency-support': { R1: 'Emergency Support', R2: 'Emergency support' },
    'other-short-term': { R1: 'Other Short Term Support', R2: 'Other short term support' },
    'other-long-term': { R1: 'Other Long Term Support', R2: 'Other long term support' },
    'carer-respite': { R1: 'Carer Respite', R2: 'Unpaid carer respite' },
    'carer-sitting-service': { R1: 'Carer Sitting Service', R2: 'Unpaid carer sitting service' },
    'carer-universal-services': { R1: 'Carer Universal Services', R2: 'Unpaid carer universal services' },
    'other-carer-support': { R1: 'Other Carer Support', R2: 'Other unpaid carer support' },
  },
  source:
    'DHSC-DQ-R1 and the Interweave FHIR IG copy of the V5 list (Release 1, partly secondary); DHSC confirms nine Release 2 strings, the rest [secondary]',
  verified: false,
})

export const deliveryMechanisms = defineField({
  column: 'Delivery_Mechanism',
  codes: {
    'direct-payment': { R1: 'Direct Payment', R2: 'Direct payment' },
    'cassr-managed-personal-budget': { R1: 'CASSR Managed Personal Budget', R2: 'CASSR managed personal budget' },
    'cassr-commissioned-support': { R1: 'CASSR Commissioned support', R2: 'CASSR commissioned support' },
  },
  alsoValid: { R1: ['CASSR Commissioned Support'] },
  source: 'NHSD-SALT (Release 1); DHSC-DASH (Release 2)',
  verified: true,
})

export const costFrequencies = defineField({
  column: 'Cost_Frequency_Unit_Type',
  codes: {
    none: same('None (no charge to client)'),
    'per-session': same('Per session'),
    hourly: same('Hourly'),
    daily: same('Daily'),
    weekly: same('Weekly'),
    fortnightly: same('Fortnightly'),
    'four-weekly': same('4-weekly'),
    monthly: same('Monthly'),
    quarterly: same('Quarterly'),
    annually: same('Annually'),
    'one-off': same('One-off'),
  },
  source: '[secondary]; consistent with the prefixes DHSC cost code recognises',
  verified: false,
})

export const hoursCaringBands = defineField({
  column: 'Total_Hrs_Caring_per_week',
  codes: {
    '0-19': same('0-19 hours'),
    '20-34': same('20-34 hours'),
    '35-49': same('35-49 hours'),
    '50-plus': same('50+ hours'),
    unknown: same('Unknown'),
  },
  source: 'A banded list (Release 2 maps it); the bands are [unverified]',
  verified: false,
})

export const eventTypes = defineField({
  column: 'Event_Type',
  codes: { request: same('Request'), assessment: same('Assessment'), service: same('Service'), review: same('Review') },
  source: 'NHSD-SALT and DHSC-DASH',
  verified: true,
})

/** Every coded list, by the CLD column it fills. */
export const codedFields = [
  clientTypes,
  genders,
  ethnicities,
  primarySupportReasons,
  accommodationStatuses,
  employmentStatuses,
  yesNo,
  clientFundingStatuses,
  eventTypes,
  eventOutcomes,
  routesOfAccess,
  assessmentTypes,
  eligibleNeeds,
  methodsOfAssessment,
  reviewReasons,
  reviewOutcomesAchieved,
  methodsOfReview,
  serviceTypes,
  serviceComponents,
  deliveryMechanisms,
  costFrequencies,
  hoursCaringBands,
] as readonly CodedField<string>[]

/** The strings a column may hold in a release (blank aside), for checking a file. */
export function valueList(field: CodedField<string>, release: Release): readonly string[] {
  return [
    ...new Set([
      ...Object.values(field.codes).map((strings) => strings[release]),
      ...(field.alsoValid?.[release] ?? []),
    ]),
  ]
}

/** Column name -> the set of strings it may hold in the release. */
export function valueListsByColumn(release: Release): Map<string, ReadonlySet<string>> {
  return new Map(codedFields.map((field) => [field.column, new Set(valueList(field, release))]))
}

export type CodeOf<F> = F extends CodedField<infer Id> ? Id : never
