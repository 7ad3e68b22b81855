// What the carer's plan form offers and how its codes read: shared by the page and its server code.
import type { CarerBudgetDelivery } from '@open-sds/db'

/** The support rows a practitioner's plan form offers: a carer's plan rarely has more (breaks, a course, a gym). */
export const SUPPORT_ROWS = 3

export const DELIVERY_WORDS: Record<CarerBudgetDelivery, string> = {
  'direct-payment': 'A direct payment to the carer',
  'cassr-managed-personal-budget': 'Held and spent by the council for the carer (a council-managed budget)',
  'cassr-commissioned-support': 'Support the council arranges (commissioned support)',
}

export const PER_WORDS: Record<string, string> = { week: 'a week', 'four-weeks': 'every four weeks', year: 'a year' }

export const INCOME_FIELDS = [
  { field: 'incomeEarnings', kind: 'earnings', label: 'The carer’s earnings' },
  { field: 'incomePartnerEarnings', kind: 'partner-earnings', label: 'Their partner’s earnings' },
  { field: 'incomeBenefits', kind: 'benefits', label: 'Benefits' },
  { field: 'incomePension', kind: 'pension', label: 'Pensions' },
  { field: 'incomeOther', kind: 'other', label: 'Other income' },
] as const
