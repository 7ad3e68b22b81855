import { describe, expect, it } from 'vitest'
import { composeFrameworks, nationalFrameworks } from '@open-sds/outcomes'
import type { Plan } from '../src/index.js'
import { validatePlan } from '../src/index.js'
import { joansPlan } from './fixtures.js'

function withSupport(index: number, change: Record<string, unknown>): unknown {
  const plan = joansPlan()
  return { ...plan, supports: plan.supports.map((support, i) => (i === index ? { ...support, ...change } : support)) }
}

describe('validatePlan', () => {
  it('accepts Joan’s plan as it is', () => {
    expect(validatePlan(joansPlan())).toEqual({ ok: true, value: joansPlan() })
  })

  it('refuses a support with a negative cost, naming the field', () => {
    expect(validatePlan(withSupport(0, { unitCostPence: -1550 }))).toEqual({
      ok: false,
      errors: [{ path: 'supports.0.unitCostPence', message: 'Unit cost must be 0 or more, in pence' }],
    })
  })

  it('refuses a cost given in pounds and pence rather than whole pence', () => {
    expect(validatePlan(withSupport(0, { unitCostPence: 15.5 }))).toEqual({
      ok: false,
      errors: [
        {
          path: 'supports.0.unitCostPence',
          message: 'Unit cost must be a whole number of pence, such as 1550 for £15.50',
        },
      ],
    })
  })

  it('keeps the directory service a support was chosen from, and refuses one without a uuid or a day (issue 17)', () => {
    const directoryService = { id: 'd1700000-0000-4000-8006-000000000001', name: 'Befrienders', chosenOn: '2026-12-03' }
    const chosen = withSupport(0, { directoryService })
    expect(validatePlan(chosen)).toEqual({ ok: true, value: chosen })
    const bad = validatePlan(withSupport(0, { directoryService: { id: 'befrienders', name: 'Befrienders' } }))
    expect(bad.ok ? [] : bad.errors.map((issue) => issue.path)).toEqual([
      'supports.0.directoryService.id',
      'supports.0.directoryService.chosenOn',
    ])
  })

  it('keeps a support marked as replacement care for the person’s carer, naming the carer (issue 16)', () => {
    const replacement = withSupport(0, {
      replacementCareFor: { carerPersonId: 'c1600000-0000-4000-8000-000000000001', carerName: 'Ravi Shah' },
    })
    expect(validatePlan(replacement)).toEqual({ ok: true, value: replacement })
    const unnamed = validatePlan(withSupport(0, { replacementCareFor: { carerPersonId: 'c16', carerName: ' ' } }))
    expect(unnamed.ok ? [] : unnamed.errors.map((issue) => issue.message)).toContain('Give the carer’s name')
  })

  it('refuses a support for an outcome the plan does not have', () => {
    expect(validatePlan(withSupport(2, { outcomeId: 'garden' }))).toEqual({
      ok: false,
      errors: [
        {
          path: 'supports.2.outcomeId',
          message:
            '"Morning visit to help wash and dress" is for outcome "garden", which is not one of this plan\'s outcomes; choose one of its outcomes or add it',
        },
      ],
    })
  })

  it('refuses family-and-friends support with a cost (support planning note: unpaid support appears at £0)', () => {
    expect(validatePlan(withSupport(1, { unitCostPence: 1000 }))).toEqual({
      ok: false,
      errors: [
        {
          path: 'supports.1.unitCostPence',
          message:
            '"Lift home from church with a neighbour" is from family and friends, which is unpaid and shown at £0.00, but it has a cost of £10.00. If someone is being paid, record them as a personal assistant or other paid support',
        },
      ],
    })
  })

  it('refuses funding whose parts do not add up to the personal budget', () => {
    const plan = joansPlan()
    plan.funding.personalBudget.managedAccountWeeklyPence = 14400
    expect(validatePlan(plan)).toEqual({
      ok: false,
      errors: [
        {
          path: 'funding.personalBudget.weeklyPence',
          message:
            'The direct payment (£56.70), managed account (£144.00) and individual service fund (£0.00) add up to £200.70 a week, but the personal budget is £210.70 a week; they must add up to the personal budget',
        },
      ],
    })
  })

  it('refuses an assessed contribution larger than the personal budget', () => {
    const plan = joansPlan()
    plan.funding.personalBudget.assessedContributionWeeklyPence = 30000
    const result = validatePlan(plan)
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.errors.map((issue) => issue.path)).toEqual([
        'funding.personalBudget.assessedContributionWeeklyPence',
      ])
  })

  it('reports every problem at once, with ids used twice and links to unknown framework outcomes', () => {
    const plan: Plan = joansPlan()
    const first = plan.supports[0]
    if (first) plan.supports.push({ ...first })
    const outcome = plan.outcomes[0]
    if (outcome) outcome.linkedItems.push({ frameworkId: 'care-act-wellbeing', itemId: 'faith' })
    const result = validatePlan(plan)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual([
      {
        path: 'supports.7.id',
        message: 'Another support (supports.0) already has the id "pa-church"; each support needs its own',
      },
      {
        path: 'outcomes.0.linkedItems.2.itemId',
        message: 'The framework "Care Act 2014 wellbeing areas" has no outcome "faith"',
      },
    ])
  })

  it('accepts links to a plugin’s own framework when given the composed frameworks', () => {
    const composed = composeFrameworks(nationalFrameworks, [
      {
        id: 'greenfield-goals',
        version: 1,
        title: 'Greenfield goals',
        source: 'Greenfield Borough Council, 2024',
        items: [{ id: 'faith', title: 'Practise my faith' }],
      },
    ])
    if (!composed.ok) throw new Error('frameworks did not compose')
    const plan = joansPlan()
    plan.outcomes[0]?.linkedItems.push({ frameworkId: 'greenfield-goals', itemId: 'faith' })
    expect(validatePlan(plan).ok).toBe(false)
    expect(validatePlan(plan, { frameworks: composed.value }).ok).toBe(true)
  })

  it('says plainly what is missing or of the wrong kind', () => {
    const { reviewDate: _reviewDate, ...noDate } = joansPlan()
    expect(validatePlan({ ...noDate, contingencyPlan: 42 })).toEqual({
      ok: false,
      errors: [
        { path: 'contingencyPlan', message: 'Contingency plan must be text, not 42' },
        { path: 'reviewDate', message: 'Review date is required' },
      ],
    })
    expect(validatePlan(withSupport(0, { providerType: 'nephew' }))).toEqual({
      ok: false,
      errors: [
        {
          path: 'supports.0.providerType',
          message:
            'Who provides it must be one of "personal-assistant", "agency", "community-group", "family-and-friends", "equipment", "telecare" or "other"',
        },
      ],
    })
  })
})
