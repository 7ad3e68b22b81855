import { describe, expect, it } from 'vitest'
import { comparePlans } from '../src/index.js'
import { joansPlan } from './fixtures.js'

describe('comparePlans: what a revised plan changes from the plan in force', () => {
  it('finds nothing between a plan and itself', () => {
    expect(comparePlans(joansPlan(), joansPlan())).toEqual([])
  })

  it('names a support changed, one added, an outcome added and the new cost, each as was and now', () => {
    const was = joansPlan()
    const now = joansPlan()
    now.outcomes.push({ id: 'garden', words: 'I want to keep my garden tidy', linkedItems: [] })
    now.supports = now.supports.map((support) =>
      support.id === 'pa-church' ? { ...support, frequency: { per: 'week', count: 4 } } : support,
    )
    now.supports.push({
      id: 'gardener',
      outcomeId: 'garden',
      providerType: 'other',
      description: 'Gardener',
      frequency: { per: 'month', count: 2 },
      unitCostPence: 2500,
    })
    expect(comparePlans(was, now)).toEqual([
      { area: 'Outcomes', what: 'Outcome added', was: 'Not in the plan', now: 'I want to keep my garden tidy' },
      {
        area: 'Supports',
        what: 'Support changed',
        was: 'PA to get ready for and go to church: A personal assistant I employ, 3 × £15.50 a week, £46.50 a week',
        now: 'PA to get ready for and go to church: A personal assistant I employ, 4 × £15.50 a week, £62.00 a week',
      },
      {
        area: 'Supports',
        what: 'Support added',
        was: 'Not in the plan',
        now: 'Gardener: Something else, 2 × £25.00 a month, £11.54 a week',
      },
      {
        area: 'Costs',
        what: 'What the plan costs',
        // £210.70 a week before (see the fixture); the PA £806 a year more (£15.50 x 52) and the gardener £600 a year.
        was: '£210.70 a week (£10,956.40 a year)',
        now: '£237.74 a week (£12,362.40 a year)',
      },
    ])
  })

  it('names a support stopped, an outcome taken out and changes to the people, risks and review date', () => {
    const was = joansPlan()
    const now = joansPlan()
    now.outcomes = now.outcomes.filter((outcome) => outcome.id !== 'grandchildren')
    now.supports = now.supports.filter((support) => support.outcomeId !== 'grandchildren')
    now.people.moneyManagedBy = { name: 'Joan Okafor', role: 'the-person' }
    now.people.representative = undefined
    now.risksIChooseToTake = []
    now.reviewDate = '2026-09-01'
    now.reviewDateReason = 'Joan asked to wait'
    const differences = comparePlans(was, now)
    expect(differences).toContainEqual({
      area: 'Outcomes',
      what: 'Outcome taken out',
      was: 'I want to keep in touch with my grandchildren',
      now: 'Not in the plan',
    })
    expect(differences.filter((row) => row.what === 'Support stopped').map((row) => row.was)).toEqual([
      'Lunch club where the grandchildren visit: A community group, 4 × £6.50 a month, £6.00 a week',
      'Tablet for video calls: Equipment, 1 × £120.00 once, £120.00 one-off',
      'Pendant alarm: Telecare, 1 × £18.20 a month, £4.20 a week',
    ])
    expect(differences).toContainEqual({
      area: 'People',
      what: 'Manages the money',
      was: 'Grace Okafor (someone they nominate)',
      now: 'Joan Okafor (the person themselves)',
    })
    expect(differences).toContainEqual({
      area: 'People',
      what: 'Representative',
      was: 'Grace Okafor, daughter (lasting power of attorney)',
      now: 'None',
    })
    expect(differences).toContainEqual({
      area: 'Risks',
      what: 'Risks the person chooses to take',
      was: 'I walk to the corner shop on my own, even though I have fallen before',
      now: 'None',
    })
    expect(differences).toContainEqual({
      area: 'Other',
      what: 'Why the review is later than 12 months',
      was: 'None',
      now: 'Joan asked to wait',
    })
    expect(differences).toContainEqual({
      area: 'Other',
      what: 'Review date',
      was: '1 March 2026',
      now: '1 September 2026',
    })
    expect(differences.find((row) => row.what === 'One-off costs')).toEqual({
      area: 'Costs',
      what: 'One-off costs',
      was: '£205.00',
      now: '£85.00',
    })
  })
})
