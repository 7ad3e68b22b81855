import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Answers } from '@open-sds/questionnaire'
import {
  bandIssues,
  calculateIndicativeBudget,
  calibrate,
  illustrativeRasConfig,
  illustrativeSaq,
  validateRasConfig,
} from '../src/index.js'
import type { RasConfig } from '../src/index.js'

/** A random but valid RAS: single-choice questions in domains, unscored questions for everything else. */
const configArb = fc
  .record({
    points: fc.array(
      fc.array(fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 2, maxLength: 4 }), {
        minLength: 1,
        maxLength: 3,
      }),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
    reduction: fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })),
    floorPoints: fc.integer({ min: 0, max: 20 }),
    bands: fc.option(
      fc.array(fc.tuple(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 0, max: 10_000 })), {
        minLength: 1,
        maxLength: 6,
      }),
      {
        nil: undefined,
      },
    ),
    pencePerPoint: fc.integer({ min: 0, max: 5_000 }),
    additions: fc.array(fc.integer({ min: 0, max: 20_000 }), { maxLength: 3 }),
    minimum: fc.integer({ min: 0, max: 10_000 }),
    aboveMinimum: fc.integer({ min: 0, max: 100_000 }),
    capAboveMinimum: fc.integer({ min: 0, max: 100_000 }),
  })
  .map((g): RasConfig => {
    let from = 0
    let weekly = 0
    const bands = (g.bands ?? []).map(([width, rise], i, all) => {
      weekly += rise
      const band = { fromPoints: from, toPoints: i === all.length - 1 ? null : from + width - 1, weeklyPence: weekly }
      from += width
      return band
    })
    return {
      id: 'random-ras',
      version: '1',
      title: 'a random RAS',
      effectiveFrom: '2025-04-01',
      illustrative: true,
      questionnaireId: 'random-saq',
      domains: g.points.map((questions, d) => ({
        id: `d${d}`,
        title: `Domain ${d}`,
        scoring: questions.map((options, q) => ({
          type: 'single-choice' as const,
          question: `q${d}-${q}`,
          points: Object.fromEntries(options.map((p, o) => [`o${o}`, p])),
        })),
      })),
      informalSupport: {
        title: 'Family',
        question: 'family',
        reductionPercent: { f0: g.reduction[0], f1: g.reduction[1] },
        floorPoints: g.floorPoints,
      },
      money:
        g.bands === undefined
          ? { method: 'price-per-point', pencePerPoint: g.pencePerPoint }
          : { method: 'bands', bands },
      additions: g.additions.map((weeklyPence, i) => ({
        id: `a${i}`,
        title: `Addition ${i}`,
        when: { op: 'equals', question: `extra${i}`, value: true },
        weeklyPence,
      })),
      minimumWeeklyPence: g.minimum,
      maximumWeeklyPence: g.minimum + g.aboveMinimum,
      livingSituationCaps: {
        question: 'home',
        caps: [{ answer: 'h1', label: 'home 1', weeklyPence: g.minimum + g.capAboveMinimum }],
      },
    }
  })

/** Answers to a random RAS's questions: any option or none, for every question. */
function answersArb(config: RasConfig): fc.Arbitrary<Record<string, string | boolean | undefined>> {
  const scored = config.domains.flatMap((d) =>
    d.scoring.map(
      (rule) =>
        [
          rule.question,
          fc.option(fc.constantFrom(...Object.keys(rule.type === 'single-choice' ? rule.points : {})), {
            nil: undefined,
          }),
        ] as const,
    ),
  )
  const extras = config.additions.map((_, i) => [`extra${i}`, fc.boolean()] as const)
  return fc.record(
    Object.fromEntries([
      ...scored,
      ...extras,
      ['family', fc.option(fc.constantFrom('f0', 'f1'), { nil: undefined })],
      ['home', fc.constantFrom('h0', 'h1')],
    ]),
  )
}

const weekly = (config: RasConfig, answers: Answers): number => {
  const result = calculateIndicativeBudget(config, answers)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.value.weeklyPence
}

/** Answers, a scored question, and that question's highest-scoring option. */
const caseWithRaise = configArb.chain((config) =>
  fc.tuple(fc.constant(config), answersArb(config), fc.constantFrom(...config.domains.flatMap((d) => d.scoring))),
)

describe('RAS invariants (property tests)', () => {
  it('generates only valid configurations (so the properties below test real ones)', () => {
    fc.assert(
      fc.property(configArb, (config) => {
        expect(validateRasConfig(config)).toEqual({ ok: true, value: config })
      }),
    )
  })

  it('never gives a negative budget, and never more than the maximum', () => {
    fc.assert(
      fc.property(
        configArb.chain((config) => fc.tuple(fc.constant(config), answersArb(config))),
        ([config, answers]) => {
          const w = weekly(config, answers)
          expect(w).toBeGreaterThanOrEqual(0)
          expect(w).toBeGreaterThanOrEqual(config.minimumWeeklyPence)
          expect(w).toBeLessThanOrEqual(config.maximumWeeklyPence)
          expect(Number.isSafeInteger(w)).toBe(true)
        },
      ),
    )
  })

  it('never lowers the budget when an answer moves to a higher-scoring option, all else equal', () => {
    fc.assert(
      fc.property(caseWithRaise, fc.nat(), ([config, answers, rule], pick) => {
        if (rule.type !== 'single-choice') return
        const current = answers[rule.question]
        const currentPoints = typeof current === 'string' ? (rule.points[current] ?? 0) : 0
        const higher = Object.entries(rule.points).filter(([, p]) => p >= currentPoints)
        const [option] = higher[pick % higher.length] ?? []
        if (option === undefined) return
        expect(weekly(config, { ...answers, [rule.question]: option })).toBeGreaterThanOrEqual(weekly(config, answers))
      }),
    )
  })

  it('holds the same for the illustrative RAS, over its whole questionnaire', () => {
    const choiceRules = illustrativeRasConfig.domains
      .flatMap((d) => d.scoring)
      .filter((r) => r.type === 'single-choice')
    const optionsOf = (id: string) => {
      for (const s of illustrativeSaq.sections)
        for (const q of s.questions) if (q.id === id && q.type === 'single-choice') return q.options.map((o) => o.value)
      return []
    }
    const answers = fc.record({
      ...Object.fromEntries(choiceRules.map((r) => [r.question, fc.constantFrom(...optionsOf(r.question))])),
      'family-support': fc.constantFrom('none', 'a-little', 'a-lot'),
      'living-situation': fc.constantFrom('own-home', 'family-home', 'supported-living', 'shared-lives'),
      'habitable-home': fc.subarray(['cleaning', 'laundry', 'bills', 'repairs']),
      'supervision-hours': fc.integer({ min: 0, max: 112 }),
      'night-support': fc.boolean(),
      'two-carers': fc.boolean(),
      'carer-breaks': fc.boolean(),
    })
    fc.assert(
      fc.property(
        answers,
        fc.constantFrom(...choiceRules),
        fc.integer({ min: 0, max: 112 }),
        (given, rule, extraHours) => {
          if (rule.type !== 'single-choice') return
          const best = Object.entries(rule.points).reduce((a, b) => (b[1] > a[1] ? b : a))[0]
          const before = weekly(illustrativeRasConfig, given)
          expect(weekly(illustrativeRasConfig, { ...given, [rule.question]: best })).toBeGreaterThanOrEqual(before)
          const hours = Math.min(112, (given['supervision-hours'] as number) + extraHours)
          expect(weekly(illustrativeRasConfig, { ...given, 'supervision-hours': hours })).toBeGreaterThanOrEqual(before)
          expect(
            weekly(illustrativeRasConfig, { ...given, 'habitable-home': ['cleaning', 'laundry', 'bills', 'repairs'] }),
          ).toBeGreaterThanOrEqual(before)
        },
      ),
    )
  })
})

/** Historic cases with at least two different costs, so that R squared is defined. */
const casesArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 200_000 })), {
    minLength: 2,
    maxLength: 60,
  })
  .filter((rows) => new Set(rows.map(([, cost]) => cost)).size > 1 && rows.some(([points]) => points > 0))
  .map((rows) => rows.map(([points, actualWeeklyPence], i) => ({ caseId: `case-${i}`, points, actualWeeklyPence })))

describe('calibration invariants (property tests)', () => {
  it('reports R squared between 0 and 1 for both methods', () => {
    fc.assert(
      fc.property(casesArb, fc.integer({ min: 1, max: 12 }), (cases, bandCount) => {
        for (const options of [{ method: 'price-per-point' as const }, { method: 'bands' as const, bandCount }]) {
          const result = calibrate(cases, options)
          if (!result.ok) throw new Error(JSON.stringify(result.errors))
          expect(result.value.rSquared).not.toBeNull()
          expect(result.value.rSquared).toBeGreaterThanOrEqual(0)
          expect(result.value.rSquared).toBeLessThanOrEqual(1)
        }
      }),
    )
  })

  it('proposes a band table with no gaps or overlaps that never falls as points rise', () => {
    fc.assert(
      fc.property(casesArb, fc.integer({ min: 1, max: 12 }), (cases, bandCount) => {
        const result = calibrate(cases, { method: 'bands', bandCount })
        if (!result.ok || result.value.proposedMoney.method !== 'bands') throw new Error('expected bands')
        expect(bandIssues(result.value.proposedMoney.bands, { path: 'bands', allowNonMonotonic: false })).toEqual([])
        expect(result.value.proposedMoney.bands.at(-1)?.toPoints).toBeNull()
      }),
    )
  })

  it('lists as outliers exactly the cases a full sort puts furthest from the fit', () => {
    fc.assert(
      fc.property(casesArb, fc.integer({ min: 0, max: 8 }), (cases, outlierCount) => {
        const result = calibrate(cases, { method: 'price-per-point', outlierCount })
        if (!result.ok || result.value.proposedMoney.method !== 'price-per-point') throw new Error('expected a price')
        const price = result.value.proposedMoney.pencePerPoint
        const expected = cases
          .map((c) => ({ caseId: c.caseId, residual: c.actualWeeklyPence - c.points * price }))
          .sort((a, b) => Math.abs(b.residual) - Math.abs(a.residual) || (a.caseId < b.caseId ? -1 : 1))
          .slice(0, outlierCount)
        expect(result.value.outliers.map((o) => [o.caseId, o.residualPence])).toEqual(
          expected.map((e) => [e.caseId, e.residual]),
        )
      }),
    )
  })
})
