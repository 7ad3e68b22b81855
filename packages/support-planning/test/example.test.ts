import { describe, expect, it } from 'vitest'
import { main } from '../examples/basic.js'

describe('examples/basic.ts', () => {
  it('costs Joan’s plan, flags the small underspend, records her swap at once and sends moving money between outcomes to review', () => {
    const result = main()
    expect(result.weekly.at(-1)).toContain('The plan costs £204.70 a week')
    expect(result.budget).toBe(
      'This plan costs £204.70 a week, which is £0.30 a week less than the budget of £205.00 a week.',
    )
    expect(result.activatingTooSoon).toBe('A draft plan cannot be made active; it can be edited or submitted.')
    expect(result.history.at(-1)).toContain('user-joan: flexible-change -> active')
    expect(result.movingMoneyBetweenOutcomes).toHaveLength(1)
    expect(result.movingMoneyBetweenOutcomes[0]).toContain('not between outcomes')
  })
})
