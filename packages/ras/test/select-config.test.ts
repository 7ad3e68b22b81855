import { describe, expect, it } from 'vitest'
import { selectConfigForDate } from '../src/index.js'

const v2024 = { id: 'county-ras', version: '2024.1', effectiveFrom: '2024-04-01', effectiveTo: '2025-03-31' }
const v2025 = { id: 'county-ras', version: '2025.1', effectiveFrom: '2025-04-01' }

describe('selectConfigForDate', () => {
  it('picks the version in effect on the day, counting effectiveTo as the last day', () => {
    expect(selectConfigForDate([v2025, v2024], '2025-03-31')).toEqual({ ok: true, value: v2024 })
    expect(selectConfigForDate([v2025, v2024], '2025-04-01')).toEqual({ ok: true, value: v2025 })
    expect(selectConfigForDate([v2025, v2024], '2031-01-01')).toEqual({ ok: true, value: v2025 })
  })

  it('is an error for a day with no configuration, saying what the configurations cover', () => {
    expect(selectConfigForDate([v2025, v2024], '2024-03-31')).toEqual({
      ok: false,
      errors: [
        {
          path: 'date',
          message:
            'No RAS configuration is in effect on 31 March 2024: the configurations cover 1 April 2024 to 31 March 2025; 1 April 2025 onwards',
        },
      ],
    })
    expect(selectConfigForDate([], '2025-01-01')).toEqual({
      ok: false,
      errors: [
        {
          path: 'date',
          message: 'No RAS configuration is in effect on 1 January 2025: there are no RAS configurations',
        },
      ],
    })
  })

  it('is an error when versions overlap, or the date is not a real date', () => {
    const overlapping = { ...v2024, version: '2024.2', effectiveTo: '2025-06-30' }
    expect(selectConfigForDate([v2025, overlapping], '2025-05-01')).toEqual({
      ok: false,
      errors: [
        {
          path: 'date',
          message:
            'More than one RAS configuration is in effect on 1 May 2025 ("county-ras" version 2025.1, "county-ras" version 2024.2): their dates overlap',
        },
      ],
    })
    expect(selectConfigForDate([v2025], '2025-02-30')).toEqual({
      ok: false,
      errors: [{ path: 'date', message: '"2025-02-30" is not a real date written as YYYY-MM-DD' }],
    })
  })
})
