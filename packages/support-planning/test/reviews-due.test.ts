import { describe, expect, it } from 'vitest'
import { reviewsDue } from '../src/index.js'

// Care Act 2014 s27 and the statutory guidance (13.32: reviewed "no later than every 12 months"): issue 18 asks for
// the plan reviews due in the next four weeks and those overdue, overdue first.
describe('plan reviews due and overdue (Care Act s27, statutory guidance 13.32; issue 18)', () => {
  const today = '2026-12-02'
  const plans = [
    { id: 'p-soon', reviewDate: '2026-12-07' },
    { id: 'p-far', reviewDate: '2026-12-31' },
    { id: 'p-late', reviewDate: '2026-11-29' },
    { id: 'p-today', reviewDate: '2026-12-02' },
    { id: 'p-oldest', reviewDate: '2026-06-01' },
    { id: 'p-edge', reviewDate: '2026-12-30' },
  ]

  it('lists overdue reviews first, the oldest first, then those due within four weeks, the soonest first', () => {
    expect(reviewsDue(plans, today).map((plan) => [plan.id, plan.due.words])).toEqual([
      ['p-oldest', 'Overdue by 184 days (due 1 June 2026)'],
      ['p-late', 'Overdue by 3 days (due 29 November 2026)'],
      ['p-today', 'Due today (2 December 2026)'],
      ['p-soon', 'Due in 5 days (7 December 2026)'],
      ['p-edge', 'Due in 28 days (30 December 2026)'],
    ])
  })

  it('leaves out a review more than four weeks away, and orders equal dates by id whatever the read order', () => {
    expect(reviewsDue(plans, today).some((plan) => plan.id === 'p-far')).toBe(false)
    const twins = [
      { id: 'b', reviewDate: '2026-12-01' },
      { id: 'a', reviewDate: '2026-12-01' },
    ]
    expect(reviewsDue(twins, today).map((plan) => [plan.id, plan.due.overdue, plan.due.days])).toEqual([
      ['a', true, 1],
      ['b', true, 1],
    ])
    expect(reviewsDue([...twins].reverse(), today).map((plan) => plan.id)).toEqual(['a', 'b'])
  })
})
