import { describe, expect, it } from 'vitest'
import { main } from '../examples/basic.js'

describe('examples/basic.ts', () => {
  it('takes an anonymous concern through the section 42 test to a closed enquiry, and refuses to close without a risk outcome', () => {
    const result = main()
    expect(result.reference).toBe('SG-2026-000123')
    expect(result.followUp).toEqual([])
    expect(result.decision).toBe('section-42-enquiry')
    expect(result.closingWithoutRiskOutcome).toMatch(/^An enquiry cannot close without a recorded risk outcome/)
    expect(result.status).toBe('closed')
    expect(result.rating).toMatchObject({ score: 12, colour: 'amber' })
    expect(result.csvFirstLines[1]).toBe('2026-27,Safeguarding concerns received,Concerns,*,hidden: between 1 and 4')
  })
})
