import { z } from 'zod'
import { oneOfField, textField } from './fields.js'

/** The grounds regulation 10 allows for treating a person as assessed without a full assessment. */
export const LIGHT_TOUCH_REASONS = ['capital-above-upper-limit', 'can-clearly-afford-the-charge', 'benefits-show-cannot-contribute'] as const

export const LightTouchSchema = z.strictObject({
  reason: oneOfField('Reason for a light-touch assessment', LIGHT_TOUCH_REASONS),
  /** What the council saw, recorded so the decision can be checked later. */
  evidence: textField('Evidence for the light-touch assessment', 2000),
})
export type LightTouch = z.infer<typeof LightTouchSchema>
