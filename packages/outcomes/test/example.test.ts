import { describe, expect, it } from 'vitest'
import { main } from '../examples/basic.js'

describe('examples/basic.ts', () => {
  it('adds the council framework, puts the person’s view first, and publishes no count from 1 to 4', () => {
    const result = main()
    expect(result.frameworks.at(-1)).toBe('greenfield-goals')
    expect(result.misspeltLink).toEqual([
      'linkedItems.0.itemId: The framework "Care Act 2014 wellbeing areas" has no outcome "mobility"',
    ])
    expect(result.reviewViews[1]).toBe('2025-03-03 person: fully')
    expect(result.headline).toBe('fully')
    const everyone = result.attainment?.at(-1)
    expect(everyone).toMatchObject({ group: 'everyone', fully: '12', total: '20' })
    const published = (result.attainment ?? []).flatMap((row) => [row.fully, row.partly, row.notAchieved, row.total])
    expect(published.filter((cell) => ['1', '2', '3', '4'].includes(cell))).toEqual([])
  })
})
