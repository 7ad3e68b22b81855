import { describe, expect, it } from 'vitest'
import { assessNonResidential, nationalRateTables, type NonResidentialInputInput } from '@open-sds/charging'
import { assessed, errorsOf, explanationText, homeInput, in2023, in2024, in2025, in2026, policy } from './fixtures.js'

type Person = Extract<NonResidentialInputInput, { route: 'full' }>['person']
const income = [{ kind: 'universal-credit' as const, weeklyPence: 40_000 }]
const assessPerson = (person: Person, when = in2025, pol = policy()) =>
  assessNonResidential(homeInput({ person, income }), pol, when)
const migOf = (person: Person, when = in2025, pol = policy()) =>
  assessed(assessPerson(person, when, pol)).explanation.find((s) => s.text.startsWith('Minimum income guarantee:'))
    ?.weeklyPence

describe('couples: the higher amount when either member has reached pension credit age (reg 7(4)(b); charging.md, "structure of regulation 7")', () => {
  it('a member of a couple under pension credit age whose partner has reached it gets the pension-age couple amount (2025/26: £177.55)', () => {
    expect(migOf({ ageYears: 60, pensionCreditAge: false, memberOfCouple: true, partnerPensionCreditAge: true })).toBe(
      17_755,
    )
    expect(
      explanationText(
        assessed(
          assessPerson({ ageYears: 60, pensionCreditAge: false, memberOfCouple: true, partnerPensionCreditAge: true }),
        ),
      ),
    ).toContain('regulation 7(4)(b): your partner has reached pension credit age')
  })

  it('neither at pension credit age: the lower per-member amount (2025/26: £88.35)', () => {
    expect(migOf({ ageYears: 60, pensionCreditAge: false, memberOfCouple: true, partnerPensionCreditAge: false })).toBe(
      8_835,
    )
  })

  it('the person at pension credit age: the higher amount, without asking about the partner', () => {
    expect(migOf({ ageYears: 70, pensionCreditAge: true, memberOfCouple: true })).toBe(17_755)
  })

  it("refuses a member of a couple under pension credit age when the partner's age is not given, saying why", () => {
    const [error, ...rest] = errorsOf(assessPerson({ ageYears: 60, pensionCreditAge: false, memberOfCouple: true }))
    expect(rest).toEqual([])
    expect(error?.path).toBe('person.partnerPensionCreditAge')
    expect(error?.message).toMatch(/either of them has \(regulation 7\(4\)\(b\)\)/)
  })

  it('uses the frozen 2015-2022 couple amounts (SI 2015/644: £71.80 and £144.30)', () => {
    expect(
      migOf(
        { ageYears: 50, pensionCreditAge: false, memberOfCouple: true, partnerPensionCreditAge: false },
        { now: '2019-01-01' },
      ),
    ).toBe(7_180)
    expect(
      migOf(
        { ageYears: 50, pensionCreditAge: false, memberOfCouple: true, partnerPensionCreditAge: true },
        { now: '2019-01-01' },
      ),
    ).toBe(14_430)
  })
})

describe('lone parents (reg 7(3): the single 25-to-pension-credit-age amount, from 18)', () => {
  it('a lone parent aged 19 gets the lone parent amount, not the 18-24 amount, plus the per-child amount (2023/24: £103.65 + £94.90, SI 2023/277)', () => {
    const mig = migOf({ ageYears: 19, pensionCreditAge: false, dependentChildren: 1 }, in2023)
    expect(mig).toBe(10_365 + 9_490)
    const text = explanationText(
      assessed(assessPerson({ ageYears: 19, pensionCreditAge: false, dependentChildren: 1 }, in2023)),
    )
    expect(text).toContain('Minimum income guarantee, lone parent aged 18 or over (2023/24, regulation 7(3)')
    expect(text).toContain('a week (worked out from the published figures)')
    expect(text).not.toContain('derived')
  })

  it('2015/16 to 2021/22: £91.40 and £83.65 a child (SI 2015/644)', () => {
    expect(migOf({ ageYears: 22, pensionCreditAge: false, dependentChildren: 2 }, { now: '2020-10-01' })).toBe(
      9_140 + 2 * 8_365,
    )
  })
})

describe('per-child amounts for every year in the tables (reg 7(1)(b))', () => {
  it.each([
    ['2016-06-01', 8_365],
    ['2022-06-01', 8_620],
    ['2023-06-01', 9_490],
    ['2024-06-01', 10_125],
    ['2025-06-01', 10_295],
  ])('%s: %i pence a child', (now, perChild) => {
    const single = migOf({ ageYears: 30, pensionCreditAge: false }, { now })!
    const loneParent = migOf({ ageYears: 30, pensionCreditAge: false, dependentChildren: 3 }, { now })!
    expect(loneParent - single).toBe(3 * perChild)
  })

  it('2025/26: the derived and unconfirmed £102.95 tells the person it is still being checked (charging.md: "derived: x 1.017, unverified")', () => {
    const text = explanationText(
      assessed(assessPerson({ ageYears: 30, pensionCreditAge: false, dependentChildren: 1 })),
    )
    const line = text.split('\n').find((entry) => entry.includes('£102.95'))
    expect(line).toContain('the council is still checking this figure against the official rates')
  })

  it('2026/27: refused, naming the rate, rather than left out', () => {
    expect(
      errorsOf(assessPerson({ ageYears: 30, pensionCreditAge: false, dependentChildren: 1 }, in2026))[0]?.path,
    ).toBe('policy.rateOverrides.2026/27.perDependentChild')
  })

  it('every year in the tables has a per-child amount or refuses (none is silently zero)', () => {
    for (const table of nationalRateTables) expect(table.rates.perDependentChild?.pence ?? null, table.year).not.toBe(0)
  })
})

describe('carer premium and disabled child premiums (reg 7(7))', () => {
  it('adds the carer premium (2024/25: £52.35, Reading schedule, unverified as statutory)', () => {
    const without = migOf({ ageYears: 40, pensionCreditAge: false }, in2024)!
    const withPremium = migOf({ ageYears: 40, pensionCreditAge: false, carerPremium: true }, in2024)!
    expect(withPremium - without).toBe(5_235)
    expect(
      explanationText(assessed(assessPerson({ ageYears: 40, pensionCreditAge: false, carerPremium: true }, in2024))),
    ).toContain(
      'Carer premium (2024/25, regulation 7(7)): £52.35 a week (the council is still checking this figure against the official rates)',
    )
  })

  it('refuses the carer premium in a year without the figure', () => {
    expect(errorsOf(assessPerson({ ageYears: 40, pensionCreditAge: false, carerPremium: true }))[0]?.path).toBe(
      'policy.rateOverrides.2025/26.carerPremium',
    )
  })

  it('refuses disabled child premiums (no statutory figure gathered for any year), and assesses when the council supplies them', () => {
    const person = {
      ageYears: 35,
      pensionCreditAge: false,
      dependentChildren: 2,
      disabledChildren: 1,
      enhancedDisabilityChildren: 1,
    }
    const paths = errorsOf(assessPerson(person)).map((e) => e.path)
    expect(paths).toEqual([
      'policy.rateOverrides.2025/26.disabledChildPremium',
      'policy.rateOverrides.2025/26.enhancedDisabilityPremiumChild',
    ])
    const pol = policy({
      rateOverrides: {
        '2025/26': {
          disabledChildPremium: { pence: 8_000, source: 'council', status: 'unverified' },
          enhancedDisabilityPremiumChild: { pence: 3_000, source: 'council', status: 'unverified' },
        },
      },
    })
    expect(migOf(person, in2025, pol)).toBe(11_250 + 2 * 10_295 + 8_000 + 3_000)
  })

  it('refuses more children with a premium than dependent children', () => {
    expect(
      errorsOf(assessPerson({ ageYears: 35, pensionCreditAge: false, dependentChildren: 1, disabledChildren: 2 }))[0]
        ?.path,
    ).toBe('person.disabledChildren')
  })
})
