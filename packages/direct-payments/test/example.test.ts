import { describe, expect, it, vi } from 'vitest'
import { main } from '../examples/basic.js'

describe('examples/basic.ts', () => {
  it("agrees Ade's £275.00 a week net of his £25.00 charge and finds a £1,300.00 surplus above 4 weeks on his card", () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    const result = main()
    const printed = log.mock.calls.map((call) => String(call[0]))
    log.mockRestore()
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(printed).toContain('The council pays £275.00 a week.')
    expect(printed).toContain('2026-04-06: £825.00 (pro-rata)')
    // £2,400.00 held is 8.7 weeks of £275.00: above 8 weeks (£2,200.00), so all above 4 weeks (£1,100.00) is surplus.
    expect(result.value).toMatchObject({ closingBalancePence: 240_000, surplusPence: 130_000 })
    expect(result.value.recoveryOptions).toContain('recoup-from-card')
  })
})
