import { addDays, formatLongDate, formatPence, ok, parse, type CalendarDate, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import { dateSchema, textSchema } from './amounts.js'
import { SOURCES, step, type Step } from './explanation.js'
import { RULES_VERSION } from './version.js'

/** Employer's liability insurance must cover at least £5 million (Employers' Liability (Compulsory Insurance) Regulations 1998). */
export const MINIMUM_EMPLOYERS_LIABILITY_COVER_PENCE = 500_000_000

const expires = dateSchema('The expiry date')

export const EvidenceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('employers-liability-insurance'),
    insurer: textSchema('The insurer'),
    coverPence: z
      .number({ error: 'The cover must be an amount in pence, such as 500000000 for £5,000,000' })
      .int({ error: 'The cover must be a whole number of pence' })
      .min(0, { error: 'The cover must be 0 or more, not a negative amount' }),
    expiresOn: expires,
  }),
  z.strictObject({
    kind: z.literal('payroll-provider'),
    provider: textSchema('The payroll provider'),
    expiresOn: expires,
  }),
  z.strictObject({ kind: z.literal('pension'), scheme: textSchema('The pension scheme'), expiresOn: expires }),
  z.strictObject({
    kind: z.literal('dbs'),
    personalAssistant: textSchema('The personal assistant’s name'),
    expiresOn: expires,
  }),
])
export type Evidence = z.infer<typeof EvidenceSchema>

const EmploymentSchema = z.strictObject({
  on: dateSchema('The date to check on'),
  /** How far ahead evidence counts as expiring soon. */
  warnWithinDays: z.number().int().min(0).max(365).default(30),
  recipientRole: z.enum(['the-person', 'nominated-person', 'authorised-person']),
  personalAssistants: z
    .array(
      z.strictObject({
        name: textSchema('The personal assistant’s name'),
        closeFamilyOrFriend: z.boolean().default(false),
      }),
    )
    // None named yet: the employer's evidence is still checked, and each PA's DBS check once they are named.
    .default([]),
  evidence: z.array(EvidenceSchema).default([]),
})
export type EmploymentInput = z.input<typeof EmploymentSchema>

export type EvidenceStatus = 'held' | 'expiring' | 'expired' | 'missing' | 'recommended' | 'not-enough'
export type EvidenceFinding = {
  kind: Evidence['kind']
  subject: string
  status: EvidenceStatus
  expiresOn?: CalendarDate
  text: string
  source?: string
}

export type EmploymentCheck = {
  on: CalendarDate
  findings: EvidenceFinding[]
  /** Findings a person must act on: missing, expired, expiring soon, or not enough cover. */
  toActOn: EvidenceFinding[]
  explanation: Step[]
  rulesVersion: string
}

const KIND_WORDS: Record<Evidence['kind'], string> = {
  'employers-liability-insurance': "Employer's liability insurance",
  'payroll-provider': 'Payroll provider',
  pension: 'Workplace pension',
  dbs: 'DBS check',
}

/**
 * What a person who employs personal assistants with a direct payment must have, on a date: employer's liability
 * insurance of at least £5 million, a payroll provider (PAYE and National Insurance), workplace pension evidence
 * (auto-enrolment, Pensions Act 2008) and DBS checks. A DBS check is required when an authorised person (s32)
 * employs someone who is not close family or a friend involved in the care, and recommended otherwise. For each:
 * held, expiring within the warning window, expired or missing. The newest evidence of each kind counts.
 */
export function checkEmploymentEvidence(input: unknown): Result<EmploymentCheck> {
  const parsed = parse(EmploymentSchema, input)
  if (!parsed.ok) return parsed
  const { on, warnWithinDays, recipientRole, personalAssistants, evidence } = parsed.value
  const soon = addDays(on, warnWithinDays)
  const newest = (matches: (item: Evidence) => boolean) =>
    evidence
      .filter(matches)
      .reduce<Evidence | undefined>(
        (best, item) => (best === undefined || item.expiresOn > best.expiresOn ? item : best),
        undefined,
      )
  const findings: EvidenceFinding[] = []
  const judge = (
    kind: Evidence['kind'],
    subject: string,
    item: Evidence | undefined,
    required: boolean,
    source: string,
  ) => {
    const name = `${KIND_WORDS[kind]}${kind === 'dbs' ? ` for ${subject}` : ''}`
    if (item === undefined) {
      findings.push({
        kind,
        subject,
        status: required ? 'missing' : 'recommended',
        text: required ? `${name}: no evidence held.` : `${name}: none held; recommended, not required.`,
        source,
      })
      return
    }
    const status: EvidenceStatus = item.expiresOn < on ? 'expired' : item.expiresOn <= soon ? 'expiring' : 'held'
    const words = { expired: 'expired on', expiring: 'expires soon, on', held: 'held until' }[status]
    findings.push({
      kind,
      subject,
      status,
      expiresOn: item.expiresOn,
      text: `${name}: ${words} ${formatLongDate(item.expiresOn)}.`,
      source,
    })
  }
  const insurance = newest((item) => item.kind === 'employers-liability-insurance')
  judge('employers-liability-insurance', 'the employer', insurance, true, SOURCES.employersLiability)
  if (
    insurance?.kind === 'employers-liability-insurance' &&
    insurance.coverPence < MINIMUM_EMPLOYERS_LIABILITY_COVER_PENCE
  )
    findings.push({
      kind: 'employers-liability-insurance',
      subject: 'the employer',
      status: 'not-enough',
      expiresOn: insurance.expiresOn,
      text: `Employer's liability insurance with ${insurance.insurer} covers ${formatPence(insurance.coverPence, { omitZeroPence: true })}, less than the £5,000,000 the law requires.`,
      source: SOURCES.employersLiability,
    })
  judge(
    'payroll-provider',
    'the employer',
    newest((item) => item.kind === 'payroll-provider'),
    true,
    SOURCES.onCosts,
  )
  judge(
    'pension',
    'the employer',
    newest((item) => item.kind === 'pension'),
    true,
    SOURCES.pensions,
  )
  for (const assistant of personalAssistants) {
    const required = recipientRole === 'authorised-person' && !assistant.closeFamilyOrFriend
    judge(
      'dbs',
      assistant.name,
      newest((item) => item.kind === 'dbs' && item.personalAssistant.toLowerCase() === assistant.name.toLowerCase()),
      required,
      SOURCES.dbsAuthorised,
    )
  }
  const toActOn = findings.filter((finding) => finding.status !== 'held' && finding.status !== 'recommended')
  const explanation = [
    step(
      'evidence',
      `Checked on ${formatLongDate(on)}; evidence expiring by ${formatLongDate(soon)} counts as expiring soon.`,
    ),
    ...findings.map((finding) =>
      step('evidence', finding.text, finding.source === undefined ? {} : { source: finding.source }),
    ),
  ]
  return ok({ on, findings, toActOn, explanation, rulesVersion: RULES_VERSION })
}
