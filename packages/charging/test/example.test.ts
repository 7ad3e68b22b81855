import { describe, expect, it, vi } from 'vitest'
import { main } from '../examples/basic.js'

describe('examples/basic.ts', () => {
  it("charges Sam £36.90 a week: 90% of what is left above the MIG, housing and the council's DRE allowance", () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    const result = main()
    log.mockRestore()
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.value.weeklyChargePence).toBe(3_690)
    expect(result.value.explanation.some((step) => step.text.includes('Main home (£180,000.00) is not counted'))).toBe(true)
  })
})
