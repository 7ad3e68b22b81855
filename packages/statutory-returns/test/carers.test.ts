import { describe, expect, it } from 'vitest'
import { hoursCaringBandOf, hoursCaringBands } from '../src/index.js'

// Carers in Client Level Data (domain note carers.md section 7): hours caring are returned in bands.
describe('hours caring a week, as the return bands them', () => {
  it('puts each edge in the band it starts, and 50 or more in the top band', () => {
    expect([0, 19, 19.5, 20, 34, 35, 49, 50, 168].map((hours) => hoursCaringBandOf(hours))).toEqual([
      '0-19',
      '0-19',
      '0-19',
      '20-34',
      '20-34',
      '35-49',
      '35-49',
      '50-plus',
      '50-plus',
    ])
  })

  it('says unknown when the carer did not say, or said something that is not hours', () => {
    expect([undefined, null, '50', -1, Number.NaN].map((hours) => hoursCaringBandOf(hours))).toEqual([
      'unknown',
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ])
    expect(hoursCaringBands.codes[hoursCaringBandOf(50)].R2).toBe('50+ hours')
  })

  it('bands a council’s own choices through the mapping its plugin gives, and an unmapped choice is unknown', () => {
    const choices = { 'under-20': '0-19', 'half-the-week': '35-49', 'all-the-time': '50-plus', odd: 'forty' }
    expect(
      ['under-20', 'half-the-week', 'all-the-time', 'odd', 'never-heard-of'].map((hours) =>
        hoursCaringBandOf(hours, choices),
      ),
    ).toEqual(['0-19', '35-49', '50-plus', 'unknown', 'unknown'])
    expect(hoursCaringBandOf(40, choices)).toBe('35-49')
  })
})
