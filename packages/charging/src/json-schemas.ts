import { z } from 'zod'
import { CouncilPolicyDataSchema } from './policy/policy-schema.js'
import { CareHomeInputSchema } from './schemas/care-home-input.js'
import { DeferredPaymentInputSchema } from './deferred/deferred-payment-schema.js'
import { NonResidentialInputSchema } from './schemas/non-residential-input.js'
import { ServiceSchema } from './schemas/service.js'

/**
 * JSON Schema (draft 2020-12) for callers that do not use TypeScript. These describe what may be sent, so
 * fields with defaults are optional. The policy schema covers the data only: a policy function is code.
 */
export type JsonSchema = Record<string, unknown>

export const jsonSchemas: Record<
  'nonResidentialInput' | 'careHomeInput' | 'service' | 'councilPolicy' | 'deferredPaymentInput',
  JsonSchema
> = {
  nonResidentialInput: z.toJSONSchema(NonResidentialInputSchema, { io: 'input' }),
  careHomeInput: z.toJSONSchema(CareHomeInputSchema, { io: 'input' }),
  service: z.toJSONSchema(ServiceSchema, { io: 'input' }),
  councilPolicy: z.toJSONSchema(CouncilPolicyDataSchema, { io: 'input' }),
  deferredPaymentInput: z.toJSONSchema(DeferredPaymentInputSchema, { io: 'input' }),
}
