import type { Option, QuestionnaireDefinition, SingleChoiceQuestion } from '@open-sds/questionnaire'

/*
 * An ILLUSTRATIVE self-assessment questionnaire: one question for each of the ten outcomes of the Care and
 * Support (Eligibility Criteria) Regulations 2015, reg. 2, plus support from family and friends, living situation,
 * night support and two carers. No council publishes its SAQ with points, so the wording here is ours.
 */

/** The same four answers for every outcome, following "unable to achieve" in reg. 2(3): prompting counts. */
const HOW_MUCH_HELP: Option[] = [
  { value: 'independent', label: 'I manage this on my own' },
  { value: 'prompting', label: 'I manage if someone reminds or encourages me' },
  { value: 'some-help', label: 'I need another person to help with some of it' },
  { value: 'full-help', label: 'I need another person to do it with me or for me every time' },
]

const EASY_READ_HELP = {
  independent: { label: 'I can do it myself' },
  prompting: { label: 'I can do it if someone reminds me' },
  'some-help': { label: 'I need some help' },
  'full-help': { label: 'I need help every time' },
}

/** An outcome question with the standard answers. `what` completes "How much help do you need …". */
function outcome(id: string, what: string, hint: string, easyRead: string): SingleChoiceQuestion {
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

export const illustrativeSaq: QuestionnaireDefinition = {
  id: 'illustrative-saq',
  version: '2025.1',
  title: 'Your support needs (illustrative self-assessment)',
  description: 'An illustrative questionnaire for Open SDS examples and benchmarks. It is not any council’s real SAQ.',
  sections: [
    {
      id: 'about-you',
      title: 'About you',
      questions: [
        {
          type: 'single-choice',
          id: 'living-situation',
          label: 'Where do you live?',
          required: true,
          errorLabel: 'where you live',
          options: [
            { value: 'own-home', label: 'In my own home, or a home I rent' },
            { value: 'family-home', label: 'With my family' },
            { value: 'supported-living', label: 'In supported living' },
            { value: 'shared-lives', label: 'With a Shared Lives carer' },
          ],
        },
        {
          type: 'single-choice',
          id: 'family-support',
          label: 'How much support do family and friends give you, that they are happy to keep giving?',
          hint: 'Only count help they choose to give and can keep giving',
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
          'For example washing, bathing, brushing teeth',
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
          'Including washing clothes you need',
          'Do you need help to get dressed?',
        ),
        {
          type: 'yes-no',
          id: 'two-carers',
          label: 'Do you need two people to help you at the same time, for example to move you safely?',
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
        {
          type: 'multiple-choice',
          id: 'habitable-home',
          label: 'Which of these do you need help with to keep your home clean and safe to live in?',
          hint: 'Select all that apply. Leave them all unticked if you need no help',
          required: false,
          options: [
            { value: 'cleaning', label: 'Cleaning' },
            { value: 'laundry', label: 'Laundry' },
            { value: 'bills', label: 'Paying bills so that heating and water stay on' },
            { value: 'repairs', label: 'Arranging repairs' },
          ],
        },
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
          'Answer for what you do or want to do',
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
            'For example getting them ready for school',
            'Do you need help to look after your child?',
          ),
          showWhen: { op: 'equals', question: 'cares-for-child', value: true },
        },
      ],
    },
    {
      id: 'staying-safe',
      title: 'Staying safe',
      questions: [
        {
          type: 'single-choice',
          id: 'left-alone',
          label: 'Can you be on your own safely?',
          required: true,
          errorLabel: 'if you can be on your own safely',
          options: [
            { value: 'any-time', label: 'Yes, at any time' },
            { value: 'few-hours', label: 'Yes, but only for a few hours' },
            { value: 'not-at-all', label: 'No, someone needs to be with me' },
          ],
        },
        {
          type: 'number',
          id: 'supervision-hours',
          label: 'How many hours a week does someone need to be with you to keep you safe?',
          hint: 'Count daytime hours only. Nights are the next question',
          required: true,
          min: 0,
          max: 112,
          integer: true,
          unit: 'hours',
          showWhen: { op: 'not-equals', question: 'left-alone', value: 'any-time' },
        },
        {
          type: 'yes-no',
          id: 'night-support',
          label: 'Do you need someone awake or on call with you overnight?',
          required: true,
          errorLabel: 'if you need someone with you overnight',
        },
      ],
    },
  ],
}
