import type { ActorRole } from './plan-record.js'
import type { PlanAction, PlanState } from './life-cycle.js'
import type {
  MoneyManagerSchema,
  PlannerRoleSchema,
  ProviderType,
  RepresentativeAuthoritySchema,
} from './plan-schema.js'
import type { z } from 'zod'

/*
 * The words a person reads for the plan's codes: one source for every page, form and download that shows them, so a
 * state is never "Sent to the council" on one page and "submitted" on another. Sentences about a state inside the
 * package's own messages ("A plan that is approved cannot ...") come from life-cycle.ts.
 */

/** A plan's state as a label on a page or in a list. */
export const planStateLabels: Record<PlanState, string> = {
  draft: 'Draft',
  submitted: 'Sent to the council',
  approved: 'Agreed by the council',
  returned: 'Returned for changes',
  active: 'Active',
  'under-review': 'Under review',
  revised: 'Revised, not yet sent',
  ended: 'Ended',
}

/** Each entry of a plan's history, as the history list reads. */
export const planHistoryLabels: Record<PlanAction | 'create', string> = {
  create: 'Plan started',
  edit: 'Draft saved',
  submit: 'Sent to the council for agreement',
  approve: 'Agreed by the council',
  return: 'Returned with reasons',
  activate: 'Made active: the money can be used',
  'flexible-change': 'Changed within the agreed outcomes, recorded without approval',
  'start-review': 'Review started',
  'complete-review': 'Reviewed and kept as it is',
  revise: 'Revised plan opened',
  end: 'Ended',
}

/** Who made a change, in a sentence ("by their representative"). */
export const actorRoleLabels: Record<ActorRole, string> = {
  person: 'the person',
  representative: 'their representative',
  practitioner: 'a practitioner',
  manager: 'a manager',
  planner: 'a planner',
  'family-or-friend': 'family or a friend',
  provider: 'a provider',
}

export const providerLabels: Record<ProviderType, string> = {
  'personal-assistant': 'A personal assistant I employ',
  agency: 'An agency',
  'community-group': 'A community group',
  'family-and-friends': 'Family and friends (unpaid, shown at £0)',
  equipment: 'Equipment',
  telecare: 'Telecare',
  other: 'Something else',
}

export const frequencyLabels = {
  week: 'Every week',
  month: 'Every month',
  year: 'Every year',
  'one-off': 'Once (a one-off cost)',
} as const

export const plannerRoleLabels: Record<z.infer<typeof PlannerRoleSchema>, string> = {
  'the-person': 'The person themselves',
  'family-or-friend': 'Family or a friend',
  'independent-planner': 'An independent planner',
  'user-led-organisation': 'A user-led organisation',
  practitioner: 'A practitioner',
  advocate: 'An advocate',
  other: 'Someone else',
}

export const moneyManagerLabels: Record<z.infer<typeof MoneyManagerSchema>, string> = {
  'the-person': 'The person themselves',
  'nominated-person': 'Someone they nominate',
  council: 'The council (a managed account)',
  provider: 'A provider (an individual service fund)',
  'third-party': 'Another organisation',
}

export const representativeAuthorityLabels: Record<z.infer<typeof RepresentativeAuthoritySchema>, string> = {
  'lasting-power-of-attorney': 'Lasting power of attorney',
  'court-appointed-deputy': 'Deputy appointed by the Court of Protection',
  'appropriate-individual': 'An appropriate individual (Care Act)',
  advocate: 'An independent advocate',
  informal: 'Informally, with the person’s agreement',
}

/** How the budget is held, as the choice reads to the person making it. */
export const fundingOptionLabels = {
  'direct-payment': 'A direct payment: the money is paid to me (or someone I nominate) and I buy my support',
  'managed-account': 'A managed account: the council holds the money and pays for the support I choose',
  'individual-service-fund': 'An individual service fund: a provider I choose holds the money for me',
  mix: 'A mix of these',
} as const
