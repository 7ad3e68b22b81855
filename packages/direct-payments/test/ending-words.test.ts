import { describe, expect, it } from 'vitest'
import { endingReasonWords } from '../src/index.js'

// Issue 14: ending decisions stored before with a code word must read in plain English wherever shown; decisions are
// append-only, so the words are found when the row is read.
describe('an ending decision stored with its code word reads in words', () => {
  it('says each stored code word as a sentence, with the officer’s note after it', () => {
    expect(endingReasonWords('moved-away: Moving to Leeds')).toBe(
      'The person moved to another council. Moving to Leeds',
    )
    expect(endingReasonWords('death')).toBe('The person died.')
    expect(endingReasonWords('person-chose: Wants the council to arrange it: from May')).toBe(
      'The person chose to stop. Wants the council to arrange it: from May',
    )
    for (const code of ['death', 'moved-away', 'breach', 'person-chose', 'conditions-not-met', 'care-home'])
      expect(endingReasonWords(`${code}: note`)).not.toMatch(/[a-z]+-[a-z]+:|^death/)
  })

  it('leaves a reason that starts with no code word as it was stored', () => {
    expect(endingReasonWords('Payments start again')).toBe('Payments start again')
    expect(endingReasonWords('Note: the family asked')).toBe('Note: the family asked')
  })
})
