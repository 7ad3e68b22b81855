import { z } from 'zod'

export const CalibrationCaseSchema = z.strictObject({
  caseId: z.string().trim().min(1),
  /** The case's score under the questionnaire being calibrated (whole points). */
  points: z.number().int().min(0),
  /** What the case's support actually costs now, in pence a week. */
  actualWeeklyPence: z.number().int().min(0),
})

export const CalibrationOptionsSchema = z.strictObject({
  method: z.enum(['price-per-point', 'bands']),
  /** Bands of equal width from 0 to the highest score among the cases (default 10). */
  bandCount: z.number().int().min(1).max(100).optional(),
  /** Where each band starts, e.g. [0, 11, 21, 41]: starts at 0, rising. The last band is open-ended. Wins over bandCount. */
  bandEdges: z.array(z.number().int().min(0)).min(1).optional(),
  /** How many of the cases furthest from the fit to list (default 10). */
  outlierCount: z.number().int().min(0).max(1000).optional(),
})

export type CalibrationCase = z.infer<typeof CalibrationCaseSchema>
export type CalibrationOptions = z.infer<typeof CalibrationOptionsSchema>
