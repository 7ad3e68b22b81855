import type { MoneyManagerSchema, PlannerRoleSchema, ProviderType, RepresentativeAuthoritySchema } from '@open-sds/support-planning'
import type { z } from 'zod'

// The words the plan's forms and pages show for the package's codes; shared by the pages and the server.

export const providerLabels: Record<ProviderType, string> = {
  'personal-assistant': 'A personal assistant I employ',
  agency: 'An agency',
  'community-group': 'A community group',
  'family-and-friends': 'Family and friends (unpaid, shown at £0)',
  equipment: 'Equipment',
  telecare: 'Telecare',
  other: 'Something else',
}

export const frequencyLabels = { week: 'Every week', month: 'Every month', year: 'Every year', 'one-off': 'Once (a one-off cost)' } as const

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

export const authorityLabels: Record<z.infer<typeof RepresentativeAuthoritySchema>, string> = {
  'lasting-power-of-attorney': 'Lasting power of attorney',
  'court-appointed-deputy': 'Deputy appointed by the Court of Protection',
  'appropriate-individual': 'An appropriate individual (Care Act)',
  advocate: 'An independent advocate',
  informal: 'Informally, with the person’s agreement',
}

export const moneyOptions = {
  'direct-payment': 'A direct payment: the money is paid to me (or someone I nominate) and I buy my support',
  'managed-account': 'A managed account: the council holds the money and pays for the support I choose',
  'individual-service-fund': 'An individual service fund: a provider I choose holds the money for me',
  mix: 'A mix of these',
} as const

