import type { CldPerson, CldSource } from '../src/index.js'

/** Fictional: 999 NHS numbers are reserved for testing and never issued to anyone. */
export const person = (id: string, overrides: Partial<CldPerson> = {}): CldPerson => ({
  id,
  nhsNumber: '9990000018',
  gender: 'female',
  ethnicity: 'white-irish',
  dateOfBirth: '1950-06-15',
  postcode: 'ab1 2cd',
  primarySupportReason: 'physical-personal-care',
  accommodationStatus: 'owner-occupier',
  hasUnpaidCarer: true,
  clientFundingStatus: 'joint-client-and-social-care',
  ...overrides,
})

export const period = { start: '2025-04-01', end: '2026-03-31' }

export const source = (overrides: Partial<CldSource> = {}): CldSource => ({
  laCode: 'E10000006',
  period,
  people: [person('p1')],
  ...overrides,
})

export const longTermService = {
  serviceType: 'long-term-community',
  component: 'direct-payment',
  deliveryMechanism: 'direct-payment',
  unitCostPence: 25_050,
  costFrequency: 'weekly',
  plannedUnitsPerWeek: 1,
}
