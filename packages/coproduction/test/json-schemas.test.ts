import { describe, expect, it } from 'vitest'
import { jsonSchemas } from '@open-sds/coproduction'

describe('jsonSchemas', () => {
  it('the anonymous response schema allows no property beyond its own, none of them an identifier', () => {
    const schema = jsonSchemas.anonymousResponse as {
      additionalProperties?: boolean
      properties?: Record<string, unknown>
    }
    expect(schema.additionalProperties).toBe(false)
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual([
      'answers',
      'kind',
      'submittedOn',
      'surveyId',
      'surveyVersion',
      'variant',
    ])
  })

  it('publishes the survey contract', () => {
    expect(jsonSchemas.survey).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['id', 'version', 'title', 'questions']),
    })
  })
})
