import { describe, expect, it } from 'vitest'
import {
  PlanActionSchema,
  PlanStateSchema,
  planHistoryLabels,
  planStateLabels,
  providerLabels,
  ProviderTypeSchema,
} from '../src/index.js'

describe('the words a person reads for plan states, history and choices', () => {
  it('gives every state its own label, so two states never read the same on a page', () => {
    const labels = PlanStateSchema.options.map((state) => planStateLabels[state])
    expect(new Set(labels).size).toBe(PlanStateSchema.options.length)
    expect(planStateLabels.submitted).toBe('Sent to the council')
  })

  it('labels every move in a plan’s history, including its start', () => {
    for (const action of ['create', ...PlanActionSchema.options] as const)
      expect(planHistoryLabels[action]).toMatch(/^[A-Z]/)
  })

  it('says family and friends are unpaid beside the choice, as the costing shows them at £0', () => {
    expect(ProviderTypeSchema.options.every((type) => providerLabels[type].length > 0)).toBe(true)
    expect(providerLabels['family-and-friends']).toContain('£0')
  })
})
