import { z } from 'zod'
import { AgreementInputSchema } from './agreement-schema.js'
import { EvidenceSchema } from './employment-evidence.js'
import { ReturnSchema } from './monitoring.js'
import { DirectPaymentPolicySchema } from './policy.js'
import { PaymentMadeSchema } from './reconcile.js'

/**
 * JSON Schema (draft 2020-12) for callers that do not use TypeScript. These describe what may be sent, so fields with
 * defaults are optional. A date's check that it is a real day (not 30 February) is made by the functions, not here.
 */
export type JsonSchema = Record<string, unknown>

const inputSchema = (schema: z.ZodType): JsonSchema => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })

export const jsonSchemas: Record<
  'agreementInput' | 'directPaymentPolicy' | 'monitoringReturn' | 'paymentMade' | 'employmentEvidence',
  JsonSchema
> = {
  agreementInput: inputSchema(AgreementInputSchema),
  directPaymentPolicy: inputSchema(DirectPaymentPolicySchema),
  monitoringReturn: inputSchema(ReturnSchema),
  paymentMade: inputSchema(PaymentMadeSchema),
  employmentEvidence: inputSchema(EvidenceSchema),
}
