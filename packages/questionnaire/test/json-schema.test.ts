import { describe, expect, it } from 'vitest'
import { jsonSchemas } from '../src/index.js'

describe('jsonSchemas', () => {
  it('describes a questionnaire definition for callers that do not use TypeScript', () => {
    const schema = jsonSchemas.questionnaireDefinition as {
      $schema: string
      required: string[]
      additionalProperties: boolean
    }
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.required).toEqual(['id', 'version', 'title', 'sections'])
    expect(schema.additionalProperties).toBe(false)
    // Conditions nest (all/any), so they are a shared definition referred to by $ref.
    expect(JSON.stringify(schema)).toContain('"const":"greater-than"')
    expect(JSON.stringify(schema)).toContain('"$ref"')
  })

  it('describes answers as values keyed by question id', () => {
    const schema = jsonSchemas.answers as { type: string; additionalProperties: unknown }
    expect(schema.type).toBe('object')
    expect(schema.additionalProperties).toBeDefined()
  })
})
