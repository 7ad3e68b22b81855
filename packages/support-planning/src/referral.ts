import { parse, type Result } from '@open-sds/kernel'
import { z } from 'zod'

// "Ask for help with care and support" (issue 18, nothing lands nowhere): a request for oneself, for someone else or
// as a carer, from anyone, signed in or not. A referral for someone else usually comes from a relative, a GP or a
// neighbour with no account, so the form is public; the rules for what it must hold are here, beside where it goes.

/** Who the request is for: the person asking, someone else, or the person asking as their carer (issue 16). */
export const referralKinds = ['self', 'someone-else', 'carer'] as const
export type ReferralKind = (typeof referralKinds)[number]

/**
 * How staff close a request for help once they have dealt with it. Each ends the request as an event of the Client
 * Level Data return, whose outcome is the neutral code of @open-sds/statutory-returns in `referralEventOutcome`: a
 * request that ends in information and advice only is counted as such (issue 17), not as no further action.
 */
export const referralOutcomes = [
  'assessment-started',
  'information-and-advice',
  'referred-to-nhs',
  'self-funding',
  'support-declined',
  'moved-to-another-council',
  'no-further-action',
] as const
export type ReferralOutcome = (typeof referralOutcomes)[number]

export const referralKindLabels: Record<ReferralKind, string> = {
  self: 'For themselves',
  'someone-else': 'For someone else',
  carer: 'As a carer (a carer’s assessment)',
}

export const referralOutcomeLabels: Record<ReferralOutcome, string> = {
  'assessment-started': 'Assessment started',
  'information-and-advice': 'Information and advice only',
  'referred-to-nhs': 'Referred to the NHS',
  'self-funding': 'They will arrange and pay for their own care',
  'support-declined': 'They did not want support',
  'moved-to-another-council': 'Another council is responsible',
  'no-further-action': 'No further action, for another reason',
}

/** What each outcome means, for the worker choosing it. */
export const referralOutcomeHints: Record<ReferralOutcome, string> = {
  'assessment-started': 'They may have needs for care and support: an assessment of their needs follows',
  'information-and-advice':
    'They were given information or advice, or pointed to other local support, and need nothing more from us',
  'referred-to-nhs': 'Their needs are for the NHS to meet, and we passed the request on',
  'self-funding': 'They chose to arrange and pay for their own care, having been told of their right to an assessment',
  'support-declined': 'They were offered an assessment and said no',
  'moved-to-another-council': 'They live in another council’s area, or moved there',
  'no-further-action': 'Say why in the note',
}

/** The Client Level Data event outcome each ends the request with (@open-sds/statutory-returns' codes). */
export const referralEventOutcome: Record<ReferralOutcome, string> = {
  'assessment-started': 'progress-to-assessment',
  'information-and-advice': 'nfa-information-and-advice',
  'referred-to-nhs': 'nfa-nhs-funded',
  'self-funding': 'nfa-self-funded',
  'support-declined': 'nfa-support-declined',
  'moved-to-another-council': 'nfa-moved-to-another-la',
  'no-further-action': 'nfa-no-services-other',
}

/** Closing a request: what happened, and a note of why, in the worker's words. */
export const ReferralClosingSchema = z.object({
  outcome: z.enum(referralOutcomes, { error: 'Choose what happened with the request' }),
  note: z
    .string({ error: 'Write a short note of what was done and why' })
    .trim()
    .min(1, { error: 'Write a short note of what was done and why' })
    .max(2000, { error: 'The note must be 2000 characters or fewer' }),
})
export type ReferralClosing = z.output<typeof ReferralClosingSchema>

/** A closing as a worker sent it, checked: each refusal names its field. */
export function readReferralClosing(input: unknown): Result<ReferralClosing> {
  return parse(ReferralClosingSchema, input)
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
