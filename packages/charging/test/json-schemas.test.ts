import { describe, expect, it } from 'vitest'
import { jsonSchemas } from '@open-sds/charging'

describe('JSON Schema export', () => {
  it('describes the non-residential input as a choice of full or light-touch routes', () => {
    const schema = jsonSchemas.nonResidentialInput as unknown as {
      $schema: string
      oneOf: { properties: { route: { const: string } }; required: string[] }[]
    }
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.oneOf.map((option) => option.properties.route.const)).toEqual(['full', 'light-touch'])
    // Defaulted fields (capital, housing, dre) are optional for a caller; income and services are not.
    expect(schema.oneOf[0]?.required.sort()).toEqual(['income', 'person', 'route', 'services'])
  })

  it('gives money as non-negative integers and rejects unknown fields', () => {
    const text = JSON.stringify(jsonSchemas.careHomeInput)
    expect(text).toContain('"weeklyPence":{"type":"integer","minimum":0')
    expect(text).toContain('"additionalProperties":false')
  })

  it('describes the policy data a plugin supplies, without the policy function', () => {
    const schema = jsonSchemas.councilPolicy as unknown as { properties: Record<string, unknown>; required: string[] }
    expect(Object.keys(schema.properties)).toContain('rateOverrides')
    expect(Object.keys(schema.properties)).not.toContain('policyFunction')
    expect(schema.required.sort()).toEqual(['name', 'version'])
  })

  it('describes a deferred payment input, with the interest periods a council supplies', () => {
    const schema = jsonSchemas.deferredPaymentInput as unknown as {
      properties: Record<string, unknown>
      required: string[]
    }
    expect(Object.keys(schema.properties)).toContain('interestPeriods')
    expect(schema.required.sort()).toEqual([
      'agreementStart',
      'otherCapitalPence',
      'propertyValuePence',
      'weeklyFeePence',
      'weeklyIncomePence',
    ])
  })

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(jsonSchemas))).toEqual(jsonSchemas)
  })
})
