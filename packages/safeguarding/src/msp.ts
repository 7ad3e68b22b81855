import { z } from 'zod'
import { optionalText, requiredText } from './fields.js'

/**
 * Making Safeguarding Personal: ask the person what they want to happen, as early as possible, and at
 * the end how far it happened. Whether they were asked is always recorded, and why not if not.
 */
export const DesiredOutcomesSchema = z.discriminatedUnion(
  'asked',
  [
    z.object({
      asked: z.literal(true),
      /** In the person's words; leave out if they were asked and chose not to say. */
      expressed: optionalText(4_000),
    }),
    z.object({
      asked: z.literal(false),
      whyNotAsked: requiredText('Say why the person was not asked what they want to happen', 2_000),
    }),
    /** The collection's "Don't know": nobody can now say whether the person was asked (SAC SG4a). */
    z.object({ asked: z.literal('dont-know'), note: optionalText(2_000) }),
  ],
  { error: 'Say whether the person was asked what they want to happen (asked: true, false or dont-know)' },
)
export type DesiredOutcomes = z.infer<typeof DesiredOutcomesSchema>

export const OutcomesAchievedSchema = z.enum(['fully', 'partly', 'not'], {
  error: 'Say whether the outcomes the person wanted were fully, partly or not achieved (fully, partly or not)',
})
export type OutcomesAchieved = z.infer<typeof OutcomesAchievedSchema>

/** The collection's MSP category for an enquiry (SAC SG4a, NHS England publication code). */
export type MspCategory = 'outcomes-expressed' | 'asked-none-expressed' | 'not-asked' | 'dont-know' | 'not-recorded'

export function mspCategory(desired: DesiredOutcomes | undefined): MspCategory {
  if (desired === undefined) return 'not-recorded'
  if (desired.asked === 'dont-know') return 'dont-know'
  if (!desired.asked) return 'not-asked'
  return desired.expressed !== undefined && desired.expressed !== '' ? 'outcomes-expressed' : 'asked-none-expressed'
}

/** Capacity is decision-specific (Mental Capacity Act 2005, s2), so a lack of it names the decision. */
export const MentalCapacitySchema = z.discriminatedUnion(
  'status',
  [
    z.object({ status: z.literal('has-capacity'), note: optionalText() }),
    z.object({
      status: z.literal('lacks-capacity'),
      decision: requiredText(
        'Capacity is decision-specific: say which decision the person lacks capacity to make',
        1_000,
      ),
      note: optionalText(),
    }),
    z.object({ status: z.literal('not-assessed'), note: optionalText() }),
  ],
  { error: 'Mental capacity must be has-capacity, lacks-capacity or not-assessed' },
)
export type MentalCapacity = z.infer<typeof MentalCapacitySchema>

/** Independent advocacy under Care Act s68, and who supported the person in the enquiry. */
export const AdvocacySchema = z
  .object({
    advocateOffered: z.boolean({ error: 'Say whether an independent advocate was offered (true or false)' }),
    advocateProvided: z.boolean({ error: 'Say whether an independent advocate was provided (true or false)' }),
    supportedBy: z.enum(['independent-advocate', 'family-member', 'friend', 'other', 'none'], {
      error: 'Who supported the person must be one of: independent-advocate, family-member, friend, other, none',
    }),
    note: optionalText(),
  })
  .refine((advocacy) => advocacy.advocateOffered || !advocacy.advocateProvided, {
    path: ['advocateOffered'],
    error: 'An advocate was provided, so record that one was offered too',
  })
export type Advocacy = z.infer<typeof AdvocacySchema>
