import { describe, expect, it } from 'vitest'
import { illustrativeRasConfig, illustrativeSaq, validateRasConfig } from '../src/index.js'
import type { Band } from '../src/index.js'
import { tinyRas, tinyRasWith, tinySaq } from './fixtures.js'

function errorsOf(config: unknown, questionnaire = tinySaq) {
  const result = validateRasConfig(config, questionnaire)
  return result.ok ? [] : result.errors
}

const withBands = (bands: Band[]) =>
  tinyRasWith((c) => {
    c.money = { method: 'bands', bands }
  })

describe('validateRasConfig: allocation tables', () => {
  it('accepts the tiny and illustrative configurations against their questionnaires', () => {
    expect(validateRasConfig(tinyRas, tinySaq)).toEqual({ ok: true, value: tinyRas })
    expect(validateRasConfig(illustrativeRasConfig, illustrativeSaq).ok).toBe(true)
  })

  it('rejects overlapping bands, naming the band', () => {
    const errors = errorsOf(
      withBands([
        { fromPoints: 0, toPoints: 10, weeklyPence: 4_000 },
        { fromPoints: 8, toPoints: 20, weeklyPence: 9_000 },
        { fromPoints: 21, toPoints: null, weeklyPence: 20_000 },
      ]),
    )
    expect(errors).toEqual([
      {
        path: 'money.bands.1.fromPoints',
        message: 'Band 2 (8 to 20 points) overlaps band 1 (0 to 10 points): it should start at 11 points',
      },
    ])
  })

  it('rejects a gap between bands, naming the band and the points that fall in no band', () => {
    const errors = errorsOf(
      withBands([
        { fromPoints: 0, toPoints: 10, weeklyPence: 4_000 },
        { fromPoints: 11, toPoints: 20, weeklyPence: 9_000 },
        { fromPoints: 25, toPoints: null, weeklyPence: 20_000 },
      ]),
    )
    expect(errors).toEqual([
      {
        path: 'money.bands.2.fromPoints',
        message:
          'Band 3 starts at 25 points but band 2 (11 to 20 points) ends at 20: 21 to 24 points would fall in no band',
      },
    ])
  })

  it('rejects a table that does not start at 0, is out of order, or is open-ended before the end', () => {
    expect(errorsOf(withBands([{ fromPoints: 1, toPoints: null, weeklyPence: 4_000 }]))).toEqual([
      { path: 'money.bands.0.fromPoints', message: 'Band 1 starts at 1 point: the first band must start at 0 points' },
    ])
    expect(
      errorsOf(
        withBands([
          { fromPoints: 11, toPoints: 20, weeklyPence: 4_000 },
          { fromPoints: 0, toPoints: 10, weeklyPence: 4_000 },
          { fromPoints: 21, toPoints: null, weeklyPence: 9_000 },
        ]),
      ),
    ).toEqual([
      {
        path: 'money.bands.0.fromPoints',
        message: 'Band 1 starts at 11 points: the first band must start at 0 points',
      },
      {
        path: 'money.bands.1.fromPoints',
        message: 'Band 2 (0 to 10 points) comes after band 1 (11 to 20 points): list the bands in order of points',
      },
    ])
    expect(
      errorsOf(
        withBands([
          { fromPoints: 0, toPoints: null, weeklyPence: 4_000 },
          { fromPoints: 11, toPoints: 5, weeklyPence: 4_000 },
        ]),
      ),
    ).toEqual([
      {
        path: 'money.bands.0.toPoints',
        message: 'Band 1 has no end (toPoints is null), but only the last band can be open-ended',
      },
      { path: 'money.bands.1', message: 'Band 2 runs from 11 to 5 points: it must end at or after where it starts' },
    ])
  })

  it('rejects a table that stops short of the highest possible score', () => {
    // The tiny RAS can score 10 + 6 + 8 + 8 = 32 points.
    const errors = errorsOf(
      withBands([
        { fromPoints: 0, toPoints: 15, weeklyPence: 4_000 },
        { fromPoints: 16, toPoints: 30, weeklyPence: 9_000 },
      ]),
    )
    expect(errors).toEqual([
      {
        path: 'money.bands.1.toPoints',
        message:
          'The last band ends at 30 points but answers can score up to 32 points: add a band, or set its toPoints to null so that it covers every higher score',
      },
    ])
  })

  it('rejects a band that pays less than the one below, unless allowNonMonotonic is set', () => {
    const bands = [
      { fromPoints: 0, toPoints: 15, weeklyPence: 9_000 },
      { fromPoints: 16, toPoints: null, weeklyPence: 8_000 },
    ]
    expect(errorsOf(withBands(bands))).toEqual([
      {
        path: 'money.bands.1.weeklyPence',
        message:
          'Band 2 (16 points or more) pays £80.00 a week, less than band 1 (£90.00): more points must never mean a smaller budget (set allowNonMonotonic to true only if that is intended)',
      },
    ])
    const allowed = tinyRasWith((c) => {
      c.money = { method: 'bands', bands }
      c.allowNonMonotonic = true
    })
    expect(errorsOf(allowed)).toEqual([])
  })
})

describe('validateRasConfig: against the questionnaire', () => {
  it('rejects a question the questionnaire does not have', () => {
    const config = tinyRasWith((c) => {
      c.domains[0]?.scoring.push({ type: 'yes-no', question: 'bathing', yes: 4, no: 0 })
    })
    expect(errorsOf(config)).toEqual([
      {
        path: 'domains.0.scoring.2.question',
        message: 'Domain "care" refers to "bathing", which is not a question in questionnaire "tiny-saq"',
      },
    ])
  })

  it('rejects unknown options and options without points, and scoring a question as the wrong type', () => {
    const config = tinyRasWith((c) => {
      c.domains[0] = {
        id: 'care',
        title: 'Care',
        scoring: [
          { type: 'single-choice', question: 'washing', points: { none: 0, some: 4, always: 10 } },
          { type: 'single-choice', question: 'meals', points: { yes: 6 } },
        ],
      }
    })
    expect(errorsOf(config)).toEqual([
      {
        path: 'domains.0.scoring.0.points.always',
        message: 'Domain "care" gives points for "always", which is not an option of "washing"',
      },
      {
        path: 'domains.0.scoring.0.points',
        message: 'Domain "care" gives no points for option "all" of "washing": give it 0 if it scores nothing',
      },
      {
        path: 'domains.0.scoring.1.question',
        message: 'Domain "care" needs a single choice question, but "meals" is a yes/no question',
      },
    ])
  })

  it('checks additions, informal support and living caps refer to real questions and answers', () => {
    const config = tinyRasWith((c) => {
      c.questionnaireId = 'other-saq'
      c.additions = [
        {
          id: 'night',
          title: 'Night support',
          when: { op: 'equals', question: 'nights', value: true },
          weeklyPence: 5_000,
        },
      ]
      c.informalSupport = {
        title: 'Family',
        question: 'family',
        reductionPercent: { none: 0, lots: 30 },
        floorPoints: 0,
      }
      c.livingSituationCaps = {
        question: 'home',
        caps: [{ answer: 'hospital', label: 'people in hospital', weeklyPence: 10_000 }],
      }
    })
    expect(errorsOf(config)).toEqual([
      { path: 'questionnaireId', message: 'This RAS is for questionnaire "other-saq", not "tiny-saq"' },
      {
        path: 'informalSupport.reductionPercent.lots',
        message: 'The informal support adjustment has a reduction for "lots", which is not an answer to "family"',
      },
      {
        path: 'informalSupport.reductionPercent',
        message:
          'The informal support adjustment has no reduction for the answer "some" to "family": give it 0 if there is none',
      },
      { path: 'additions.0.when', message: 'Addition "night" has a condition on "nights", which does not exist' },
      {
        path: 'livingSituationCaps.caps.0.answer',
        message: 'The living situation cap is for the answer "hospital", which is not an option of "home"',
      },
    ])
  })
})

describe('validateRasConfig: consistency', () => {
  it('refuses additions, caps and informal support keyed to a scored question, unless allowNonMonotonic is set', () => {
    const config = tinyRasWith((c) => {
      c.additions.push({
        id: 'washing-extra',
        title: 'Extra',
        when: { op: 'equals', question: 'washing', value: 'some' },
        weeklyPence: 1_000,
      })
      c.livingSituationCaps = { question: 'washing', caps: [] }
    })
    const tail =
      'a higher-scoring answer could then lower the budget. Use a question that does not score, or set allowNonMonotonic to true and explain why'
    expect(errorsOf(config)).toEqual([
      {
        path: 'additions.1.when',
        message: `Addition "washing-extra" depends on "washing", which also scores points in domain "care": ${tail}`,
      },
      {
        path: 'livingSituationCaps.question',
        message: `The living situation cap depends on "washing", which also scores points in domain "care": ${tail}`,
      },
    ])
  })

  it('rejects repeated ids, a question scored twice, limits the wrong way round and dates the wrong way round', () => {
    const config = tinyRasWith((c) => {
      c.effectiveTo = '2025-03-31'
      c.domains.push({
        id: 'care',
        title: 'Care again',
        scoring: [{ type: 'yes-no', question: 'meals', yes: 1, no: 0 }],
      })
      c.minimumWeeklyPence = 25_000
      c.maximumWeeklyPence = 24_000
    })
    expect(validateRasConfig(config)).toEqual({
      ok: false,
      errors: [
        { path: 'effectiveTo', message: 'effectiveTo (2025-03-31) is before effectiveFrom (2025-04-01)' },
        {
          path: 'domains.2.scoring.0.question',
          message: 'Question "meals" is scored more than once (first in domain "care"): score each question once',
        },
        { path: 'domains.2.id', message: 'Domain id "care" is used more than once: ids must be unique' },
        { path: 'maximumWeeklyPence', message: 'The maximum (£240.00 a week) is below the minimum (£250.00 a week)' },
        {
          path: 'livingSituationCaps.caps.0.weeklyPence',
          message:
            'The maximum for people in a care home (£200.00 a week) is below the minimum for this RAS (£250.00 a week)',
        },
      ],
    })
  })

  it('words shape errors plainly', () => {
    const { money: _money, ...noMoney } = tinyRas
    expect(validateRasConfig({ ...noMoney, illustrative: 'yes', minimumWeeklyPence: 45.5 })).toEqual({
      ok: false,
      errors: [
        { path: 'illustrative', message: 'Illustrative must be yes or no (true or false), not the text "yes"' },
        { path: 'money', message: 'Money is required' },
        { path: 'minimumWeeklyPence', message: 'Minimum weekly amount (in pence) must be a whole number, not 45.5' },
      ],
    })
  })
})
