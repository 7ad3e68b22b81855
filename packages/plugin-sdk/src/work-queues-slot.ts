import { z } from 'zod'
import type { ComposedConfiguration } from './configuration.js'

/** The target a council sets for work to be picked up when no plugin says otherwise: 28 days to assessment. */
export const DEFAULT_WAITING_TARGET_DAYS = 28

/**
 * How a council runs its teams' queues (issue 18): how many days unallocated work may wait before the queue flags it
 * ("Waiting 31 days: over the 28-day target"). Like most slots, a later plugin's replaces an earlier one's whole.
 */
export const WorkQueuesSlotSchema = z.strictObject({
  waitingTargetDays: z
    .number({ error: 'must be a whole number of days' })
    .int({ error: 'must be a whole number of days' })
    .min(1, { error: 'must be at least 1 day' })
    .max(365, { error: 'must be 365 days or fewer' })
    .default(DEFAULT_WAITING_TARGET_DAYS),
})
export type WorkQueuesSlot = z.infer<typeof WorkQueuesSlotSchema>

/** The days unallocated work may wait before it is flagged: the plugins' setting, or 28. */
export const waitingTargetDaysOf = (site: Pick<ComposedConfiguration, 'slots'>): number =>
  site.slots.workQueues?.waitingTargetDays ?? DEFAULT_WAITING_TARGET_DAYS
