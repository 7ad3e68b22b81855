import { describe, expect, it } from 'vitest'
import { main } from '../examples/basic.js'

describe('examples/basic.ts', () => {
  it('gives the example person £350.00 a week from the illustrative RAS, and says it is illustrative', () => {
    const budget = main()
    expect(budget.weeklyPence).toBe(35_000)
    expect(budget.annualPence).toBe(35_000 * 52)
    expect(budget.points).toMatchObject({ raw: 38, afterAdjustment: 34 })
    const text = budget.explanation.map((s) => s.text)
    expect(text).toContain('Support from family and friends reduces your points by 10% (from 38 to 34)')
    expect(text).toContain('34 points falls in band 31 to 40 points: £270.00 a week')
    expect(text).toContain('Night support adds £80.00 a week')
    // "two-carers" was answered but not asked, so it was dropped and did not add £120.00.
    expect(budget.additions.map((a) => a.id)).toEqual(['night-support'])
    expect(budget.illustrative).toBe(true)
  })
})
