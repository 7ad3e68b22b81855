import { describe, expect, it } from 'vitest'
import { assessCareHome } from '@open-sds/charging'
import { assessed, careHomeInput, errorsOf, explanationText, in2025, policy } from './fixtures.js'

const assess = (overrides: Parameters<typeof careHomeInput>[0] = {}, when = in2025, pol = policy()) =>
  assessCareHome(careHomeInput(overrides), pol, when)
const home = { kind: 'main-home' as const, valuePence: 20_000_000 }
const permanent = (weekOfStay: number, extra = {}) => ({
  kind: 'permanent' as const,
  weekOfStay,
  weekOfCouncilFunding: weekOfStay,
  ...extra,
})

describe('property: the 12-week disregards and occupants (Sch 2; charging.md, "Property")', () => {
  it('para 2(2): back within 52 weeks, only the unused balance of the 12 weeks (5 used -> 7 left)', () => {
    const stay = (week: number) => permanent(week, { earlierStay: { disregardWeeksUsed: 5, weeksBetweenStays: 30 } })
    expect(assessed(assess({ capital: [home], stay: stay(7) })).fullCostPayer).toBe(false)
    expect(explanationText(assessed(assess({ capital: [home], stay: stay(7) })))).toContain(
      'the 7 weeks left of the 12-week disregard from your earlier stay',
    )
    expect(assessed(assess({ capital: [home], stay: stay(8) })).fullCostPayer).toBe(true)
  })

  it('para 2(3): after a gap of more than 52 weeks, a new 12 weeks', () => {
    expect(
      assessed(
        assess({
          capital: [home],
          stay: permanent(12, { earlierStay: { disregardWeeksUsed: 12, weeksBetweenStays: 53 } }),
        }),
      ).fullCostPayer,
    ).toBe(false)
  })

  it('the second 12 weeks when a qualifying occupant leaves unexpectedly, then the home counts', () => {
    const left = (weekSinceLeaving: number) => ({ ...home, occupantLeftUnexpectedly: { weekSinceLeaving } })
    const during = assessed(assess({ capital: [left(12)], stay: permanent(100) }))
    expect(during.fullCostPayer).toBe(false)
    expect(explanationText(during)).toContain(
      'left unexpectedly, so it is disregarded for a further 12 weeks (this is week 12)',
    )
    expect(explanationText(during)).toContain('Your home will count as capital from week 13 after they left')
    expect(assessed(assess({ capital: [left(13)], stay: permanent(100) })).fullCostPayer).toBe(true)
  })

  it.each([
    'partner',
    'former-partner-not-estranged',
    'estranged-or-divorced-partner-who-is-a-lone-parent',
    'relative-aged-60-or-over',
    'incapacitated-relative',
    'child-under-18',
  ] as const)('para 4: the home stays disregarded while %s lives there', (occupant) => {
    const result = assessed(assess({ capital: [{ ...home, occupiedBy: [occupant] }], stay: permanent(200) }))
    expect(result.fullCostPayer).toBe(false)
    expect(explanationText(result)).toContain('(schedule 2 paragraph 4)')
  })

  it("para 4: the council's discretion for anyone else, with its reason in the explanation", () => {
    const result = assessed(
      assess({
        capital: [
          {
            ...home,
            councilDiscretion: { occupant: 'her former carer', reason: 'he gave up his own home to care for her' },
          },
        ],
        stay: permanent(200),
      }),
    )
    expect(result.fullCostPayer).toBe(false)
    expect(explanationText(result)).toContain(
      'the council has used its discretion to disregard it while her former carer lives there: he gave up his own home to care for her',
    )
  })

  it('offers a deferred payment agreement when other capital is exactly the upper limit ("less than or equal to")', () => {
    const result = assessed(
      assess({ capital: [home, { kind: 'savings', valuePence: 2_325_000 }], stay: permanent(20) }),
    )
    expect(explanationText(result)).toContain('must offer you a deferred payment agreement')
    const above = assessed(assess({ capital: [home, { kind: 'savings', valuePence: 2_325_001 }], stay: permanent(20) }))
    expect(explanationText(above)).not.toContain('deferred payment agreement')
  })
})

describe('half of an occupational or personal pension paid to a spouse at home (annex C; Wirral)', () => {
  it('ignores half, rounding the ignored half up (reg 11)', () => {
    const result = assessed(
      assess({
        income: [
          { kind: 'state-pension', weeklyPence: 22_000 },
          { kind: 'occupational-or-private-pension', weeklyPence: 10_001, halfPaidToSpouse: true },
        ],
      }),
    )
    expect(result.weeklyChargePence).toBe(22_000 + 5_000 - 3_065)
    expect(explanationText(result)).toContain(
      'half (£50.01 a week) is ignored because at least half is paid to your spouse or civil partner',
    )
  })

  it('refuses it for a person living at home, and on anything but a pension', () => {
    expect(
      errorsOf(assess({ income: [{ kind: 'state-pension', weeklyPence: 1_000, halfPaidToSpouse: true }] }))[0]?.path,
    ).toBe('income.0.halfPaidToSpouse')
  })
})

describe("temporary and short-term residents (reg 8, the council's choice; Sch 2 para 1)", () => {
  const housing = { costs: [{ kind: 'rent' as const, weeklyPence: 8_000 }], housingBenefitWeeklyPence: 2_000 }

  it('a temporary resident keeps the home disregarded, the personal expenses allowance and the costs of keeping the home', () => {
    const result = assessed(
      assess({ stay: { kind: 'temporary', homeKeptBecause: 'intends-to-return' }, capital: [home], housing }),
    )
    expect(result.setting).toBe('care-home-temporary')
    expect(result.fullCostPayer).toBe(false)
    expect(result.weeklyChargePence).toBe(22_000 - 3_065 - 6_000)
    expect(explanationText(result)).toContain('temporary resident who intends to return home')
  })

  it('short-term, as if at home (the default choice): the MIG and housing costs', () => {
    const result = assessed(
      assess({
        stay: { kind: 'short-term', plannedWeeks: 2 },
        housing,
        income: [{ kind: 'state-pension', weeklyPence: 40_000 }],
      }),
    )
    // £400 less the pension-age MIG (£232.60) and rent net of housing benefit (£60).
    expect(result.weeklyChargePence).toBe(40_000 - 23_260 - 6_000)
    expect(explanationText(result)).toContain('charged as if you were living at home, as Test council has chosen')
  })

  it('short-term, as a temporary resident where the council chooses: the personal expenses allowance and home costs', () => {
    const result = assessed(
      assess(
        { stay: { kind: 'short-term', plannedWeeks: 2 }, housing },
        in2025,
        policy({ shortTermResidents: 'as-temporary-resident' }),
      ),
    )
    expect(result.weeklyChargePence).toBe(22_000 - 3_065 - 6_000)
    expect(explanationText(result)).toContain('charged as a temporary stay, as Test council has chosen')
  })
})

describe('NHS-funded nursing care kept out of the fee charged (NHS.uk; charging.md FNC table)', () => {
  it('takes the 2025/26 standard rate (£254.06) off the fee, so a full-cost payer pays the social care part only', () => {
    const result = assessed(
      assess({ capital: [{ kind: 'savings', valuePence: 5_000_000 }], nursingCare: { band: 'standard' } }),
    )
    expect(result.weeklyCostOfCarePence).toBe(90_000 - 25_406)
    expect(result.weeklyChargePence).toBe(90_000 - 25_406)
    expect(explanationText(result)).toContain(
      'NHS-funded nursing care (standard rate): £254.06 a week, paid by the NHS straight to the home',
    )
  })

  it('uses the higher rate by date (from 1 April, 2026/27: £368.24)', () => {
    const result = assessed(
      assess(
        { capital: [{ kind: 'savings', valuePence: 5_000_000 }], nursingCare: { band: 'higher' } },
        { now: '2026-04-02' },
      ),
    )
    expect(result.weeklyCostOfCarePence).toBe(90_000 - 36_824)
  })

  it('refuses a year whose rate was not gathered (2023/24), unless the amount paid is given', () => {
    const [error] = errorsOf(assess({ nursingCare: { band: 'standard' } }, { now: '2023-06-01' }))
    expect(error?.path).toBe('nursingCare.weeklyPence')
    expect(error?.message).toContain('2023/24')
    expect(
      assessed(assess({ nursingCare: { band: 'standard', weeklyPence: 21_900 } }, { now: '2023-06-01' }))
        .weeklyCostOfCarePence,
    ).toBe(90_000 - 21_900)
  })
})

describe('top-ups and who may pay them (Choice of Accommodation Regulations 2014, SI 2014/2670)', () => {
  const thirdParty = {
    weeklyPence: 5_000,
    paidBy: 'third-party' as const,
    payer: 'her son',
    writtenAgreement: true as const,
  }
  const firstParty = { ...thirdParty, paidBy: 'resident' as const, payer: 'Mrs A' }

  it('a third-party top-up is recorded and not part of the assessed charge', () => {
    const result = assessed(assess({ topUp: thirdParty }))
    expect(result.weeklyChargePence).toBe(22_000 - 3_065)
    expect(explanationText(result)).toContain(
      'Top-up of £50.00 a week for the more expensive accommodation you chose, paid by her son under a written agreement',
    )
  })

  it('a resident may top up during the 12-week property disregard', () => {
    expect(assessed(assess({ topUp: firstParty, capital: [home], stay: permanent(3) })).weeklyChargePence).toBe(
      22_000 - 3_065,
    )
  })

  it('a resident may top up under a deferred payment agreement (added to the deferred amount)', () => {
    const result = assessed(assess({ topUp: firstParty, deferredPaymentAgreement: true }))
    expect(explanationText(result)).toContain('added to the amount deferred under your deferred payment agreement')
  })

  it('refuses a resident top-up otherwise, saying who may pay', () => {
    const [error] = errorsOf(assess({ topUp: firstParty }))
    expect(error?.path).toBe('topUp.paidBy')
    expect(error?.message).toMatch(
      /only while their home is disregarded for the first 12 weeks, under a deferred payment agreement, or for after-care under section 117/,
    )
  })

  it('refuses a top-up without a written agreement', () => {
    expect(errorsOf(assess({ topUp: { ...thirdParty, writtenAgreement: false as never } }))[0]?.path).toBe(
      'topUp.writtenAgreement',
    )
  })
})
