import { describe, expect, it } from 'vitest'
import { jsonSchemas } from '@open-sds/safeguarding'

describe('jsonSchemas', () => {
  it('publishes a JSON Schema for each public contract', () => {
    expect(jsonSchemas.concernInput).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['whatHappened', 'raisedBy']),
    })
    expect(jsonSchemas.riskMatrix).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['thresholds', 'version']),
    })
    expect(JSON.stringify(jsonSchemas.enquiry)).toContain('"closed"')
  })
})
