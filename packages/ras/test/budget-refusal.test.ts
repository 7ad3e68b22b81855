import { validateAnswers } from '@open-sds/questionnaire'
import { describe, expect, it } from 'vitest'
import { budgetRefusalReason, calculateIndicativeBudget, selectConfigForDate } from '../src/index.js'
import { tinyRas, tinySaq } from './fixtures.js'

const labelOf = (id: string) =>
  tinySaq.sections.flatMap((section) => section.questions).find((question) => question.id === id)?.label

// Issue 19, "No dead end": when the council's RAS cannot give a budget, the person is told why in plain words and a
// practitioner works it out; the reason never shows a rule id or a configuration path.
describe('budgetRefusalReason', () => {
  it('says the council has published no RAS for the day, with the day in words', () => {
    const none = selectConfigForDate([tinyRas], '2025-03-31')
    expect(none.ok).toBe(false)
    expect(budgetRefusalReason({ kind: 'none-in-force', date: '2025-03-31' })).toBe(
      'The council has not published how it works out personal budgets for 31 March 2025.',
    )
  })

  it('names the questions a RAS cannot price by the words the person saw', () => {
    // A RAS whose table for "Washing" has no points for "Help every time": valid answers it cannot price.
    const gap = {
      ...tinyRas,
      domains: tinyRas.domains.map((domain) => ({
        ...domain,
        scoring: domain.scoring.map((rule) =>
          rule.question === 'washing' && rule.type === 'single-choice'
            ? { ...rule, points: { none: 0, some: 4 } }
            : rule,
        ),
      })),
    }
    const answers = validateAnswers(tinySaq, {
      washing: 'all',
      meals: true,
      hours: 2,
      family: 'none',
      night: false,
      home: 'own',
    })
    if (!answers.ok) throw new Error('test setup: the answers are valid')
    const refused = calculateIndicativeBudget(gap, answers.value.answers)
    expect(refused.ok).toBe(false)
    const reason = budgetRefusalReason({
      kind: 'cannot-price',
      issues: refused.ok ? [] : refused.errors,
      questionLabel: labelOf,
    })
    expect(reason).toBe('The council’s way of working out personal budgets does not yet cover the answer to “Washing”.')
  })

  it('still gives a plain reason when no question can be named', () => {
    expect(
      budgetRefusalReason({
        kind: 'cannot-price',
        issues: [{ path: 'money.bands', message: 'x' }],
        questionLabel: labelOf,
      }),
    ).toBe('The council’s way of working out personal budgets does not yet cover some of the answers.')
  })
})
