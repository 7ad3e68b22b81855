import { describe, expect, it } from 'vitest'
import { main } from '../examples/basic.js'

describe('examples/basic.ts', () => {
  it('walks a two-page form: half done after page one, a range error, then a complete set of answers', () => {
    const result = main()
    expect(result.afterFirstPage).toMatchObject({ answered: 1, total: 2, percent: 50, nextQuestionId: 'meal-hours' })
    expect(result.secondPageError).toEqual([
      { path: 'meal-hours', message: 'Enter a number of hours between 0 and 168' },
    ])
    expect(result.checkedAnswers).toEqual({ meals: 'every-day', 'meal-hours': 14 })
  })
})
