import { describe, expect, it } from 'vitest'
import { assessCareHome, assessNonResidential } from '@open-sds/charging'
import { assessed, errorsOf, explanationText, in2025, policy } from './fixtures.js'

const services = [{ kind: 'care-and-support' as const, cost: { amountPence: 25_000, per: 'week' as const } }]

describe('light-touch assessment (regulation 10)', () => {
  it('records the reason and evidence, and tells the person they can ask for a full assessment', () => {
    const result = assessed(
      assessNonResidential({ route: 'light-touch', lightTouch: { reason: 'capital-above-upper-limit', evidence: 'Chose not to disclose; owns a second home' }, services }, policy(), in2025),
    )
    expect(result.route).toBe('light-touch')
    expect(result.fullCostPayer).toBe(true)
    expect(result.weeklyChargePence).toBe(25_000)
    const text = explanationText(result)
    expect(text).toContain('Evidence recorded: Chose not to disclose; owns a second home')
    expect(text).toContain('You can ask for a full financial assessment at any time')
  })

  it('charges £0 where benefits show the person cannot contribute', () => {
    const result = assessed(assessNonResidential({ route: 'light-touch', lightTouch: { reason: 'benefits-show-cannot-contribute', evidence: 'Income is ESA only' }, services }, policy(), in2025))
    expect(result.weeklyChargePence).toBe(0)
    expect(result.fullCostPayer).toBe(false)
  })

  it('works for a care home placement too', () => {
    const result = assessed(
      assessCareHome(
        { route: 'light-touch', lightTouch: { reason: 'can-clearly-afford-the-charge', evidence: 'Pension £900 a week' }, stay: { kind: 'short-term', plannedWeeks: 1 }, placement: services[0]! },
        policy(),
        in2025,
      ),
    )
    expect(result.weeklyChargePence).toBe(25_000)
    expect(result.setting).toBe('care-home-short-term')
  })

  it('refuses a light-touch assessment without evidence', () => {
    const [error] = errorsOf(assessNonResidential({ route: 'light-touch', lightTouch: { reason: 'capital-above-upper-limit', evidence: ' ' }, services }, policy(), in2025))
    expect(error).toEqual({ path: 'lightTouch.evidence', message: 'Evidence for the light-touch assessment must not be empty' })
  })
})
