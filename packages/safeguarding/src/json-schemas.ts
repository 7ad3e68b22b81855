import { z } from 'zod'
import { ConcernInputSchema, ConcernSchema } from './concern.js'
import { EnquiryEventSchema } from './enquiry-transitions.js'
import { EnquirySchema } from './enquiry.js'
import { PositiveRiskAssessmentSchema, PositiveRiskInputSchema } from './positive-risk.js'
import { RiskMatrixSchema, RiskRatingSchema } from './risk-matrix.js'
import { Section42DecisionSchema, Section42InputSchema } from './section42.js'

/** JSON Schema (draft 2020-12) of the public contract, for callers that do not use TypeScript. */
export const jsonSchemas = {
  concernInput: z.toJSONSchema(ConcernInputSchema, { io: 'input' }),
  concern: z.toJSONSchema(ConcernSchema),
  section42Input: z.toJSONSchema(Section42InputSchema, { io: 'input' }),
  section42Decision: z.toJSONSchema(Section42DecisionSchema),
  enquiry: z.toJSONSchema(EnquirySchema),
  enquiryEvent: z.toJSONSchema(EnquiryEventSchema, { io: 'input' }),
  riskMatrix: z.toJSONSchema(RiskMatrixSchema),
  riskRating: z.toJSONSchema(RiskRatingSchema),
  positiveRiskInput: z.toJSONSchema(PositiveRiskInputSchema, { io: 'input' }),
  positiveRiskAssessment: z.toJSONSchema(PositiveRiskAssessmentSchema),
}
