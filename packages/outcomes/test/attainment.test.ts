import { describe, expect, it } from 'vitest'
import type { AttainmentObservation } from '../src/index.js'
import { aggregateAttainment, attainmentRulesVersion } from '../src/index.js'
import { observationsFor, publishedRow } from './count-tables.js'

const relationships = { frameworkId: 'care-act-wellbeing', itemId: 'relationships' }
const participation = { frameworkId: 'care-act-wellbeing', itemId: 'participation' }

function table(observations: AttainmentObservation[], groupBy: string[] = []) {
  const result = aggregateAttainment(observations, { groupBy })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.value
}

describe('aggregateAttainment: counting', () => {
  it('counts each person once per framework item, taking their least achieved outcome for it', () => {
    const observations: AttainmentObservation[] = [
      ...observationsFor([[6, 0, 0]], relationships),
      { personId: 'p-0-0-0', linkedItems: [relationships, participation], attainment: 'not-achieved' },
      { personId: 'p-0-0-1', linkedItems: [relationships], attainment: 'partly' },
    ]
    const result = table(observations)
    const rel = result.items.find((item) => item.itemId === 'relationships')
    // Six people: four still fully, one partly and one not achieved, so the 1s are hidden and so is one more count.
    expect(rel?.rows.map(publishedRow)).toEqual([[undefined, undefined, undefined, 6]])
    const part = result.items.find((item) => item.itemId === 'participation')
    expect(part?.rows.map(publishedRow)).toEqual([[0, 0, undefined, undefined]])
  })

  it('lists items in a stable order whatever order the ratings come in', () => {
    const observations = [
      ...observationsFor([[5, 6, 7]], participation),
      ...observationsFor([[8, 0, 9]], relationships),
    ]
    const forwards = table(observations)
    const backwards = table([...observations].reverse())
    expect(backwards).toEqual(forwards)
    expect(forwards.items.map((item) => item.itemId)).toEqual(['participation', 'relationships'])
  })

  it('publishes a table with no small counts in full, with the rule version and explanation', () => {
    const result = table(observationsFor([[12, 0, 7]]))
    expect(result.items[0]?.rows.map(publishedRow)).toEqual([[12, 0, 7, 19]])
    expect(result.rulesVersion).toBe(attainmentRulesVersion)
    expect(result.explanation.join(' ')).toContain('Counts from 1 to 4 are hidden')
  })
})

describe('aggregateAttainment: small-number suppression', () => {
  it('hides a lone small count and one more in its row, so it cannot be had by subtracting from the total', () => {
    const row = table(observationsFor([[6, 2, 7]])).items[0]?.rows[0]
    expect(row && publishedRow(row)).toEqual([6, undefined, undefined, 15])
    expect(row?.counts.partly).toEqual({ status: 'suppressed' })
  })

  it('does not pair two hidden 1s with each other: a reader who knows hidden counts are never 0 would read them off', () => {
    const row = table(observationsFor([[1, 1, 9]])).items[0]?.rows[0]
    const published = row ? publishedRow(row) : []
    expect(published.filter((cell) => cell === undefined).length).toBeGreaterThanOrEqual(3)
  })

  it('hides the total too when the total itself is small, and shows zeros', () => {
    const row = table(observationsFor([[0, 3, 0]])).items[0]?.rows[0]
    expect(row && publishedRow(row)).toEqual([0, undefined, 0, undefined])
  })

  it('protects a grouped table across both its rows and its columns', () => {
    const result = table(
      observationsFor([
        [10, 2, 8],
        [9, 7, 6],
      ]),
      ['band'],
    )
    const rows = result.items[0]?.rows ?? []
    expect(rows.map((row) => row.everyone)).toEqual([false, false, true])
    expect(rows[0]?.group).toEqual({ band: 'band-0' })
    const published = rows.map(publishedRow)
    expect(published[0]?.[1]).toBeUndefined()
    // The partly column must hide a second count, and so must band-0's row.
    expect(published.map((cells) => cells[1]).filter((cell) => cell === undefined).length).toBeGreaterThanOrEqual(2)
    expect(published[0]?.filter((cell) => cell === undefined).length).toBeGreaterThanOrEqual(2)
  })

  it('puts people without a recorded group in a "not recorded" row', () => {
    const observations = observationsFor([[5, 5, 5]]).map(({ cohort: _cohort, ...rest }) => rest)
    const rows = table(observations, ['deliveryMechanism']).items[0]?.rows ?? []
    expect(rows[0]?.group).toEqual({ deliveryMechanism: 'not recorded' })
  })
})

describe('aggregateAttainment: refusing bad input', () => {
  it('refuses a person placed in two groups of the same kind, naming both places', () => {
    const result = aggregateAttainment(
      [
        {
          personId: 'ann',
          linkedItems: [relationships],
          attainment: 'fully',
          cohort: { deliveryMechanism: 'direct-payment' },
        },
        {
          personId: 'ann',
          linkedItems: [participation],
          attainment: 'partly',
          cohort: { deliveryMechanism: 'managed-account' },
        },
      ],
      { groupBy: ['deliveryMechanism'] },
    )
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'ratings.1.cohort.deliveryMechanism',
          message:
            'Person "ann" is in "managed-account" here but in "direct-payment" at ratings.0; a person can be in only one deliveryMechanism group, or the table would count them twice',
        },
      ],
    })
  })

  it('names the field and the allowed values when a rating is not on the scale', () => {
    const result = aggregateAttainment([{ personId: 'bo', linkedItems: [relationships], attainment: 'mostly' }], {
      groupBy: [],
    })
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'ratings.0.attainment', message: 'Rating must be one of "fully", "partly" or "not-achieved"' }],
    })
  })

  it('refuses grouping by the same field twice', () => {
    const result = aggregateAttainment([], { groupBy: ['ageBand', 'ageBand'] })
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.errors[0]).toEqual({
        path: 'options.groupBy',
        message: 'Name each cohort field to group by only once',
      })
  })
})
