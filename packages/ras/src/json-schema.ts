import { z } from 'zod'
import { CalibrationCaseSchema } from './calibration/cases.js'
import { RasConfigSchema } from './config-schema.js'

/** JSON Schema (draft 2020-12) of the public contract, for callers that do not use TypeScript. */
export const jsonSchemas = {
  rasConfig: z.toJSONSchema(RasConfigSchema),
  calibrationCase: z.toJSONSchema(CalibrationCaseSchema),
}
