import { describe, expect, it } from 'vitest'
import {
  FrameworkSchema,
  careActEligibilityOutcomes,
  careActWellbeing,
  nationalFrameworks,
  ourHealthOurCareOurSay,
  puttingPeopleFirst,
} from '../src/index.js'

describe('national outcome frameworks', () => {
  it('are each a valid, versioned framework with a source and unique item ids', () => {
    for (const framework of nationalFrameworks) {
      expect(FrameworkSchema.safeParse(framework).success).toBe(true)
      expect(framework.source.length).toBeGreaterThan(20)
      expect(new Set(framework.items.map((item) => item.id)).size).toBe(framework.items.length)
    }
    expect(new Set(nationalFrameworks.map((framework) => framework.id)).size).toBe(nationalFrameworks.length)
  })

  it('Putting People First (HM Government concordat, December 2007, section 3.2): the seven shared outcomes in order', () => {
    expect(puttingPeopleFirst.items.map((item) => item.title)).toEqual([
      'Live independently',
      'Stay healthy and recover quickly from illness',
      'Exercise maximum control over their own life and where appropriate the lives of their family members',
      'Sustain a family unit which avoids children being required to take on inappropriate caring roles',
      'Participate as active and equal citizens, both economically and socially',
      'Have the best possible quality of life, irrespective of illness or disability',
      'Retain maximum dignity and respect',
    ])
  })

  it('Our health, our care, our say (as listed in LAC (DH) (2008) 1, footnote 15): seven outcomes for social care', () => {
    expect(ourHealthOurCareOurSay.items.map((item) => item.title)).toEqual([
      'Improved health and emotional wellbeing',
      'Improved quality of life',
      'Making a positive contribution',
      'Choice and control',
      'Freedom from discrimination',
      'Economic wellbeing',
      'Personal dignity',
    ])
  })

  it('Care Act 2014 section 1(2): nine wellbeing areas, (a) to (i)', () => {
    expect(careActWellbeing.items).toHaveLength(9)
    expect(careActWellbeing.items.map((item) => item.description)).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((letter) => `Care Act 2014, s1(2)(${letter})`),
    )
    expect(careActWellbeing.items[2]?.title).toBe('Protection from abuse and neglect')
  })

  it('Care and Support (Eligibility Criteria) Regulations 2015, regulation 2: the ten adult outcomes with the codes of the eligibility note', () => {
    expect(careActEligibilityOutcomes.items.map((item) => item.id)).toEqual([
      'nutrition',
      'hygiene',
      'toilet',
      'clothing',
      'home-safety',
      'habitable-home',
      'relationships',
      'work-learning',
      'community',
      'caring-for-child',
    ])
    expect(careActEligibilityOutcomes.items[0]?.title).toBe('Managing and maintaining nutrition')
  })
})
