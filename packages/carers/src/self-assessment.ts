import type { QuestionnaireDefinition } from '@open-sds/questionnaire'
import { CARER_OUTCOMES } from './outcomes.js'

/**
 * The national default carer's self-assessment: what Care Act s10(5)-(6) asks a carer's assessment to look at
 * (whether they are able and willing to carry on caring, the outcomes they want, the impact on their wellbeing, work,
 * education and recreation), in the carer's own words. It is questionnaire data: a council replaces it in its plugin.
 * The practitioner's determination is recorded against these answers; it does not score them.
 */
export const DEFAULT_CARER_SELF_ASSESSMENT: QuestionnaireDefinition = {
  id: 'carers-self-assessment',
  version: 'national-default-2026.1',
  title: 'Support for you as a carer',
  sections: [
    {
      id: 'your-caring',
      title: 'Your caring',
      questions: [
        {
          type: 'text',
          id: 'caring-tasks',
          label: 'What do you do for the person you care for?',
          hint: 'For example help with washing, meals, medicines, money, appointments, or keeping them company',
          required: true,
          errorLabel: 'what you do for the person you care for',
          multiline: true,
          maxLength: 2000,
        },
        {
          type: 'number',
          id: 'hours-caring',
          label: 'About how many hours a week do you spend caring?',
          required: true,
          errorLabel: 'about how many hours a week you spend caring',
          min: 0,
          max: 168,
          integer: true,
          unit: 'hours',
        },
        {
          type: 'single-choice',
          id: 'able-and-willing',
          label: 'Are you able and willing to carry on caring?',
          required: true,
          errorLabel: 'whether you are able and willing to carry on caring',
          options: [
            { value: 'yes', label: 'Yes' },
            { value: 'with-support', label: 'Yes, but only with more support' },
            { value: 'no', label: 'No, or not for much longer' },
          ],
        },
      ],
    },
    {
      id: 'your-life',
      title: 'Your own life',
      questions: [
        {
          type: 'multiple-choice',
          id: 'hard-to-do',
          label: 'Because of caring, which of these do you find hard or impossible to do?',
          hint: 'Select all that apply. Hard includes things you can only do with a lot of pain, distress or worry',
          required: false,
          options: CARER_OUTCOMES.map((outcome) => ({ value: outcome.code, label: outcome.title })),
        },
        {
          type: 'single-choice',
          id: 'health',
          label: 'Is caring affecting your own physical or mental health?',
          required: true,
          errorLabel: 'whether caring is affecting your own health',
          options: [
            { value: 'no', label: 'No' },
            { value: 'at-risk', label: 'It could if things carry on as they are' },
            { value: 'yes', label: 'Yes, it is getting worse' },
          ],
        },
        {
          type: 'text',
          id: 'what-matters',
          label: 'What would you like to be different for you?',
          hint: 'In your own words: the things that matter to you, such as a break, work, learning or time with friends',
          required: true,
          errorLabel: 'what you would like to be different for you',
          multiline: true,
          maxLength: 2000,
        },
        {
          type: 'text',
          id: 'if-you-cannot-care',
          label: 'If you suddenly could not care, who could step in?',
          required: false,
          multiline: true,
          maxLength: 2000,
        },
      ],
    },
  ],
}
