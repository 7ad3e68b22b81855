import { z } from 'zod'
import {
  evidenceCategories,
  evidenceContentTypes,
  financialAssessmentKinds,
  financialAssessmentStatuses,
  MAX_EVIDENCE_BYTES,
} from '../schema/charging.js'

// The records the financial-assessment repository accepts and returns. The database does not know the charging
// rules: it stores the charging package's result exactly as given and copies out the figures it checks and counts.

export const FinancialAssessmentStatusSchema = z.enum(financialAssessmentStatuses)
export const FinancialAssessmentKindSchema = z.enum(financialAssessmentKinds)
export const EvidenceCategorySchema = z.enum(evidenceCategories, {
  error: `Evidence category must be one of: ${evidenceCategories.join(', ')}`,
})
export const EvidenceContentTypeSchema = z.enum(evidenceContentTypes, { error: 'The file must be a PDF, JPEG or PNG' })

const requiredText = (what: string, max = 200) =>
  z
    .string({ error: `${what} is missing` })
    .trim()
    .min(1, { error: `${what} is missing` })
    .max(max, { error: `${what} must be ${max} characters or fewer` })

const pence = (what: string) =>
  z
    .number({ error: `${what} must be a whole number of pence` })
    .int({ error: `${what} must be a whole number of pence` })
    .min(0, { error: `${what} must be 0 or more, in pence` })
    .max(Number.MAX_SAFE_INTEGER, { error: `${what} is too large` })

const isStorableJson = (value: unknown) => {
  try {
    return JSON.stringify(value) !== undefined
  } catch {
    return false
  }
}

export const FinancialAnswersSchema = z.record(z.string(), z.unknown(), {
  error: 'Answers must be an object of answers by field',
})
export type FinancialAnswers = z.infer<typeof FinancialAnswersSchema>

/** The outcome of an assessment as the charging package produced it, and the figures copied out of it. */
export const FinancialOutcomeSchema = z
  .object({
    result: z.unknown().refine((value) => value !== null && value !== undefined && isStorableJson(value), {
      error: 'The charging result is missing',
    }),
    weeklyChargePence: pence('Weekly charge'),
    weeklyCostOfCarePence: pence('Weekly cost of care'),
    rulesVersion: requiredText('Rules version'),
    policyName: requiredText('Policy name'),
    policyVersion: requiredText('Policy version'),
    ratesYear: requiredText('Rates year', 20),
    assessedFor: z.iso.date({
      error: 'The date the charge was worked out for must be a real date, written as YYYY-MM-DD',
    }),
  })
  .refine((outcome) => outcome.weeklyChargePence <= outcome.weeklyCostOfCarePence, {
    path: ['weeklyChargePence'],
    error: 'The weekly charge can never be more than the weekly cost of care (Care Act 2014 s14(4))',
  })
export type FinancialOutcome = z.input<typeof FinancialOutcomeSchema>

/** The parts of a charging result (`ChargeAssessment` from @open-sds/charging) that are copied into their own columns. */
export type ChargeFigures = {
  weeklyChargePence: number
  weeklyCostOfCarePence: number
  rulesVersion: string
  policy: { name: string; version: string }
  ratesYear: string
  assessedFor: string
}

/** A charging result as it is stored: the result whole, and the figures lists and reports read copied out of it. */
export function financialOutcomeOf(result: ChargeFigures): FinancialOutcome {
  return {
    result,
    weeklyChargePence: result.weeklyChargePence,
    weeklyCostOfCarePence: result.weeklyCostOfCarePence,
    rulesVersion: result.rulesVersion,
    policyName: result.policy.name,
    policyVersion: result.policy.version,
    ratesYear: result.ratesYear,
    assessedFor: result.assessedFor,
  }
}

/** A new version recorded over the current one: a finance officer's correction or confirmation. */
export const RecordFinancialVersionSchema = z
  .object({
    supersedesId: requiredText('The version being replaced'),
    kind: z.enum(['correction', 'confirmation'], { error: 'A new version is a correction or a confirmation' }),
    status: z.enum(['submitted', 'confirmed']),
    answers: FinancialAnswersSchema,
    outcome: FinancialOutcomeSchema,
    reason: z.string().trim().max(2000, { error: 'Reason must be 2,000 characters or fewer' }).optional(),
    recordedByUserId: requiredText('User id'),
  })
  .refine((input) => input.kind !== 'correction' || (input.reason !== undefined && input.reason.length > 0), {
    path: ['reason'],
    error: 'Enter the reason for the correction',
  })
export type RecordFinancialVersion = z.input<typeof RecordFinancialVersionSchema>

/** One person's uprated charge, written over the version it was worked out from. */
export const UpratedVersionSchema = z.object({
  supersedesId: requiredText('The version being replaced'),
  personId: requiredText('Person id'),
  answers: FinancialAnswersSchema,
  outcome: FinancialOutcomeSchema,
})
export type UpratedVersion = z.input<typeof UpratedVersionSchema>

export const RecordUpratingSchema = z.object({
  reason: requiredText('Reason', 2000),
  recordedByUserId: requiredText('User id'),
  versions: z.array(UpratedVersionSchema).max(1_000_000),
})
export type RecordUprating = z.input<typeof RecordUpratingSchema>

/** A version of a person's financial assessment. */
export type FinancialAssessment = {
  id: string
  personId: string
  supersedesId: string | null
  status: z.infer<typeof FinancialAssessmentStatusSchema>
  kind: z.infer<typeof FinancialAssessmentKindSchema>
  answers: Record<string, unknown>
  result: unknown
  weeklyChargePence: number | null
  weeklyCostOfCarePence: number | null
  rulesVersion: string | null
  policyName: string | null
  policyVersion: string | null
  ratesYear: string | null
  assessedFor: string | null
  reason: string | null
  upratingRunId: string | null
  recordedByUserId: string
  recordedAt: Date
  updatedAt: Date
}

/**
 * A financial assessment the person sent whose charge the charging engine could not work out because of the
 * council's data: sent, with its charge to be worked out by hand by a finance officer.
 */
export type ChargeByHand = {
  financialAssessmentId: string
  personId: string
  /** Why, in plain words. */
  reason: string
  sentByUserId: string
  sentAt: Date
}

export const NewEvidenceSchema = z.object({
  personId: requiredText('Person id'),
  financialAssessmentId: requiredText('Financial assessment id'),
  category: EvidenceCategorySchema,
  fileName: requiredText('File name'),
  contentType: EvidenceContentTypeSchema,
  content: z
    .instanceof(Uint8Array, { error: 'The file is missing' })
    .refine((bytes) => bytes.byteLength > 0, { error: 'The selected file is empty' })
    .refine((bytes) => bytes.byteLength <= MAX_EVIDENCE_BYTES, {
      error: `The file must be smaller than ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB`,
    }),
  uploadedByUserId: requiredText('User id'),
})
export type NewEvidence = z.input<typeof NewEvidenceSchema>

/** A file of evidence, without its bytes (read those with `evidenceContent`). */
export type EvidenceSummary = {
  id: string
  personId: string
  financialAssessmentId: string
  category: z.infer<typeof EvidenceCategorySchema>
  fileName: string
  contentType: z.infer<typeof EvidenceContentTypeSchema>
  sizeBytes: number
  sha256: string
  uploadedByUserId: string
  uploadedAt: Date
}
