import { pathToFileURL } from 'node:url'
import { progress, validateAnswer, validateAnswers, validateDefinition } from '@open-sds/questionnaire'
import type { AnswerValue, Answers, Issue, Progress, QuestionnaireDefinition } from '@open-sds/questionnaire'

const definition = {
  id: 'daily-living',
  version: '2025.1',
  title: 'Help with daily living',
  sections: [
    {
      id: 'meals',
      title: 'Meals',
      questions: [
        {
          type: 'single-choice',
          id: 'meals',
          label: 'How often do you need help with meals?',
          required: true,
          errorLabel: 'how often you need help with meals',
          options: [
            { value: 'never', label: 'Never' },
            { value: 'some-days', label: 'Some days' },
            { value: 'every-day', label: 'Every day' },
          ],
          easyRead: { label: 'Do you need help to eat?' },
        },
        {
          type: 'number',
          id: 'meal-hours',
          label: 'How many hours of help with meals do you need each week?',
          required: true,
          min: 0,
          max: 168,
          unit: 'hours',
          showWhen: { op: 'not-equals', question: 'meals', value: 'never' },
        },
      ],
    },
  ],
}

export type ExampleResult = {
  afterFirstPage: Progress
  secondPageError: Issue[]
  checkedAnswers: Answers
}

export function main(): ExampleResult {
  const checked = validateDefinition(definition)
  if (!checked.ok) throw new Error(checked.errors.map((e) => `${e.path}: ${e.message}`).join('\n'))
  const def: QuestionnaireDefinition = checked.value

  // One question per page: each page posts strings, which validateAnswer turns into typed answers.
  const answers: Record<string, AnswerValue | undefined> = {}
  const meals = validateAnswer(def, 'meals', 'every-day')
  if (meals.ok) answers.meals = meals.value
  const afterFirstPage = progress(def, answers)

  const typo = validateAnswer(def, 'meal-hours', '200')
  const hours = validateAnswer(def, 'meal-hours', '14')
  if (hours.ok) answers['meal-hours'] = hours.value

  // On the check-your-answers page, check the whole set again before saving it.
  const all = validateAnswers(def, answers)
  return {
    afterFirstPage,
    secondPageError: typo.ok ? [] : typo.errors,
    checkedAnswers: all.ok ? all.value.answers : {},
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(main(), null, 2))
}
