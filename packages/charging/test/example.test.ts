import { describe, expect, it, vi } from 'vitest'
import { main } from '../examples/basic.js'

describe('examples/basic.ts', () => {
  it("charges Sam £36.90 a week: 90% of what is left above the MIG, housing and the council's DRE allowance", () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    const result = main()
    log.mockRestore()
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.value.weeklyChargePence).toBe(3_690)
    expect(result.value.explanation.some((step) => step.text.includes('Main home (£180,000.00) is not counted'))).toBe(
      true,
    )
  })
})

describe('examples/from-answers.ts', () => {
  it('charges Ruth £57.40 on half of her joint savings, says so, and splits her £300 budget with the council', async () => {
    const { main: fromAnswers } = await import('../examples/from-answers.js')
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    const shares = fromAnswers()
    const printed = log.mock.calls.map((call) => String(call[0]))
    log.mockRestore()
    if (!shares.ok) throw new Error(JSON.stringify(shares.errors))
    expect(shares.value).toMatchObject({ personSharePence: 5_740, councilSharePence: 24_260 })
    expect(printed.some((line) => line.includes('held jointly and you did not say your share'))).toBe(true)
  })
})

describe('examples/deferred-payment.ts', () => {
  it("prints Mrs Patel's statement: £166 a week from income, £684 deferred, the equity limit and interest at the national maximum", async () => {
    const { main: deferred } = await import('../examples/deferred-payment.js')
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    const result = deferred()
    log.mockRestore()
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.value.equityLimitPence).toBe(14_775_000)
    expect(result.value.weekly).toMatchObject({ paidFromIncomePence: 16_600, careDeferredPence: 68_400 })
    expect(result.value.totals.owedPence).toBe(26 * 68_400 + 56_700 + result.value.totals.interestAddedPence)
  })
})
