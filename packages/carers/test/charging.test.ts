import { describe, expect, it } from 'vitest'
import { DEFAULT_CARERS_CHARGING, chargeCarer } from '@open-sds/carers'

const input = {
  income: [
    { kind: 'earnings', weeklyPence: 40_000 },
    { kind: 'partner-earnings', weeklyPence: 50_000 },
    { kind: 'pension', weeklyPence: 20_000 },
  ],
  support: [
    { providedTo: 'carer', weeklyCostPence: 3_000 },
    { providedTo: 'cared-for', weeklyCostPence: 15_000 },
  ],
}

describe('chargeCarer', () => {
  it('charges nothing by default: most councils do not charge carers (Gloucestershire DP policy §5.7, carers.md §5)', () => {
    const result = chargeCarer(DEFAULT_CARERS_CHARGING, input)
    expect(result.ok && result.value.weeklyChargePence).toBe(0)
    expect(result.ok && result.value.explanation).toContain(
      'The council does not charge carers for support provided to them.',
    )
  })

  it('ignores the carer’s and partner’s earnings where the council charges, and never charges for replacement care (s14(3))', () => {
    const result = chargeCarer({ charges: true, taperPercent: 50, weeklyAllowancePence: 18_000 }, input)
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    // Only the £200.00 pension counts: £20.00 above the £180.00 allowance, half of it £10.00.
    expect(result.value.weeklyChargePence).toBe(1_000)
    expect(result.value.explanation).toContain('Earnings of the carer and their partner are ignored.')
    expect(result.value.explanation[0]).toContain('s14(3)')
  })

  it('never charges more than the carer’s own support', () => {
    const result = chargeCarer({ charges: true, taperPercent: 100, weeklyAllowancePence: 0 }, input)
    expect(result.ok && result.value.weeklyChargePence).toBe(3_000)
  })

  it('a one-off budget is charged once: one week’s contribution, never more than the sum (carers.md §4: budgets are often one-off)', () => {
    const policy = { charges: true, taperPercent: 50, weeklyAllowancePence: 18_000 } as const
    const oneOff = { income: input.income, support: [{ providedTo: 'carer', weeklyCostPence: 25_000 }], oneOff: true }
    const result = chargeCarer(policy, oneOff)
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.value).toMatchObject({ weeklyChargePence: 1_000, per: 'once' })
    expect(result.value.explanation.at(-1)).toBe(
      'The budget is a one-off sum, so the carer pays one week’s contribution once: £10.00.',
    )
    expect(result.value.explanation.join(' ')).not.toContain('a week.')
    const small = chargeCarer(policy, { ...oneOff, support: [{ providedTo: 'carer', weeklyCostPence: 500 }] })
    expect(small.ok && small.value.explanation.at(-1)).toBe(
      'The budget is a one-off sum, so the charge is paid once, and is limited to the sum, £5.00.',
    )
  })

  it('refuses a negative income, naming the field', () => {
    const result = chargeCarer(DEFAULT_CARERS_CHARGING, { income: [{ kind: 'pension', weeklyPence: -1 }], support: [] })
    expect(result.ok ? '' : result.errors[0]?.path).toBe('income.0.weeklyPence')
  })
})
