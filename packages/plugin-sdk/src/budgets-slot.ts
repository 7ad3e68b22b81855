import { DEFAULT_BUDGET_BY_HAND_WORKING_DAYS } from '@open-sds/ras'
import { z } from 'zod'
import type { ComposedConfiguration } from './configuration.js'

const label = 'Working days to work out a budget by hand'
const range = `${label} must be a whole number from 1 to 60`

/**
 * How a council handles personal budgets its RAS cannot give (issue 19, no dead end): how many working days a
 * practitioner takes to work one out by hand, told to the person when their answers are sent. The twin of the charging
 * policy's `chargeByHandWorkingDays`, with the same limits; 10 when not set. Set apart from the `ras` slot because
 * a council with no RAS published yet is the one that needs it. A later plugin's replaces an earlier one's whole.
 */
export const BudgetsSlotSchema = z.strictObject({
  budgetByHandWorkingDays: z
    .number({
      error: (issue) =>
        issue.input === undefined ? `${label} is required` : `${label} must be a number, not ${typeof issue.input}`,
    })
    .int({ error: range })
    .min(1, { error: range })
    .max(60, { error: range })
    .optional(),
})
export type BudgetsSlot = z.infer<typeof BudgetsSlotSchema>

/** The working days a budget worked out by hand takes: the plugins' setting, or 10. */
export const budgetByHandWorkingDaysOf = (site: Pick<ComposedConfiguration, 'slots'>): number =>
  site.slots.budgets?.budgetByHandWorkingDays ?? DEFAULT_BUDGET_BY_HAND_WORKING_DAYS
