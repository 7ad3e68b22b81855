import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Rating } from '../src/index.js'
import { RaterSchema, headlineRating, orderRatings, validateRating } from '../src/index.js'

const rating = (overrides: Partial<Rating>): Rating => ({
  outcomeId: 'church',
  occasion: 'review',
  date: '2025-03-01',
  attainment: 'partly',
  ratedBy: 'practitioner',
  ...overrides,
})

describe('ratings', () => {
  it('lists the baseline first and, at each occasion, the person’s own view before anyone else’s', () => {
    const ordered = orderRatings([
      rating({ ratedBy: 'provider' }),
      rating({ ratedBy: 'practitioner', occasion: 'baseline', date: '2024-03-01', attainment: 'not-achieved' }),
      rating({ ratedBy: 'person', attainment: 'fully', comment: 'I go most weeks now' }),
      rating({ ratedBy: 'person', occasion: 'baseline', date: '2024-03-01', attainment: 'not-achieved' }),
      rating({ ratedBy: 'representative' }),
    ])
    expect(ordered.map((r) => `${r.date} ${r.ratedBy}`)).toEqual([
      '2024-03-01 person',
      '2024-03-01 practitioner',
      '2025-03-01 person',
      '2025-03-01 representative',
      '2025-03-01 provider',
    ])
  })

  it('takes the person’s own view at the latest occasion as the headline, and someone else’s only if they gave none', () => {
    const baseline = rating({ ratedBy: 'person', occasion: 'baseline', date: '2024-03-01', attainment: 'not-achieved' })
    const theirs = rating({ ratedBy: 'person', attainment: 'fully' })
    const practitioner = rating({ ratedBy: 'practitioner', attainment: 'partly' })
    expect(headlineRating([practitioner, baseline, theirs])).toBe(theirs)
    expect(headlineRating([practitioner, baseline])).toBe(practitioner)
    expect(headlineRating([])).toBeUndefined()
  })

  it('always puts the person first within an occasion, whatever order ratings arrive in (property)', () => {
    const arbitraryRating = fc.record({
      outcomeId: fc.constant('o'),
      occasion: fc.constantFrom('baseline' as const, 'review' as const),
      date: fc.constantFrom('2024-01-01', '2024-06-01', '2025-01-01'),
      attainment: fc.constantFrom('fully' as const, 'partly' as const, 'not-achieved' as const),
      ratedBy: fc.constantFrom(...RaterSchema.options),
    })
    fc.assert(
      fc.property(fc.array(arbitraryRating, { maxLength: 12 }), (ratings) => {
        const ordered = orderRatings(ratings)
        expect(ordered).toHaveLength(ratings.length)
        ordered.forEach((current, index) => {
          const next = ordered[index + 1]
          if (next && next.date === current.date && next.occasion === current.occasion) {
            expect(next.ratedBy === 'person' && current.ratedBy !== 'person').toBe(false)
          }
        })
      }),
    )
  })

  it('refuses a rating off the scale or without a real date, in plain English', () => {
    expect(validateRating({ ...rating({}), attainment: 'mostly', date: '2025-02-30' })).toEqual({
      ok: false,
      errors: [
        {
          path: 'date',
          message: 'Date of the rating must be a real date written as YYYY-MM-DD, for example 2026-04-01',
        },
        { path: 'attainment', message: 'Rating must be one of "fully", "partly" or "not-achieved"' },
      ],
    })
    expect(validateRating({ ...rating({}), ratedBy: undefined })).toEqual({
      ok: false,
      errors: [{ path: 'ratedBy', message: 'Who rated it is required' }],
    })
  })
})
