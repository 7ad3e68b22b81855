import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ratesTakeEffect, nationalRateTables, RATE_KEYS, ratesFor } from '@open-sds/charging'
import { ratesTableMarkdown } from '../scripts/rates-table.js'
import { errorsOf } from './fixtures.js'

const table = (result: ReturnType<typeof ratesFor>) => {
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.value
}

describe('when rates take effect (charging.md, corrections: SI 2023/277 "come into force on 6th April 2023")', () => {
  it.each([2015, 2023, 2024, 2025, 2026])('%i -> 6 April', (year) => {
    expect(ratesTakeEffect(year)).toBe(`${year}-04-06`)
  })
})

describe('ratesFor', () => {
  it("changes table on 6 April (the amending regulations' date), not the first Monday of April", () => {
    expect(table(ratesFor('2025-04-05')).year).toBe('2024/25')
    expect(table(ratesFor('2025-04-06')).year).toBe('2025/26')
    // 1 April 2024 was the first Monday of April; the 2024/25 rates were not yet in force.
    expect(table(ratesFor('2024-04-01')).year).toBe('2023/24')
    expect(table(ratesFor('2024-04-06')).year).toBe('2024/25')
  })

  it('reads a Date in UK time: 00:30 BST on 6 April is already the new year', () => {
    expect(table(ratesFor(new Date('2025-04-05T23:30:00Z'))).year).toBe('2025/26')
    expect(table(ratesFor(new Date('2025-04-05T22:30:00Z'))).year).toBe('2024/25')
  })

  it('gives each table its dates and the figures from the notes, in pence', () => {
    const t = table(ratesFor('2025-06-01'))
    expect(t.effectiveFrom).toBe('2025-04-06')
    expect(t.effectiveTo).toBe('2026-04-05')
    expect(t.rates.migSingle25ToPensionCreditAge).toEqual({
      pence: 11_250,
      source: 'Ruils and Wirral consultation pages quoting the LAC 2025-26',
      status: 'confirmed',
    })
    expect(t.rates.disabilityPremiumCouple?.status).toBe('derived')
    expect(table(ratesFor('2024-06-01')).rates.savingsCreditDisregard?.pence).toBe(695)
    expect(table(ratesFor('2026-06-01')).rates.migSingle25ToPensionCreditAge?.status).toBe('unverified')
  })

  it('keeps missing rates missing (null), never filled from another year', () => {
    expect(table(ratesFor('2024-06-01')).rates.migCouple18ToPensionCreditAge).toBeNull()
    expect(table(ratesFor('2026-06-01')).rates.perDependentChild).toBeNull()
  })

  it('refuses a date before the first table or after the last, saying which tables exist', () => {
    for (const date of ['2015-04-05', '2027-04-06']) {
      const [error] = errorsOf(ratesFor(date))
      expect(error?.path).toBe('date')
      expect(error?.message).toMatch(
        /No rate table covers .* The national tables run from 2015\/16 to 2026\/27 \(6 April 2015 to 5 April 2027\)/,
      )
    }
  })

  it('lets a council supply a missing rate, with its source', () => {
    const t = table(
      ratesFor('2024-06-01', { '2024/25': { migCouple18ToPensionCreditAge: { pence: 8_700, source: 'LAC 2024-25' } } }),
    )
    expect(t.rates.migCouple18ToPensionCreditAge).toEqual({ pence: 8_700, source: 'LAC 2024-25', status: 'confirmed' })
    expect(t.overridden).toEqual(['migCouple18ToPensionCreditAge'])
  })

  it('lets a council supply a whole later year', () => {
    const t = table(
      ratesFor('2027-06-01', { '2027/28': { migSingle18To24: { pence: 10_000, source: 'LAC 2027-28' } } }),
    )
    expect(t.year).toBe('2027/28')
    expect(t.rates.migSingle18To24?.pence).toBe(10_000)
    expect(t.rates.capitalUpperLimit).toBeNull()
  })

  it('refuses a council rate less generous than a confirmed national one, naming the field', () => {
    const [error] = errorsOf(
      ratesFor('2025-06-01', { '2025/26': { migSingle18To24: { pence: 8_000, source: 'council' } } }),
    )
    expect(error?.path).toBe('overrides.2025/26.migSingle18To24.pence')
    expect(error?.message).toMatch(/less generous than the national rate \(£89.15 a week/)
  })

  it('lets a council correct a derived national rate either way (the notes ask for 2024/25 to be confirmed)', () => {
    const t = table(ratesFor('2024-06-01', { '2024/25': { migSingle18To24: { pence: 8_760, source: 'SI 2024/325' } } }))
    expect(t.rates.migSingle18To24?.pence).toBe(8_760)
  })

  it('refuses an upper capital limit below the lower one and an unknown rate name', () => {
    expect(
      errorsOf(
        ratesFor('2027-06-01', {
          '2027/28': { capitalUpperLimit: { pence: 100, source: 'x' }, capitalLowerLimit: { pence: 200, source: 'x' } },
        }),
      )[0]?.path,
    ).toBe('overrides.2027/28.capitalUpperLimit.pence')
    const unknown = errorsOf(ratesFor('2025-06-01', { '2025/26': { migSingle: { pence: 1, source: 'x' } } as never }))
    expect(unknown[0]?.path).toMatch(/^overrides\.2025\/26/)
  })

  it('refuses a malformed date naming it', () => {
    expect(errorsOf(ratesFor('2025-02-30'))[0]).toEqual({
      path: 'date',
      message: expect.stringMatching(/real date written YYYY-MM-DD/),
    })
  })
})

describe('national tables', () => {
  it('give every rate in every year either null or integer pence with a source and a status', () => {
    for (const year of nationalRateTables) {
      for (const key of RATE_KEYS) {
        const rate = year.rates[key]
        if (rate === null) continue
        expect(Number.isInteger(rate.pence), `${year.year} ${key}`).toBe(true)
        expect(rate.source.length, `${year.year} ${key}`).toBeGreaterThan(0)
        expect(['confirmed', 'derived', 'unverified']).toContain(rate.status)
      }
    }
  })

  it('are shown in the README exactly as generated (scripts/rates-table.ts)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    expect(readme).toContain(ratesTableMarkdown())
  })
})
