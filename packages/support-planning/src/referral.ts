import { parse, type Result } from '@open-sds/kernel'
import { z } from 'zod'

// "Ask for help with care and support" (issue 18, nothing lands nowhere): a request for oneself, for someone else or
// as a carer, from anyone, signed in or not. A referral for someone else usually comes from a relative, a GP or a
// neighbour with no account, so the form is public; the rules for what it must hold are here, beside where it goes.

/** Who the request is for: the person asking, someone else, or the person asking as their carer (issue 16). */
export const referralKinds = ['self', 'someone-else', 'carer'] as const
export type ReferralKind = (typeof referralKinds)[number]

/** How staff close a referral once they have dealt with it. */
export const referralOutcomes = ['assessment-started', 'information-and-advice', 'no-further-action'] as const
export type ReferralOutcome = (typeof referralOutcomes)[number]

export const referralKindLabels: Record<ReferralKind, string> = {
  self: 'For themselves',
  'someone-else': 'For someone else',
  carer: 'As a carer (a carer’s assessment)',
}

export const referralOutcomeLabels: Record<ReferralOutcome, string> = {
  'assessment-started': 'Assessment started',
  'information-and-advice': 'Information and advice only',
  'no-further-action': 'No further action',
}

const text = (message: string, max = 2000) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `Must be ${String(max)} characters or fewer` })
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Must be ${String(max)} characters or fewer` })
    .optional()
    .transform((value) => (value ? value : undefined))

export const ReferralSchema = z
  .object({
    kind: z.enum(referralKinds, { error: 'Choose who the help is for' }),
    personName: text('Enter the name of the person who needs help', 200),
    // A real calendar date, written YYYY-MM-DD (the form reads GOV.UK's day, month and year boxes into it).
    dateOfBirth: z.iso.date({ error: 'Enter the date of birth as a real date, like 27 3 1950' }).optional(),
    address: optionalText(500),
    personContact: optionalText(200),
    helpNeeded: text('Say what help is needed, in your own words', 5000),
    // For someone else: whether they know and agree, and if not, why the request is made without it.
    consent: z.enum(['yes', 'no']).optional(),
    noConsentReason: optionalText(2000),
    referrerName: optionalText(200),
    referrerContact: optionalText(200),
    referrerRelationship: optionalText(200),
  })
  .superRefine((value, context) => {
    if (value.kind === 'self') return
    if (!value.referrerName) context.addIssue({ code: 'custom', path: ['referrerName'], message: 'Enter your name' })
    if (!value.referrerContact)
      context.addIssue({
        code: 'custom',
        path: ['referrerContact'],
        message: 'Enter a phone number or email address so we can reach you',
      })
    if (value.kind !== 'someone-else') return
    if (!value.consent)
      context.addIssue({
        code: 'custom',
        path: ['consent'],
        message: 'Say whether the person knows about this request and agrees to it',
      })
    else if (value.consent === 'no' && !value.noConsentReason)
      context.addIssue({
        code: 'custom',
        path: ['noConsentReason'],
        message: 'Say why you are asking without their agreement',
      })
  })
export type ReferralInput = z.input<typeof ReferralSchema>
export type Referral = z.output<typeof ReferralSchema>

/** A referral as sent, checked: each refusal names its field in plain words. */
export function readReferral(input: unknown): Result<Referral> {
  return parse(ReferralSchema, input)
}
