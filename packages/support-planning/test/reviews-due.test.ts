import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '@open-sds/kernel'
import { reviewNoticeFor, reviewsDue } from '../src/index.js'

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

describe('what a person is told of their review (issue 15: four weeks before, and when overdue)', () => {
  const today = '2026-12-03'

  it('says nothing more than four weeks ahead, "due" from four weeks before to the day itself, "overdue" after', () => {
    expect(reviewNoticeFor('2027-01-01', today)).toBeUndefined()
    expect(reviewNoticeFor('2026-12-31', today)).toBe('due')
    expect(reviewNoticeFor('2026-12-03', today)).toBe('due')
    expect(reviewNoticeFor('2026-12-02', today)).toBe('overdue')
    expect(reviewNoticeFor('2025-06-30', today)).toBe('overdue')
  })

  it('agrees with the staff list: every review it lists calls for a notice, and none it leaves out does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const reviewDate = addDays(today, offset)
        const listed = reviewsDue([{ id: 'p', reviewDate }], today)
        expect(reviewNoticeFor(reviewDate, today)).toBe(
          listed.length === 0 ? undefined : listed[0]?.due.overdue ? 'overdue' : 'due',
        )
      }),
    )
  })
})
