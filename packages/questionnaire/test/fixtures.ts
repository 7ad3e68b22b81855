import type { QuestionnaireDefinition } from '../src/index.js'

/** A small care questionnaire that uses every question type and every kind of condition. */
export const careQuestionnaire: QuestionnaireDefinition = {
  id: 'care-needs',
  version: '1',
  title: 'Your care needs',
  sections: [
    {
      id: 'home',
      title: 'Your home',
      questions: [
        {
          type: 'yes-no',
          id: 'lives-alone',
          label: 'Do you live alone?',
          required: true,
          errorLabel: 'if you live alone',
        },
        {
          type: 'yes-no',
          id: 'night-support',
          label: 'Do you need someone with you at night?',
          required: true,
          showWhen: { op: 'equals', question: 'lives-alone', value: true },
        },
        {
          type: 'number',
          id: 'night-hours',
          label: 'How many hours a night?',
          required: true,
          min: 1,
          max: 12,
          integer: true,
          unit: 'hours',
          showWhen: { op: 'equals', question: 'night-support', value: true },
        },
      ],
    },
    {
      id: 'daily-life',
      title: 'Daily life',
      questions: [
        {
          type: 'single-choice',
          id: 'meals',
          label: 'How often do you need help with meals?',
          hint: 'Think about a typical week',
          required: true,
          errorLabel: 'how often you need help with meals',
          options: [
            { value: 'never', label: 'Never' },
            { value: 'sometimes', label: 'Some days' },
            { value: 'every-day', label: 'Every day' },
          ],
          easyRead: { label: 'Do you need help to eat?', options: { 'every-day': { label: 'Yes, every day' } } },
        },
        {
          type: 'number',
          id: 'meal-help-hours',
          label: 'How many hours of help with meals do you get each week?',
          required: true,
          min: 0,
          max: 168,
          unit: 'hours',
          showWhen: { op: 'not-equals', question: 'meals', value: 'never' },
        },
        {
          type: 'multiple-choice',
          id: 'help-with',
          label: 'What else do you need help with?',
          required: false,
          options: [
            { value: 'washing', label: 'Washing' },
            { value: 'dressing', label: 'Getting dressed' },
            { value: 'shopping', label: 'Shopping' },
          ],
        },
        {
          type: 'text',
          id: 'dressing-detail',
          label: 'Tell us about getting dressed',
          required: false,
          maxLength: 20,
          multiline: true,
          showWhen: { op: 'includes', question: 'help-with', value: 'dressing' },
        },
        {
          type: 'yes-no',
          id: 'weekend-help',
          label: 'Do you need the same help at weekends?',
          required: true,
          showWhen: {
            op: 'any',
            conditions: [
              { op: 'greater-than', question: 'meal-help-hours', value: 20 },
              {
                op: 'all',
                conditions: [
                  { op: 'includes', question: 'help-with', value: 'washing' },
                  { op: 'answered', question: 'meals' },
                ],
              },
            ],
          },
        },
        {
          type: 'date',
          id: 'care-start',
          label: 'When did your care start?',
          required: false,
          min: '2000-01-01',
          max: '2030-12-31',
          errorLabel: 'the date your care started',
        },
      ],
    },
  ],
}

/** A copy of the fixture that tests can break without affecting each other. */
export function copyOfCareQuestionnaire(): QuestionnaireDefinition {
  return structuredClone(careQuestionnaire)
}
