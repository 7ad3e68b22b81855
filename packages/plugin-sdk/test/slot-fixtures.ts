import type { QuestionnaireDefinition, RasConfig, Section } from '@open-sds/plugin-sdk'

/** A two-question SAQ: the smallest that a RAS with a domain and an addition can be checked against. */
export function tinySaq(): QuestionnaireDefinition {
  return {
    id: 'tiny-saq',
    version: '1',
    title: 'Tiny self-assessment',
    sections: [
      {
        id: 'personal-care',
        title: 'Personal care',
        questions: [
          {
            type: 'single-choice',
            id: 'washing',
            label: 'How much help do you need to wash?',
            required: true,
            options: [
              { value: 'none', label: 'None' },
              { value: 'some', label: 'Some' },
              { value: 'lots', label: 'Lots' },
            ],
          },
          { type: 'yes-no', id: 'night-support', label: 'Do you need someone with you overnight?', required: true },
        ],
      },
    ],
  }
}

/** Extra local questions, for a plugin that extends an SAQ from an earlier layer. */
export function peerSupportSection(): Section {
  return {
    id: 'peer-support',
    title: 'Peer support',
    questions: [
      {
        type: 'yes-no',
        id: 'wants-peer-support',
        label: 'Would you like to meet people with similar experiences?',
        required: false,
      },
    ],
  }
}

/** A RAS for the tiny SAQ: 0 to 10 points in two bands, and an addition for night support. */
export function tinyRas(): RasConfig {
  return {
    id: 'tiny-ras',
    version: '2025.1',
    title: 'the tiny test RAS',
    effectiveFrom: '2025-04-01',
    illustrative: true,
    questionnaireId: 'tiny-saq',
    domains: [
      {
        id: 'personal-care',
        title: 'Personal care',
        scoring: [{ type: 'single-choice', question: 'washing', points: { none: 0, some: 4, lots: 10 } }],
      },
    ],
    money: {
      method: 'bands',
      bands: [
        { fromPoints: 0, toPoints: 5, weeklyPence: 5_000 },
        { fromPoints: 6, toPoints: null, weeklyPence: 15_000 },
      ],
    },
    additions: [
      {
        id: 'night-support',
        title: 'Night support',
        when: { op: 'equals', question: 'night-support', value: true },
        weeklyPence: 8_000,
      },
    ],
    minimumWeeklyPence: 0,
    maximumWeeklyPence: 50_000,
  }
}
