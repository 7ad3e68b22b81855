import { describe, expect, it, vi } from 'vitest'
import { main } from '../examples/basic.js'

describe('examples/basic.ts', () => {
  it('finds Maya eligible through one outcome, allocates the default one-off £200.00 and checks her plan within it', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    const result = main()
    const printed = log.mock.calls.map((call) => String(call[0]))
    log.mockRestore()
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(printed).toContain('All three conditions hold: the carer has eligible needs for support.')
    expect(printed).toContain('Indicative budget: £200.00')
    expect(printed).toContain('The supports cost £180.00 of it.')
  })
})
