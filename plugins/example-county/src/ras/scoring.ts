import type { RasConfig, ras } from '@open-sds/plugin-sdk'

/*
 * How Northmoor's ILLUSTRATIVE RAS turns answers into points. Kept apart from the money so that the synthetic cases
 * can be scored, and the allocation table calibrated on them, before any amounts exist.
 */

/** Points for the four graded answers; managing alone always scores 0. */
function graded(question: string, prompting: number, someHelp: number, fullHelp: number): ras.SingleChoiceScoring {
  return {
    type: 'single-choice',
    question,
    points: { independent: 0, prompting, 'some-help': someHelp, 'full-help': fullHelp },
  }
}

export const northmoorScoring: Pick<RasConfig, 'questionnaireId' | 'domains' | 'informalSupport'> = {
  questionnaireId: 'northmoor-saq',
  domains: [
    {
      id: 'personal-care',
      title: 'Personal care',
      scoring: [graded('hygiene', 2, 6, 10), graded('toilet', 2, 6, 10), graded('clothing', 1, 4, 7)],
    },
    { id: 'eating-and-food', title: 'Eating and food', scoring: [graded('nutrition', 2, 6, 10)] },
    {
      id: 'home-and-living',
      title: 'Home and living',
      scoring: [graded('home-safety', 2, 5, 8), graded('habitable-home', 1, 3, 6)],
    },
    {
      id: 'relationships-and-activities',
      title: 'Relationships and activities',
      scoring: [graded('relationships', 1, 3, 5), graded('community', 2, 4, 7)],
    },
    { id: 'work-and-learning', title: 'Work and learning', scoring: [graded('work-learning', 1, 3, 5)] },
    { id: 'caring-for-others', title: 'Caring for others', scoring: [graded('caring-for-child', 2, 4, 6)] },
  ],
  // Support that family and friends choose to keep giving meets part of the need; a floor keeps some budget for
  // breaks, so that living with a carer is never penalised down to nothing.
  informalSupport: {
    title: 'Support from family and friends',
    question: 'family-support',
    reductionPercent: { none: 0, 'a-little': 10, 'a-lot': 25 },
    floorPoints: 10,
  },
}
