import { describe, expect, it } from 'vitest'
import { composePlugins, nationalDefaults } from '@open-sds/plugin-sdk'
import northmoor from '../src/index.js'

describe('Northmoor feedback survey', () => {
  it('is open to anyone anonymously, with Easy Read, and ties its information question to the statement the progress measure reads', () => {
    const result = composePlugins(nationalDefaults, [northmoor])
    if (!result.ok) throw new Error(result.errors.map((issue) => issue.message).join('\n'))
    const [survey] = result.value.slots.surveys?.sets?.flatMap((set) => set.surveys) ?? []
    expect(survey?.answering).toEqual({ anonymous: 'open', named: true })
    expect(survey?.offersEasyRead).toBe(true)
    expect(survey?.questions[0]?.link).toEqual({ kind: 'i-statement', statementId: 'find-information-and-advice' })
    expect(result.value.slots.surveys?.statements?.map((statement) => statement.id)).toEqual([
      'find-information-and-advice',
    ])
  })
})
