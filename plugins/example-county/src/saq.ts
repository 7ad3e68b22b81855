import type { QuestionnaireDefinition, questionnaire } from '@open-sds/plugin-sdk'

/*
 * Northmoor's ILLUSTRATIVE self-assessment questionnaire (SAQ). One question for each of the ten outcomes of the Care
 * and Support (Eligibility Criteria) Regulations 2015, reg. 2, then support from family and friends, where the person
 * lives, night support and needing two carers at once. No council publishes its SAQ with points, so the wording is
 * ours and the RAS that scores it (src/ras.ts) is calibrated on synthetic cases only.
 */

/**
 * Four graded answers used for every outcome. They follow "unable to achieve" in reg. 2(3): needing prompting counts,
 * and so does managing only with pain, distress or risk, or taking far longer than usual.
 */
const HOW_MUCH_HELP: questionnaire.Option[] = [
  {
    value: 'independent',
    label: 'I manage this on my own',
    hint: 'Safely, without pain or worry, and in a reasonable time',
  },
  { value: 'prompting', label: 'I manage if someone reminds or encourages me' },
  {
    value: 'some-help',
    label: 'I need another person to help with some of it',
    hint: 'Or I can do it, but it causes me a lot of pain or worry, or takes me much longer than most people',
  },
  { value: 'full-help', label: 'I need another person to do it with me or for me every time' },
]

const EASY_READ_HELP = {
  independent: { label: 'I can do it myself' },
  prompting: { label: 'I can do it if someone reminds me' },
  'some-help': { label: 'I need some help' },
  'full-help': { label: 'I need help every time' },
}

/** One outcome question. `what` completes "How much help do you need …". */
function outcome(id: string, what: string, hint: string, easyRead: string): questionnaire.SingleChoiceQuestion {
  return {
    type: 'single-choice',
    id,
    label: `How much help do you need ${what}?`,
    hint,
    required: true,
    errorLabel: `how much help you need ${what}`,
    options: HOW_MUCH_HELP,
    easyRead: { label: easyRead, options: EASY_READ_HELP },
  }
}

export const northmoorSaq: QuestionnaireDefinition = {
  id: 'northmoor-saq',
  version: '2025.1',
  title: 'Your care and support needs (illustrative self-assessment)',
  description:
    'This questionnaire is illustrative: Northmoor County Council is fictional, and the questions and the budget they lead to are ' +
    'examples that show how a self-assessment works. They are not any real council’s.',
  sections: [
    {
      id: 'about-you',
      title: 'About you',
      questions: [
        {
          type: 'single-choice',
          id: 'living-situation',
          label: 'Where do you live?',
          hint: 'Choose the one that is most like where you live now',
          required: true,
          errorLabel: 'where you live',
          options: [
            { value: 'own-home', label: 'In my own home, or a home I rent' },
            { value: 'family-home', label: 'With my family' },
            {
              value: 'supported-living',
              label: 'In supported living',
              hint: 'A home of your own with support staff nearby',
            },
            {
              value: 'shared-lives',
              label: 'With a Shared Lives carer',
              hint: 'Living with a carer and their family in their home',
            },
          ],
        },
        {
          type: 'single-choice',
          id: 'family-support',
          label: 'How much support do family and friends give you, that they are happy to keep giving?',
          hint: 'Only count help they choose to give and can keep giving. Nobody has to keep caring if they cannot',
          required: true,
          errorLabel: 'how much support family and friends give you',
          options: [
            { value: 'none', label: 'None' },
            { value: 'a-little', label: 'A little, for example a visit most days' },
            { value: 'a-lot', label: 'A lot, for example someone lives with me and helps every day' },
          ],
        },
        {
          type: 'yes-no',
          id: 'carer-breaks',
          label: 'Does a family carer need regular breaks so that they can keep caring?',
          hint: 'They can also ask us for a carer’s assessment of their own needs',
          required: true,
          errorLabel: 'if a family carer needs regular breaks',
          showWhen: { op: 'not-equals', question: 'family-support', value: 'none' },
        },
      ],
    },
    {
      id: 'personal-care',
      title: 'Personal care',
      questions: [
        outcome(
          'hygiene',
          'to keep clean',
          'For example washing, bathing, brushing your teeth',
          'Do you need help to wash?',
        ),
        outcome(
          'toilet',
          'to use the toilet',
          'Including getting there in time and managing continence',
          'Do you need help to use the toilet?',
        ),
        outcome(
          'clothing',
          'to dress in clothes that suit you and the weather',
          'Including having clean clothes to wear',
          'Do you need help to get dressed?',
        ),
        {
          type: 'yes-no',
          id: 'two-carers',
          label: 'Do you need two people to help you at the same time, for example to move you safely?',
          hint: 'For example with a hoist, or to get in and out of bed',
          required: true,
          errorLabel: 'if you need two people to help you at the same time',
          showWhen: {
            op: 'any',
            conditions: [
              { op: 'equals', question: 'hygiene', value: 'full-help' },
              { op: 'equals', question: 'toilet', value: 'full-help' },
            ],
          },
        },
      ],
    },
    {
      id: 'eating-and-food',
      title: 'Eating and food',
      questions: [
        outcome(
          'nutrition',
          'to eat and drink enough',
          'Including shopping for food and making meals',
          'Do you need help to eat and drink?',
        ),
      ],
    },
    {
      id: 'home-and-living',
      title: 'Home and living',
      questions: [
        outcome(
          'home-safety',
          'to move around your home safely',
          'Including stairs, the kitchen and getting in and out',
          'Do you need help to be safe at home?',
        ),
        outcome(
          'habitable-home',
          'to keep your home clean, warm and safe to live in',
          'For example cleaning, laundry, and paying bills so that the heating and water stay on',
          'Do you need help to look after your home?',
        ),
      ],
    },
    {
      id: 'relationships-and-activities',
      title: 'Relationships and activities',
      questions: [
        outcome(
          'relationships',
          'to keep in touch with family and friends',
          'And to make new friends if you want to',
          'Do you need help to see family and friends?',
        ),
        outcome(
          'community',
          'to get out and use local places',
          'For example shops, the GP, buses, a leisure centre or a place of worship',
          'Do you need help to go out?',
        ),
      ],
    },
    {
      id: 'work-and-learning',
      title: 'Work and learning',
      questions: [
        outcome(
          'work-learning',
          'to work, study, train or volunteer',
          'Answer for what you do or would like to do',
          'Do you need help with work or learning?',
        ),
      ],
    },
    {
      id: 'caring-for-others',
      title: 'Caring for others',
      questions: [
        {
          type: 'yes-no',
          id: 'cares-for-child',
          label: 'Do you look after a child?',
          required: true,
          errorLabel: 'if you look after a child',
        },
        {
          ...outcome(
            'caring-for-child',
            'to look after your child',
            'For example getting them ready for school or cooking for them',
            'Do you need help to look after your child?',
          ),
          showWhen: { op: 'equals', question: 'cares-for-child', value: true },
        },
      ],
    },
    {
      id: 'nights',
      title: 'Nights',
      questions: [
        {
          type: 'yes-no',
          id: 'night-support',
          label: 'Do you need someone awake or on call with you overnight?',
          hint: 'For example to help you turn, use the toilet or stay safe at night',
          required: true,
          errorLabel: 'if you need someone with you overnight',
        },
      ],
    },
  ],
}
