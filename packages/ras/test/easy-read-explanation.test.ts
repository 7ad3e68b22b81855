import { describe, expect, it } from 'vitest'
import { calculateIndicativeBudget, easyReadExplanation } from '../src/index.js'
import { handWorkedAnswers, tinyRasWith } from './fixtures.js'

// Issue 19, Easy Read: the budget explanation the person can switch to, from the same steps as the standard one.
describe('easyReadExplanation', () => {
  // Marked illustrative, as the example council's RAS is, so its notice is told too.
  const illustrative = tinyRasWith((config) => {
    config.illustrative = true
  })
  const result = calculateIndicativeBudget(illustrative, handWorkedAnswers)
  if (!result.ok) throw new Error('the hand-worked example must calculate')
  const told = easyReadExplanation(result.value.explanation)

  it('tells the hand-worked example in short sentences, with the same amounts', () => {
    expect(told).toEqual([
      'We looked at your answers about each part of your life.',
      'Your answers add up to 22 points.',
      'Help from family and friends counts too. Your points are now 18.',
      'Your points mean £180.00 a week.',
      'Night support adds £50.00 a week.',
      'All together that is £230.00 a week.',
      'Your money for support is £230.00 a week.',
      'That is £11,960.00 in a year.',
      'This is a first guess. It can change when you plan your support.',
      'These are example figures. They are not a real council’s money.',
      'Worked out with the tiny test RAS, version 1, in effect from 1 April 2025.',
    ])
  })

  it('leaves out bands and percentages, and keeps each sentence short', () => {
    for (const sentence of told) {
      expect(sentence).not.toMatch(/band|%/)
      expect(sentence.split(' ').length).toBeLessThanOrEqual(16)
    }
  })
})
