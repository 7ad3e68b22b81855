import type { RasConfig, SingleChoiceScoring } from '../config-schema.js'

/*
 * An ILLUSTRATIVE RAS for the illustrative SAQ. No council publishes its points table or price per point, so
 * every figure here is made up to show how the calculation works; explanations built from it say so.
 */

/** Points for the four standard answers (managing alone always scores 0). */
function scale(question: string, prompting: number, someHelp: number, fullHelp: number): SingleChoiceScoring {
  return {
    type: 'single-choice',
    question,
    points: { independent: 0, prompting, 'some-help': someHelp, 'full-help': fullHelp },
  }
}

export const illustrativeRasConfig: RasConfig = {
  id: 'illustrative-ras',
  version: '2025.1',
  title: 'the illustrative Open SDS RAS',
  effectiveFrom: '2025-04-01',
  illustrative: true,
  questionnaireId: 'illustrative-saq',
  source: 'Made up for Open SDS examples and benchmarks; not calibrated on any council’s cases',
  domains: [
    {
      id: 'personal-care',
      title: 'Personal care',
      scoring: [scale('hygiene', 2, 6, 10), scale('toilet', 2, 6, 10), scale('clothing', 1, 4, 7)],
    },
    { id: 'eating-and-food', title: 'Eating and food', scoring: [scale('nutrition', 2, 6, 10)] },
    {
      id: 'home-and-living',
      title: 'Home and living',
      scoring: [
        scale('home-safety', 2, 5, 8),
        {
          type: 'multiple-choice',
          question: 'habitable-home',
          points: { cleaning: 2, laundry: 2, bills: 1, repairs: 1 },
          maxPoints: 6,
        },
      ],
    },
    {
      id: 'relationships-and-activities',
      title: 'Relationships and activities',
      scoring: [scale('relationships', 1, 3, 5), scale('community', 2, 4, 7)],
    },
    { id: 'work-and-learning', title: 'Work and learning', scoring: [scale('work-learning', 1, 3, 5)] },
    { id: 'caring-for-others', title: 'Caring for others', scoring: [scale('caring-for-child', 2, 4, 6)] },
    {
      id: 'staying-safe',
      title: 'Staying safe',
      scoring: [
        { type: 'single-choice', question: 'left-alone', points: { 'any-time': 0, 'few-hours': 4, 'not-at-all': 8 } },
        { type: 'number', question: 'supervision-hours', pointsPerUnit: 0.25, maxPoints: 12 },
      ],
    },
  ],
  informalSupport: {
    title: 'Support from family and friends',
    question: 'family-support',
    reductionPercent: { none: 0, 'a-little': 10, 'a-lot': 25 },
    floorPoints: 10,
  },
  money: {
    method: 'bands',
    bands: [
      { fromPoints: 0, toPoints: 10, weeklyPence: 5_000 },
      { fromPoints: 11, toPoints: 20, weeklyPence: 12_000 },
      { fromPoints: 21, toPoints: 30, weeklyPence: 19_500 },
      { fromPoints: 31, toPoints: 40, weeklyPence: 27_000 },
      { fromPoints: 41, toPoints: 50, weeklyPence: 34_500 },
      { fromPoints: 51, toPoints: 60, weeklyPence: 42_000 },
      { fromPoints: 61, toPoints: 70, weeklyPence: 50_000 },
      { fromPoints: 71, toPoints: 80, weeklyPence: 58_000 },
      { fromPoints: 81, toPoints: null, weeklyPence: 66_000 },
    ],
  },
  additions: [
    {
      id: 'night-support',
      title: 'Night support',
      when: { op: 'equals', question: 'night-support', value: true },
      weeklyPence: 8_000,
    },
    {
      id: 'two-carers',
      title: 'Needing two carers at once',
      when: { op: 'equals', question: 'two-carers', value: true },
      weeklyPence: 12_000,
    },
    {
      id: 'carer-breaks',
      title: 'Breaks for your family carer',
      when: { op: 'equals', question: 'carer-breaks', value: true },
      weeklyPence: 4_000,
    },
  ],
  minimumWeeklyPence: 5_000,
  maximumWeeklyPence: 90_000,
  livingSituationCaps: {
    question: 'living-situation',
    caps: [
      { answer: 'supported-living', label: 'people in supported living', weeklyPence: 75_000 },
      { answer: 'shared-lives', label: 'people living with a Shared Lives carer', weeklyPence: 60_000 },
    ],
  },
}
