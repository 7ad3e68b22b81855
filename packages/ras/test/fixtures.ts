import type { QuestionnaireDefinition } from '@open-sds/questionnaire'
import type { RasConfig } from '../src/index.js'

/** The questionnaire the tiny RAS scores. */
export const tinySaq: QuestionnaireDefinition = {
  id: 'tiny-saq',
  version: '1',
  title: 'Tiny SAQ',
  sections: [
    {
      id: 'all',
      title: 'All',
      questions: [
        {
          type: 'single-choice',
          id: 'washing',
          label: 'Washing',
          required: true,
          options: [
            { value: 'none', label: 'No help' },
            { value: 'some', label: 'Some help' },
            { value: 'all', label: 'Help every time' },
          ],
        },
        { type: 'yes-no', id: 'meals', label: 'Help with meals?', required: true },
        {
          type: 'number',
          id: 'hours',
          label: 'Hours of supervision a week',
          required: true,
          min: 0,
          max: 168,
          unit: 'hours',
        },
        {
          type: 'multiple-choice',
          id: 'help-with',
          label: 'Help with',
          required: false,
          options: [
            { value: 'a', label: 'A' },
            { value: 'b', label: 'B' },
            { value: 'c', label: 'C' },
          ],
        },
        {
          type: 'single-choice',
          id: 'family',
          label: 'Family support',
          required: true,
          options: [
            { value: 'none', label: 'None' },
            { value: 'some', label: 'Some' },
          ],
        },
        { type: 'yes-no', id: 'night', label: 'Night support?', required: true },
        {
          type: 'single-choice',
          id: 'home',
          label: 'Where do you live?',
          required: true,
          options: [
            { value: 'own', label: 'Own home' },
            { value: 'care-home', label: 'Care home' },
          ],
        },
      ],
    },
  ],
}

/** A small RAS whose results the tests work out by hand. */
export const tinyRas: RasConfig = {
  id: 'tiny-ras',
  version: '1',
  title: 'the tiny test RAS',
  effectiveFrom: '2025-04-01',
  illustrative: false,
  questionnaireId: 'tiny-saq',
  domains: [
    {
      id: 'care',
      title: 'Care',
      scoring: [
        { type: 'single-choice', question: 'washing', points: { none: 0, some: 4, all: 10 } },
        { type: 'yes-no', question: 'meals', yes: 6, no: 0 },
      ],
    },
    {
      id: 'safety',
      title: 'Safety',
      scoring: [
        { type: 'number', question: 'hours', pointsPerUnit: 0.5, maxPoints: 8 },
        { type: 'multiple-choice', question: 'help-with', points: { a: 3, b: 3, c: 5 }, maxPoints: 8 },
      ],
    },
  ],
  informalSupport: {
    title: 'Support from family and friends',
    question: 'family',
    reductionPercent: { none: 0, some: 20 },
    floorPoints: 5,
  },
  money: {
    method: 'bands',
    bands: [
      { fromPoints: 0, toPoints: 5, weeklyPence: 4_000 },
      { fromPoints: 6, toPoints: 15, weeklyPence: 10_000 },
      { fromPoints: 16, toPoints: 25, weeklyPence: 18_000 },
      { fromPoints: 26, toPoints: null, weeklyPence: 30_000 },
    ],
  },
  additions: [
    { id: 'night', title: 'Night support', when: { op: 'equals', question: 'night', value: true }, weeklyPence: 5_000 },
  ],
  minimumWeeklyPence: 4_500,
  maximumWeeklyPence: 32_000,
  livingSituationCaps: {
    question: 'home',
    caps: [{ answer: 'care-home', label: 'people in a care home', weeklyPence: 20_000 }],
  },
}

/** A copy the test can change without affecting others. */
export function tinyRasWith(change: (config: RasConfig) => void): RasConfig {
  const copy = structuredClone(tinyRas)
  change(copy)
  return copy
}

/** The answers of the hand-worked example (hand-worked.test.ts): 22 points, 18 after family support, £230.00 a week. */
export const handWorkedAnswers = {
  washing: 'some',
  meals: true,
  hours: 9,
  'help-with': ['a', 'c'],
  family: 'some',
  night: true,
  home: 'own',
}
