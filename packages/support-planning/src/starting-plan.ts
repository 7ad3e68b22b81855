import type { CalendarDate } from '@open-sds/kernel'
import type { Funding, Plan } from './plan-schema.js'
import { nextReviewDate } from './review-date.js'

/**
 * Where a plan starts before anything is written into it: the person planning alone and managing their own money,
 * with the personal budget split as given, no outcomes or supports yet, and the first review a year from `today`.
 */
export function startingPlan(name: string, personalBudget: Funding['personalBudget'], today: CalendarDate): Plan {
  return {
    people: {
      person: { name },
      plannedWith: [{ name, role: 'the-person' }],
      moneyManagedBy: { name, role: 'the-person' },
    },
    outcomes: [],
    supports: [],
    funding: { personalBudget, otherStreams: [] },
    risksIChooseToTake: [],
    contingencyPlan: '',
    reviewDate: nextReviewDate(today),
  }
}
