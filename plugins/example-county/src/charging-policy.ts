import { charging, type CouncilPolicy } from '@open-sds/plugin-sdk'

/**
 * Northmoor's charging policy (illustrative). More generous than the national rules in three ways a person can see
 * in their explanation: the council takes 90% of what is left after the allowances (as Liverpool does), it allows a
 * standard £20 a week for disability-related costs without receipts, and it does not collect a charge under £2 a week
 * (Reading waives under £1.25). A person whose real disability-related costs are higher can ask for them to be
 * itemised instead.
 */
export const northmoorChargingPolicy: CouncilPolicy = {
  ...charging.nationalDefaultPolicy,
  name: 'Northmoor County Council fairer charging policy (illustrative)',
  version: '2025.1',
  taperPercent: 90,
  standardDre: {
    weeklyPence: 2_000,
    covers: [
      'extra laundry',
      'extra heating',
      'a community alarm',
      'a special diet or clothing',
      'cleaning and basic garden work',
    ],
    appliesTo: 'everyone',
  },
  minimumChargeWeeklyPence: 200,
}
