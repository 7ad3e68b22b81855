import { z } from 'zod'
import { oneOfField, textField } from './fields.js'

/** The grounds regulation 10 allows for treating a person as assessed without a full assessment. */
export const LIGHT_TOUCH_REASONS = [
  'capital-above-upper-limit',
  'can-clearly-afford-the-charge',
  'benefits-show-cannot-contribute',
  'small-flat-fee',
] as const

const isoDate = /^\d{4}-\d{2}-\d{2}$/

export const LightTouchSchema = z.strictObject({
  reason: oneOfField('Reason for a light-touch assessment', LIGHT_TOUCH_REASONS),
  /** What the council saw, recorded so the decision can be checked later. */
  evidence: textField('Evidence for the light-touch assessment', 2000),
  /**
   * Regulation 10: the person must agree to be treated as assessed. Without a recorded agreement a light-touch
   * assessment is refused; do a full one instead.
   */
  consent: z.strictObject(
    {
      agreedOn: z
        .string({ error: 'The date the person agreed must be written YYYY-MM-DD' })
        .regex(isoDate, { error: 'The date the person agreed must be written YYYY-MM-DD' }),
      recordedBy: textField('Who recorded the agreement'),
      how: textField('How the person agreed (for example "by phone" or "signed form")', 200),
    },
    {
      error:
        "A light-touch assessment needs the person's agreement recorded (consent: { agreedOn, recordedBy, how }): regulation 10 lets a council treat a person as assessed only if they agree",
    },
  ),
})
export type LightTouch = z.infer<typeof LightTouchSchema>
