import { z } from 'zod'
import { parse, type Result } from '@open-sds/kernel'
import { IsoDateSchema, requiredText } from './fields.js'

/**
 * What was done to keep the adult safe now, once the concern was taken in (Care and Support Statutory Guidance, 14.79:
 * the first priority is the adult's immediate safety, before any enquiry): what was done, the day it was done and who
 * did it. Recorded by the worker on the concern; never changed, and a further action is another record.
 */
export const ImmediateActionSchema = z.object({
  whatWasDone: requiredText('Say what was done to keep the person safe', 2_000),
  doneOn: IsoDateSchema,
  takenBy: requiredText('Say who did it, for example you, the police or their GP', 200),
})
export type ImmediateAction = z.infer<typeof ImmediateActionSchema>

const labels = {
  whatWasDone: 'What was done to keep the person safe',
  doneOn: 'The date it was done',
  takenBy: 'Who did it',
}

/**
 * Checks an immediate safety action against its concern: it was done on or after the day the concern was received
 * (a step taken before is part of the concern itself) and not after today, both days in England.
 */
export function checkImmediateAction(
  input: unknown,
  concern: { receivedOn: string; today: string },
): Result<ImmediateAction> {
  return parse(
    ImmediateActionSchema.superRefine((action, context) => {
      if (action.doneOn < concern.receivedOn)
        context.addIssue({
          code: 'custom',
          path: ['doneOn'],
          message: 'The date it was done cannot be before the concern was received',
        })
      if (action.doneOn > concern.today)
        context.addIssue({ code: 'custom', path: ['doneOn'], message: 'The date it was done cannot be in the future' })
    }),
    input,
    { labels },
  )
}
