import { describe, expect, it } from 'vitest'
import { jsonSchemas } from '../src/index.js'

type ObjectSchema = { properties: Record<string, unknown>; required?: string[]; additionalProperties?: boolean }

describe('JSON Schema export', () => {
  it('describes the policy a plugin supplies, every field optional because each has a default', () => {
    const schema = jsonSchemas.directPaymentPolicy as unknown as ObjectSchema & { $schema: string }
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(Object.keys(schema.properties).sort()).toEqual(
      [
        'allowances',
        'cardStatementFormat',
        'contingencyWeeks',
        'cycleStart',
        'frequency',
        'returnDueWithinDays',
        'returnFrequency',
        'surplusThresholdWeeks',
        'timing',
      ].sort(),
    )
    expect(schema.required ?? []).toEqual([])
  })

  it('gives money in a return as whole pence, 0 or more, and refuses unknown fields', () => {
    const text = JSON.stringify(jsonSchemas.monitoringReturn)
    expect(text).toContain('"closingBalancePence":{"type":"integer","minimum":0')
    expect((jsonSchemas.monitoringReturn as unknown as ObjectSchema).additionalProperties).toBe(false)
  })

  it('describes an agreement: recipient, account and basis required, with the plan record it comes from', () => {
    const schema = jsonSchemas.agreementInput as unknown as ObjectSchema
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'planRecord', 'recipient', 'account', 'basis', 'startDate']),
    )
    expect(schema.required).not.toContain('oneOffPayments')
  })
})
