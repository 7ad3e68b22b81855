import { describe, expect, it } from 'vitest'
import { jsonSchemas } from '../src/index.js'

describe('jsonSchemas', () => {
  it('describes a RAS configuration and a calibration case for callers that do not use TypeScript', () => {
    const ras = jsonSchemas.rasConfig as { required: string[]; additionalProperties: boolean }
    expect(ras.required).toEqual(
      expect.arrayContaining(['id', 'version', 'effectiveFrom', 'illustrative', 'questionnaireId', 'domains', 'money']),
    )
    expect(ras.additionalProperties).toBe(false)
    // Additions use the questionnaire's conditions, which nest, so they are a shared $ref definition.
    expect(JSON.stringify(ras)).toContain('"const":"includes"')
    const calibrationCase = jsonSchemas.calibrationCase as { properties: Record<string, { type: string }> }
    expect(calibrationCase.properties.actualWeeklyPence?.type).toBe('integer')
  })
})
