import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { fieldLabel, parseWith } from '../src/index.js'

describe('parseWith', () => {
  it('says what is wrong with each field without zod’s own wording', () => {
    const schema = z.object({
      weeklyPence: z.number().int().min(0),
      names: z.array(z.string().min(1)).min(1),
      when: z.iso.date(),
    })
    const result = parseWith(schema, { weeklyPence: '12', names: [''], when: 'soon' }, { prefix: 'budget' })
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'budget.weeklyPence', message: 'Weekly amount (in pence) must be a number, not the text "12"' },
        { path: 'budget.names.0', message: 'Item 1 of names must not be empty' },
        { path: 'budget.when', message: 'When must be a real date written as YYYY-MM-DD, for example 2026-04-01' },
      ],
    })
  })

  it('spells field names out from camelCase unless a label is given', () => {
    expect(fieldLabel(['supports', 2, 'unitCostPence'], {})).toBe('Unit cost (in pence)')
    expect(fieldLabel(['contingencyPlan'], {})).toBe('Contingency plan')
    expect(fieldLabel(['contingencyPlan'], { contingencyPlan: 'What happens if things go wrong' })).toBe(
      'What happens if things go wrong',
    )
  })
})
