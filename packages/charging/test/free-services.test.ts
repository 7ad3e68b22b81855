import { describe, expect, it } from 'vitest'
import { assessCareHome, assessNonResidential, isFreeService, type ServiceInput } from '@open-sds/charging'
import { assessed, careHomeInput, errorsOf, explanationText, homeInput, in2025, policy } from './fixtures.js'

const weekly = (pounds: number) => ({ amountPence: pounds * 100, per: 'week' as const })

const decision = (service: ServiceInput) => {
  const result = isFreeService(service)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.value
}

describe('isFreeService (charging.md: always free)', () => {
  it('reablement and intermediate care are free for up to the first 6 weeks', () => {
    expect(decision({ kind: 'reablement', cost: weekly(200), weekOfService: 6 }).free).toBe(true)
    expect(decision({ kind: 'reablement', cost: weekly(200), weekOfService: 7 }).free).toBe(false)
    expect(decision({ kind: 'intermediate-care', cost: weekly(200), weekOfService: 1 }).free).toBe(true)
  })

  it('aids and minor adaptations are free up to £1,000', () => {
    expect(decision({ kind: 'aids-and-minor-adaptations', oneOffCostPence: 100_000 }).free).toBe(true)
    const over = decision({ kind: 'aids-and-minor-adaptations', oneOffCostPence: 100_001 })
    expect(over.free).toBe(false)
    expect(over.reason).toContain('not a minor adaptation')
  })

  it.each([
    'mental-health-aftercare-s117',
    'variant-cjd',
    'assessment',
    'support-planning',
    'review',
    'advocacy',
  ] as const)('%s is always free', (kind) => {
    const result = decision({ kind })
    expect(result.free).toBe(true)
  })

  it('a carer is never charged for support provided to the person they care for', () => {
    const result = decision({ kind: 'care-and-support', cost: weekly(100), providedTo: 'the-person-they-care-for' })
    expect(result).toMatchObject({ free: true, source: 'Care Act 2014 s14(3)' })
    expect(decision({ kind: 'care-and-support', cost: weekly(100) }).free).toBe(false)
  })

  it('refuses a malformed service naming the field', () => {
    const result = isFreeService({ kind: 'reablement', cost: weekly(1) } as ServiceInput)
    expect(errorsOf(result)[0]).toEqual({ path: 'service.weekOfService', message: 'Week of the service is required' })
  })
})

describe('assessments charge £0 for free services, with the reason', () => {
  it('section 117 after-care at home: £0 even with income well above the MIG', () => {
    const result = assessed(
      assessNonResidential(
        homeInput({
          income: [{ kind: 'state-pension', weeklyPence: 90_000 }],
          services: [{ kind: 'mental-health-aftercare-s117', cost: weekly(400) }],
        }),
        policy(),
        in2025,
      ),
    )
    expect(result.weeklyChargePence).toBe(0)
    expect(result.route).toBe('free')
    expect(explanationText(result)).toContain('section 117 of the Mental Health Act 1983 is free')
  })

  it('charges only the chargeable services when free and chargeable ones are mixed', () => {
    const result = assessed(
      assessNonResidential(
        homeInput({
          services: [
            { kind: 'reablement', cost: weekly(300), weekOfService: 3 },
            { kind: 'care-and-support', cost: weekly(50) },
          ],
        }),
        policy(),
        in2025,
      ),
    )
    expect(result.weeklyCostOfCarePence).toBe(5_000)
    expect(result.weeklyChargePence).toBe(5_000)
    expect(explanationText(result)).toContain('Reablement: free.')
  })

  it('a carer receiving support for the person they care for pays £0', () => {
    const result = assessed(
      assessNonResidential(
        homeInput({
          services: [{ kind: 'care-and-support', cost: weekly(80), providedTo: 'the-person-they-care-for' }],
        }),
        policy(),
        in2025,
      ),
    )
    expect(result.weeklyChargePence).toBe(0)
    expect(explanationText(result)).toContain('A carer cannot be charged')
  })

  it('variant CJD care in a care home: £0', () => {
    const result = assessed(
      assessCareHome(careHomeInput({ placement: { kind: 'variant-cjd', cost: weekly(900) } }), policy(), in2025),
    )
    expect(result.weeklyChargePence).toBe(0)
    expect(result.route).toBe('free')
  })

  it('refuses a major adaptation rather than guess how to charge for it', () => {
    const [error] = errorsOf(
      assessNonResidential(
        homeInput({ services: [{ kind: 'aids-and-minor-adaptations', oneOffCostPence: 500_000 }] }),
        policy(),
        in2025,
      ),
    )
    expect(error?.path).toBe('services.0.oneOffCostPence')
  })
})
