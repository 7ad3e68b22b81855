import { describe, expect, it } from 'vitest'
import { main } from '../examples/basic.js'

describe('examples/basic.ts', () => {
  it('hides the two "strongly disagree" and three "strongly agree" answers, and the counts that would give them away, yet still shows the agree share', () => {
    const result = main()
    expect(result.linkUsedTwice).toBe('This link has already been used')
    expect(result.responses).toEqual({ kind: 'shown', value: 23 })
    expect(result.planAhead.counts).toEqual([
      'Strongly disagree: *',
      'Disagree: *',
      'Neither agree nor disagree: 6',
      'Agree: *',
      'Strongly agree: *',
    ])
    expect(result.planAhead.agree).toBe(43)
    expect(result.statements).toEqual([
      { statementId: 'plan-ahead-for-changes', questionIds: ['plan-ahead'], agreePercent: 43 },
    ])
    expect(result.comments).toEqual(['I never know who to call when my PA is off sick.'])
    expect(result.highestRung).toBe('co-design')
  })
})
