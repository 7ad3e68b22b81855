import { z } from 'zod'
import { releases } from './value-lists.js'

/**
 * What a council's records say, in neutral words: the exporter turns it into CLD rows. Coded values are neutral ids
 * (see value-lists.ts) held as plain text, so a record carrying a value that is not on a list is not refused here:
 * the exporter names the record and the field, and the file is not made until it is put right.
 */

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Write dates as YYYY-MM-DD' })
const id = z.string().trim().min(1)
const code = z.string()

export const CldPersonSchema = z.object({
  /** The council's own id for the person: stable for life, never reused. */
  id,
  nhsNumber: z.string().optional(),
  gpPracticeCode: z.string().optional(),
  gender: code.optional(),
  ethnicity: code.optional(),
  dateOfBirth: date.optional(),
  dateOfDeath: date.optional(),
  postcode: z.string().optional(),
  primarySupportReason: code.optional(),
  accommodationStatus: code.optional(),
  employmentStatus: code.optional(),
  hasUnpaidCarer: z.boolean().optional(),
  clientFundingStatus: code.optional(),
  /** For an unpaid carer: how much they care and for whom (up to three of the people they care for are named). */
  caring: z
    .object({
      hoursPerWeekBand: code.optional(),
      adultsCaredFor: z.number().int().min(0).optional(),
      caredForPersonIds: z.array(id).max(3, { error: 'The return names up to three people a carer cares for' }),
      /** Recorded only because someone they care for is known to the council: a row with no event of their own. */
      knownByAssociation: z.boolean().optional(),
    })
    .optional(),
})
export type CldPerson = z.infer<typeof CldPersonSchema>

const eventFields = {
  /** The council's id for the event; written as Event_Reference. */
  id,
  personId: id,
  /** Whether the event is about the person as someone needing support or as an unpaid carer. */
  clientType: code.optional(),
  start: date,
  /** Empty while the event is still going on. */
  end: date.optional(),
  description: z.string().max(200).optional(),
  outcome: code.optional(),
}

export const CldRequestSchema = z.object({ ...eventFields, routeOfAccess: code })
export const CldAssessmentSchema = z.object({
  ...eventFields,
  assessmentType: code,
  eligibleNeeds: code.optional(),
  method: code.optional(),
})
export const CldServiceSchema = z.object({
  ...eventFields,
  serviceType: code,
  component: code,
  deliveryMechanism: code.optional(),
  /** The cost per unit in pence, with its unit; planned units a week for per-session, hourly and daily costs. */
  unitCostPence: z.number().int().min(0).optional(),
  costFrequency: code.optional(),
  plannedUnitsPerWeek: z.number().min(0).optional(),
  providerCqcLocationId: z.string().optional(),
  providerCqcLocationName: z.string().optional(),
})
export const CldReviewSchema = z.object({
  ...eventFields,
  reason: code,
  outcomesAchieved: code.optional(),
  method: code.optional(),
})

export type CldRequest = z.infer<typeof CldRequestSchema>
export type CldAssessment = z.infer<typeof CldAssessmentSchema>
export type CldService = z.infer<typeof CldServiceSchema>
export type CldReview = z.infer<typeof CldReviewSchema>

export const CldSourceSchema = z.object({
  /** The council's ONS code, e.g. E10000006. */
  laCode: z.string().regex(/^E\d{8}$/, {
    error: "The council's ONS code is a capital E and eight digits, for example E10000006: set it before exporting",
  }),
  period: z.object({ start: date, end: date }),
  /** Release 2 unless a back-submission needs Release 1. */
  release: z.enum(releases).default('R2'),
  people: z.array(CldPersonSchema),
  requests: z.array(CldRequestSchema).default([]),
  assessments: z.array(CldAssessmentSchema).default([]),
  services: z.array(CldServiceSchema).default([]),
  reviews: z.array(CldReviewSchema).default([]),
})
export type CldSource = z.input<typeof CldSourceSchema>
export type ParsedCldSource = z.output<typeof CldSourceSchema>
