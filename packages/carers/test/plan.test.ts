import { describe, expect, it } from 'vitest'
import { DEFAULT_CARERS_ALLOCATION, checkCarerPlan, type CarerPlanInput } from '@open-sds/carers'

const plan = (): CarerPlanInput => ({
  outcomes: [{ words: 'I want to get back to my choir on Thursday evenings' }],
  supports: [{ description: 'A term of choir fees and taxis there and back', providedTo: 'carer', costPence: 18_000 }],
  budget: { kind: 'one-off', amountPence: 20_000 },
  emergencyPlan: { whoStepsIn: 'My son Tom, 07700 900123', whatTheyNeedToKnow: 'Dad’s tablets are in the blue box' },
})

describe('checkCarerPlan', () => {
  it('accepts a plan within the allocation, explained with its version', () => {
    const result = checkCarerPlan([DEFAULT_CARERS_ALLOCATION], plan(), '2026-05-01')
    expect(result.ok && result.value.allocationVersion).toBe('national-default-2026')
    expect(result.ok && result.value.explanation.join(' ')).toContain('The supports cost £180.00')
  })

  it('refuses replacement care in the carer’s plan: it belongs in the cared-for person’s (carers.md §4)', () => {
    const given = plan()
    given.supports.push({ description: 'A sitter on Thursday evenings', providedTo: 'cared-for', costPence: 0 })
    const result = checkCarerPlan([DEFAULT_CARERS_ALLOCATION], given, '2026-05-01')
    expect(result.ok ? undefined : result.errors[0]).toMatchObject({
      path: 'supports.1.providedTo',
      message: expect.stringContaining('record it in their support plan'),
    })
  })

  it('refuses a budget above the maximum, and supports that cost more than the budget', () => {
    const over = checkCarerPlan(
      [DEFAULT_CARERS_ALLOCATION],
      { ...plan(), budget: { kind: 'one-off', amountPence: 100_001 } },
      '2026-05-01',
    )
    expect(over.ok ? '' : over.errors[0]?.message).toContain('no more than £1,000.00')
    const dear = checkCarerPlan(
      [DEFAULT_CARERS_ALLOCATION],
      { ...plan(), budget: { kind: 'one-off', amountPence: 10_000 } },
      '2026-05-01',
    )
    expect(dear.ok ? '' : dear.errors[0]?.path).toBe('supports')
  })

  it('refuses a plan with no outcome in the carer’s words, or no emergency plan', () => {
    const result = checkCarerPlan(
      [DEFAULT_CARERS_ALLOCATION],
      { ...plan(), outcomes: [], emergencyPlan: { whoStepsIn: '' } },
      '2026-05-01',
    )
    expect(result.ok ? [] : result.errors.map((issue) => issue.path)).toEqual([
      'outcomes',
      'emergencyPlan.whoStepsIn',
      'emergencyPlan.whatTheyNeedToKnow',
    ])
  })
})
