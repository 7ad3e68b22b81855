import { formatLongDate, formatPence } from '@open-sds/kernel'
import { careActEligibilityOutcomes, type EligibilityDetermination } from '@open-sds/outcomes'
import type { IndicativeBudget } from '@open-sds/ras'
import type { LetterContent } from './pdf-letter'

const outcomeTitles = new Map(careActEligibilityOutcomes.items.map((item) => [item.id, item.title]))
const yesNo = (met: boolean) => (met ? 'Yes' : 'No')

export type EligibilityLetterInput = {
  personName: string
  /** YYYY-MM-DD in England: the day of the decision. */
  decidedOn: string
  eligible: boolean
  determination: EligibilityDetermination['determination']
  budget: IndicativeBudget
  agreedWeeklyPence: number | null
  changeReason: string | null
  organisationName: string
}

/** The rules a letter was written under: the eligibility regulations and the allocation table's version. */
export const eligibilityLetterRules = (input: Pick<EligibilityLetterInput, 'determination' | 'budget'>) =>
  `${input.determination.regulation}; resource allocation ${input.budget.configId} version ${input.budget.configVersion}`

/**
 * The eligibility determination with its reasons and, when eligible, the personal budget with how it was worked out
 * and the rules version (issue 15): what the council decided, in the words the person reads on its pages.
 */
export function eligibilityLetter(input: EligibilityLetterInput): LetterContent {
  const { determination, budget } = input
  const outcomes = determination.outcomes.unableToAchieve.map((code) => outcomeTitles.get(code) ?? code)
  const conditions = {
    heading: 'Why we decided this',
    paragraphs: [
      'Your needs are eligible when all three conditions in the Care and Support (Eligibility Criteria) Regulations 2015 are met. This is what we found for each.',
    ],
    table: {
      headers: ['Condition', 'What we found', 'Met'],
      rows: [
        [
          'Your needs arise from a physical or mental impairment or illness',
          determination.impairment.reason,
          yesNo(determination.impairment.met),
        ],
        [
          'Because of them you cannot achieve two or more of the outcomes',
          outcomes.length > 0
            ? `${outcomes.join('; ')}. ${determination.outcomes.how}`.trim()
            : 'We did not find outcomes you are unable to achieve.',
          yesNo(determination.outcomes.met),
        ],
        [
          'As a result there is, or is likely to be, a significant impact on your wellbeing',
          determination.wellbeing.impact,
          yesNo(determination.wellbeing.met),
        ],
      ],
    },
  }
  const agreed = input.agreedWeeklyPence
  const budgetSections =
    input.eligible && agreed !== null
      ? [
          {
            heading: 'Your personal budget',
            paragraphs: [
              `Your personal budget is ${formatPence(agreed)} a week (${formatPence(agreed * 52)} a year).`,
              ...(agreed !== budget.weeklyPence && input.changeReason
                ? [
                    `This is different from the indicative budget of ${formatPence(budget.weeklyPence)} a week worked out from your self-assessment, because: ${input.changeReason}`,
                  ]
                : []),
            ],
          },
          {
            heading: 'How your indicative budget was worked out',
            paragraphs: ['Each step, in the order it was taken, from the answers in your self-assessment.'],
            table: {
              headers: ['Step', 'Points or amount'],
              rows: budget.explanation.map((step) => [
                step.text,
                step.weeklyPence !== undefined
                  ? `${formatPence(step.weeklyPence)} a week`
                  : step.points !== undefined
                    ? `${step.points} points`
                    : '',
              ]),
            },
          },
        ]
      : []
  return {
    title: input.eligible ? 'Your eligibility and personal budget decision' : 'Your eligibility decision',
    date: formatLongDate(input.decidedOn),
    greeting: `Dear ${input.personName},`,
    opening: [
      input.eligible
        ? 'We have decided that your needs are eligible for care and support from the council.'
        : 'We have decided that your needs are not eligible for care and support from the council.',
    ],
    sections: [
      conditions,
      ...budgetSections,
      {
        heading: 'The rules we used',
        paragraphs: [`This decision was made under: ${eligibilityLetterRules(input)}.`],
      },
      {
        heading: 'If you disagree',
        paragraphs: [
          'You can ask us to look at the decision again. Reply to us, or send a secure message when you sign in, within 28 days, saying what you think is wrong. We will tell you what we decide and why.',
          input.eligible
            ? 'Next, you plan how to spend your budget on the outcomes that matter to you. Sign in to start your support plan.'
            : 'We can still give you information and advice about support near you, and tell you what might prevent or delay your needs.',
        ],
      },
    ],
    closing: ['Yours sincerely,', input.organisationName],
  }
}
