import { describe, expect, it } from 'vitest'
import { assessCareHome, assessNonResidential } from '@open-sds/charging'
import { assessed, errorsOf, explanationText, in2025, policy } from './fixtures.js'

// Regulation 10: the person agreed, and the agreement is recorded.
const consent = { agreedOn: '2025-05-20', recordedBy: 'A. Finance Officer', how: 'by phone' }

const services = [{ kind: 'care-and-support' as const, cost: { amountPence: 25_000, per: 'week' as const } }]

describe('light-touch assessment (regulation 10)', () => {
  it('records the reason and evidence, and tells the person they can ask for a full assessment', () => {
    const result = assessed(
      assessNonResidential(
        {
          route: 'light-touch',
          lightTouch: {
            reason: 'capital-above-upper-limit',
            evidence: 'Chose not to disclose; owns a second home',
            consent,
          },
          services,
        },
        policy(),
        in2025,
      ),
    )
    expect(result.route).toBe('light-touch')
    expect(result.fullCostPayer).toBe(true)
    expect(result.weeklyChargePence).toBe(25_000)
    const text = explanationText(result)
    expect(text).toContain('Evidence recorded: Chose not to disclose; owns a second home')
    expect(text).toContain('You can ask for a full financial assessment at any time')
    expect(text).toContain(
      'You agreed to a light-touch financial assessment on 20 May 2025 (by phone; recorded by A. Finance Officer)',
    )
  })

  it("refuses a light-touch assessment without the person's recorded agreement (regulation 10)", () => {
    const [error] = errorsOf(
      assessNonResidential(
        {
          route: 'light-touch',
          lightTouch: { reason: 'capital-above-upper-limit', evidence: 'Chose not to disclose' } as never,
          services,
        },
        policy(),
        in2025,
      ),
    )
    expect(error?.path).toBe('lightTouch.consent')
    expect(error?.message).toMatch(/needs the person's agreement recorded.*regulation 10/)
  })

  it('refuses an agreement dated after the day assessed', () => {
    const later = { ...consent, agreedOn: '2025-07-01' }
    const [error] = errorsOf(
      assessNonResidential(
        {
          route: 'light-touch',
          lightTouch: { reason: 'capital-above-upper-limit', evidence: 'x', consent: later },
          services,
        },
        policy(),
        in2025,
      ),
    )
    expect(error).toEqual({
      path: 'lightTouch.consent.agreedOn',
      message: expect.stringMatching(/1 July 2025.*after the date assessed \(1 June 2025\)/),
    })
  })

  it('charges £0 where benefits show the person cannot contribute', () => {
    const result = assessed(
      assessNonResidential(
        {
          route: 'light-touch',
          lightTouch: { reason: 'benefits-show-cannot-contribute', evidence: 'Income is ESA only', consent },
          services,
        },
        policy(),
        in2025,
      ),
    )
    expect(result.weeklyChargePence).toBe(0)
    expect(result.fullCostPayer).toBe(false)
  })

  it('works for a care home placement too', () => {
    const result = assessed(
      assessCareHome(
        {
          route: 'light-touch',
          lightTouch: { reason: 'can-clearly-afford-the-charge', evidence: 'Pension £900 a week', consent },
          stay: { kind: 'short-term', plannedWeeks: 1 },
          placement: services[0]!,
        },
        policy(),
        in2025,
      ),
    )
    expect(result.weeklyChargePence).toBe(25_000)
    expect(result.setting).toBe('care-home-short-term')
  })

  it('refuses a light-touch assessment without evidence', () => {
    const [error] = errorsOf(
      assessNonResidential(
        { route: 'light-touch', lightTouch: { reason: 'capital-above-upper-limit', evidence: ' ', consent }, services },
        policy(),
        in2025,
      ),
    )
    expect(error).toEqual({
      path: 'lightTouch.evidence',
      message: 'Evidence for the light-touch assessment must not be empty',
    })
  })
})
