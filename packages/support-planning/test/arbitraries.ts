import fc from 'fast-check'
import type { Plan, Support } from '../src/index.js'
import { ProviderTypeSchema } from '../src/index.js'
import { joansPlan } from './fixtures.js'

export const outcomeIds = ['church', 'mornings', 'grandchildren'] as const

const supportFields = fc.record({
  outcomeId: fc.constantFrom(...outcomeIds),
  providerType: fc.constantFrom(...ProviderTypeSchema.options),
  per: fc.constantFrom('week' as const, 'month' as const, 'year' as const, 'one-off' as const),
  count: fc.integer({ min: 1, max: 1000 }),
  unitCostPence: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 100_000_000 })),
})

/** Supports with ids s0, s1, ...; family and friends always at £0, as a valid plan requires. */
export const supportsArbitrary = (maxLength = 25) =>
  fc.array(supportFields, { maxLength }).map((fields) =>
    fields.map((field, index): Support => ({
      id: `s${index}`,
      outcomeId: field.outcomeId,
      providerType: field.providerType,
      description: `Support ${index}`,
      frequency: { per: field.per, count: field.count },
      unitCostPence: field.providerType === 'family-and-friends' ? 0 : field.unitCostPence,
    })),
  )

/** Joan's plan with other supports: same outcomes, people and funding. */
export const planArbitrary = supportsArbitrary().map((supports): Plan => ({ ...joansPlan(), supports }))
