import { z } from 'zod'
import { PlanCostingSchema } from './cost-plan.js'
import { PlanRecordSchema } from './plan-record.js'
import { PlanSchema } from './plan-schema.js'

/** The public contract for callers outside TypeScript, such as the portal's plan download. */
export const jsonSchemas = {
  plan: z.toJSONSchema(PlanSchema),
  planCosting: z.toJSONSchema(PlanCostingSchema),
  planRecord: z.toJSONSchema(PlanRecordSchema),
}
