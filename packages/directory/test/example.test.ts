import { describe, expect, it } from 'vitest'
import { main } from '../examples/basic.js'

describe('examples/basic.ts', () => {
  it('checks a listing, names the faults of a bad one, and finds the free café 502 m away', () => {
    const result = main()
    expect(result.refusals).toEqual([
      'Identifier must be an identifier in UUID form, for example 123e4567-e89b-12d3-a456-426614174000',
      'Name is required',
      'Email must be an email address, for example name@example.com',
      'Status must be one of "active", "inactive", "defunct" or "temporarily closed"',
    ])
    expect(result.found).toEqual(['Moorside Memory Café, 502 m, free'])
  })
})
