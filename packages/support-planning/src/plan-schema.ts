import { z } from 'zod'
import { PersonalOutcomeSchema } from '@open-sds/outcomes'
import { formatPence } from '@open-sds/kernel'

/**
 * One million pounds. With at most 1,000 units a line and 500 lines, every yearly sum stays far below 2^53, so
 * pence stay exact in a JavaScript number.
 */
const maxPence = 100_000_000

function pence(label: string) {
  return z
    .number({
      error: (issue) =>
        issue.input === undefined ? undefined : `${label} must be an amount in pence, such as 1550 for £15.50`,
    })
    .int({ error: `${label} must be a whole number of pence, such as 1550 for £15.50` })
    .min(0, { error: `${label} must be 0 or more, in pence` })
    .max(maxPence, { error: `${label} must be no more than ${formatPence(maxPence)}` })
}

const name = (label: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${label} must not be empty` })
    .max(200, { error: `${label} must be 200 characters or fewer` })

const id = z.string().trim().min(1, { error: 'Id must not be empty' }).max(100)

export const PlannerRoleSchema = z.enum([
  'the-person',
  'family-or-friend',
  'independent-planner',
  'user-led-organisation',
  'practitioner',
  'advocate',
  'other',
])
export const MoneyManagerSchema = z.enum(['the-person', 'nominated-person', 'council', 'provider', 'third-party'])
export const RepresentativeAuthoritySchema = z.enum([
  'lasting-power-of-attorney',
  'court-appointed-deputy',
  'appropriate-individual',
  'advocate',
  'informal',
])

export const PeopleSchema = z.object({
  /** Whose plan this is. */
  person: z.object({ name: name('The person’s name') }),
  /** Who helped make the plan, the person included. */
  plannedWith: z
    .array(z.object({ name: name('Name'), role: PlannerRoleSchema }))
    .min(1, { error: 'Say who made the plan, even if it was the person alone' }),
  /** Who receives and looks after the direct payment or holds the account. */
  moneyManagedBy: z.object({ name: name('Name of who manages the money'), role: MoneyManagerSchema }),
  /** Someone who can act for the person, and on what authority. */
  representative: z
    .object({
      name: name('Representative’s name'),
      relationship: z.string().max(200),
      authority: RepresentativeAuthoritySchema,
    })
    .optional(),
})
export type People = z.infer<typeof PeopleSchema>

export const ProviderTypeSchema = z.enum([
  'personal-assistant',
  'agency',
  'community-group',
  'family-and-friends',
  'equipment',
  'telecare',
  'other',
])
export type ProviderType = z.infer<typeof ProviderTypeSchema>

export const FrequencySchema = z.object({
  per: z.enum(['week', 'month', 'year', 'one-off']),
  /** How many units (hours, visits, items) each week, month or year, or in total for a one-off. */
  count: z
    .number({ error: (issue) => (issue.input === undefined ? undefined : 'How many must be a number') })
    .int({ error: 'How many must be a whole number' })
    .min(1, { error: 'How many must be 1 or more' })
    .max(1_000, { error: 'How many must be 1,000 or fewer' }),
})
export type Frequency = z.infer<typeof FrequencySchema>

export const SupportSchema = z.object({
  id,
  /** The outcome this support is for: the id of one of the plan's outcomes. */
  outcomeId: id,
  providerType: ProviderTypeSchema,
  description: z
    .string()
    .max(500, { error: 'Keep the description to 500 characters or fewer' })
    .regex(/\S/, { error: 'Say what the support is' }),
  frequency: FrequencySchema,
  unitCostPence: pence('Unit cost'),
  /**
   * The service in the directory (ORUK `service.id`) this support buys, with its name as it was on the day it was
   * chosen, so the plan still says what was agreed when the directory's listing changes or goes (issue 17).
   */
  directoryService: z
    .object({
      id: z.uuid({ error: 'The directory service id must be a uuid' }),
      name: z.string().trim().min(1, { error: 'Give the directory service’s name' }).max(200),
      chosenOn: z.iso.date({ error: 'Give the day the service was chosen, as YYYY-MM-DD' }),
      /** Who ran it and where, that day (ORUK organization and location ids), so a change of either can be told. */
      organizationId: z.uuid({ error: 'The directory organisation id must be a uuid' }).optional(),
      locationIds: z
        .array(z.uuid({ error: 'Each directory location id must be a uuid' }))
        .max(50, { error: 'A directory service can name at most 50 locations' })
        .optional(),
      /** The listing's `last_modified` that day: a later one means the listing has changed since. */
      lastModified: z.iso
        .datetime({ offset: true, error: 'Give when the listing last changed, as a date and time' })
        .optional(),
    })
    .optional(),
  /**
   * Replacement care: care for this person that meets their carer's needs (a sitter, a break). It belongs here, in the
   * cared-for person's plan and budget, never the carer's (Care Act s14(3)); the carer is named so both records show it.
   */
  replacementCareFor: z
    .object({
      carerPersonId: id,
      carerName: z.string().trim().min(1, { error: 'Give the carer’s name' }).max(200),
    })
    .optional(),
})
export type Support = z.infer<typeof SupportSchema>

export const OtherFundingSourceSchema = z.enum([
  'nhs-personal-health-budget',
  'nhs-continuing-healthcare',
  'nhs-funded-nursing-care',
  'access-to-work',
  'disabled-facilities-grant',
  'own-money',
  'other',
])

export const FundingSchema = z.object({
  /**
   * The personal budget: the council's contribution plus the person's assessed contribution, and how it is paid.
   * Direct payment, managed account and individual service fund must add up to `weeklyPence`.
   */
  personalBudget: z.object({
    weeklyPence: pence('Personal budget'),
    assessedContributionWeeklyPence: pence('Assessed contribution'),
    directPaymentWeeklyPence: pence('Direct payment'),
    managedAccountWeeklyPence: pence('Managed account'),
    individualServiceFundWeeklyPence: pence('Individual service fund'),
  }),
  /** Money alongside the personal budget: NHS, Access to Work, a Disabled Facilities Grant, the person's own. */
  otherStreams: z.array(
    z.object({
      source: OtherFundingSourceSchema,
      description: z.string().max(500),
      weeklyPence: pence('Weekly amount'),
      oneOffPence: pence('One-off amount'),
    }),
  ),
})
export type Funding = z.infer<typeof FundingSchema>

/**
 * A risk the person chooses to take. Deliberately minimal: the safeguarding package will extend it with how the
 * risk is managed and who agreed it (positive risk-taking), keeping `id` and `description`.
 */
export const RiskIChooseToTakeSchema = z.object({
  id,
  description: z.string().max(2000).regex(/\S/, { error: 'Describe the risk in the person’s own words' }),
})
export type RiskIChooseToTake = z.infer<typeof RiskIChooseToTakeSchema>

export const PlanSchema = z.object({
  people: PeopleSchema,
  outcomes: z.array(PersonalOutcomeSchema),
  supports: z.array(SupportSchema).max(500, { error: 'A plan can have at most 500 supports' }),
  funding: FundingSchema,
  risksIChooseToTake: z.array(RiskIChooseToTakeSchema),
  /** What happens when things go wrong: the PA is ill, the carer is in hospital. */
  contingencyPlan: z.string().max(5000, { error: 'Keep the contingency plan to 5,000 characters or fewer' }),
  reviewDate: z.iso.date(),
  /** Why the review is later than twelve months after agreement, when the practitioner set it so (see chooseReviewDate). */
  reviewDateReason: z
    .string()
    .max(2000, { error: 'Keep the reason for a later review to 2,000 characters or fewer' })
    .optional(),
})
export type Plan = z.infer<typeof PlanSchema>

export const planFieldLabels = {
  outcomes: 'Outcomes',
  supports: 'Supports',
  providerType: 'Who provides it',
  description: 'Description',
  outcomeId: 'Outcome',
  per: 'How often',
  words: 'Outcome in their own words',
  linkedItems: 'Linked outcomes',
  frameworkId: 'Framework',
  itemId: 'Framework outcome',
  source: 'Source of the money',
  role: 'Role',
  authority: 'Authority to act',
  contingencyPlan: 'Contingency plan',
  reviewDate: 'Review date',
  reviewDateReason: 'Why the review is later than 12 months',
  risksIChooseToTake: 'Risks I choose to take',
} as const
