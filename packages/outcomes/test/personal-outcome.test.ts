import { describe, expect, it } from 'vitest'
import { nationalFrameworks, validatePersonalOutcome } from '../src/index.js'

describe('validatePersonalOutcome', () => {
  it('keeps the person’s words exactly as written', () => {
    const words = '  I want to get to church every Sunday, and sit with my friends  '
    const result = validatePersonalOutcome(
      { id: 'church', words, linkedItems: [{ frameworkId: 'care-act-eligibility-outcomes', itemId: 'community' }] },
      nationalFrameworks,
    )
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'church',
        words,
        linkedItems: [{ frameworkId: 'care-act-eligibility-outcomes', itemId: 'community' }],
      },
    })
  })

  it('refuses links to unknown frameworks and unknown items, naming each one', () => {
    const result = validatePersonalOutcome(
      {
        id: 'church',
        words: 'I want to get to church every Sunday',
        linkedItems: [
          { frameworkId: 'care-act-wellbeing', itemId: 'faith' },
          { frameworkId: 'county-goals', itemId: 'church' },
        ],
      },
      nationalFrameworks,
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors[0]).toEqual({
      path: 'linkedItems.0.itemId',
      message: 'The framework "Care Act 2014 wellbeing areas" has no outcome "faith"',
    })
    expect(result.errors[1]?.path).toBe('linkedItems.1.frameworkId')
    expect(result.errors[1]?.message).toContain('There is no outcome framework "county-goals"')
  })

  it('refuses blank words and the same link given twice', () => {
    const link = { frameworkId: 'putting-people-first', itemId: 'live-independently' }
    expect(validatePersonalOutcome({ id: 'x', words: '   ', linkedItems: [] }, nationalFrameworks)).toEqual({
      ok: false,
      errors: [{ path: 'words', message: "Write the outcome in the person's own words; it must not be empty" }],
    })
    const twice = validatePersonalOutcome(
      { id: 'x', words: 'Live in my own flat', linkedItems: [link, link] },
      nationalFrameworks,
    )
    expect(twice).toEqual({
      ok: false,
      errors: [
        {
          path: 'linkedItems.1',
          message: '"live-independently" in "Putting People First shared outcomes" is linked twice; link it once',
        },
      ],
    })
  })
})
