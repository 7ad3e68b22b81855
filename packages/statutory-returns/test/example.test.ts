import { describe, expect, it } from 'vitest'
import { main } from '../examples/quarterly-file.js'

describe('examples/quarterly-file.ts', () => {
  it('writes one open direct-payment service in Release 2 and, for an ethnicity off the list, names the person to fix instead', () => {
    const result = main()
    expect(result.period).toBe('2025-26 Q4: 1 April 2025 to 31 March 2026 (the quarter January to March 2026)')
    expect(result.rows).toBe(1)
    expect(
      result.header?.startsWith(
        'LA_Code,Reporting_Period_Start_Date,Reporting_Period_End_Date,NHS_Number,LA_Person_Unique_Identifier',
      ),
    ).toBe(true)
    expect(result.line).toContain('Asian or Asian British: Indian')
    expect(result.line).toContain('Long term support: Community,Direct payment,Direct payment,,,,,,312.50,Weekly,1')
    expect(result.toFix).toEqual([
      {
        kind: 'person',
        id: 'person-1',
        problems: ['Ethnicity "unknown" is not one of the national values for Ethnicity'],
      },
    ])
  })
})
