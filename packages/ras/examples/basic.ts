import { pathToFileURL } from 'node:url'
import { validateAnswers } from '@open-sds/questionnaire'
import { calculateIndicativeBudget, illustrativeRasConfig, illustrativeSaq, validateRasConfig } from '@open-sds/ras'
import type { IndicativeBudget } from '@open-sds/ras'

/** One person's answers to the illustrative SAQ, as a form would collect them. */
const answers = {
  'living-situation': 'own-home',
  'family-support': 'a-little',
  'carer-breaks': false,
  hygiene: 'some-help',
  toilet: 'prompting',
  clothing: 'some-help',
  'two-carers': true, // not asked (nobody needs full help with washing or the toilet), so it is dropped
  nutrition: 'some-help',
  'home-safety': 'prompting',
  'habitable-home': ['cleaning', 'laundry'],
  relationships: 'prompting',
  community: 'some-help',
  'work-learning': 'independent',
  'cares-for-child': false,
  'left-alone': 'few-hours',
  'supervision-hours': 20,
  'night-support': true,
}

export function main(): IndicativeBudget {
  // At start-up: check the RAS against the questionnaire it scores, once.
  const config = validateRasConfig(illustrativeRasConfig, illustrativeSaq)
  if (!config.ok) throw new Error(config.errors.map((e) => `${e.path}: ${e.message}`).join('\n'))

  // For each person: check their answers (dropping any to questions they were not asked), then work out the budget.
  const checked = validateAnswers(illustrativeSaq, answers)
  if (!checked.ok) throw new Error(checked.errors.map((e) => `${e.path}: ${e.message}`).join('\n'))
  const budget = calculateIndicativeBudget(config.value, checked.value.answers)
  if (!budget.ok) throw new Error(budget.errors.map((e) => `${e.path}: ${e.message}`).join('\n'))
  return budget.value
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const budget = main()
  for (const step of budget.explanation) console.log(step.text)
}
