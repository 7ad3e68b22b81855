import { z } from 'zod'

/**
 * The national lists a safeguarding record is coded against. Each list carries its source so a reader
 * can check it; entries marked `verified: false` are seen only in a secondary source (domain note
 * safeguarding.md marks them [unverified]) and should be checked against the current SAC guidance.
 */
export type CodedEntry<Id extends string> = { id: Id; label: string; includes?: string; verified: boolean }

// In the order of the SAC table SG2a (NHS England publication code).
const abuseTypeIds = [
  'physical',
  'sexual',
  'psychological',
  'financial-or-material',
  'discriminatory',
  'organisational',
  'neglect-and-acts-of-omission',
  'domestic',
  'sexual-exploitation',
  'modern-slavery',
  'self-neglect',
] as const

export const AbuseTypeSchema = z.enum(abuseTypeIds, {
  error: `Type of abuse or neglect must be one of: ${abuseTypeIds.join(', ')}`,
})
export type AbuseType = z.infer<typeof AbuseTypeSchema>

/**
 * The statutory guidance's ten categories, with sexual exploitation counted apart from sexual abuse as the national
 * collection counts it (SAC SG2a has eleven columns). Records made before 2026-12 that said "sexual" stay sexual
 * abuse: nobody can now tell which of them were exploitation.
 */
export const abuseTypes = {
  source:
    'Care and support statutory guidance (Care Act 2014), chapter 14, paragraph 14.17; SAC table SG2a (NHS England publication code)',
  entries: [
    { id: 'physical', label: 'Physical abuse', verified: true },
    { id: 'sexual', label: 'Sexual abuse', verified: true },
    { id: 'psychological', label: 'Psychological or emotional abuse', verified: true },
    { id: 'financial-or-material', label: 'Financial or material abuse', verified: true },
    { id: 'discriminatory', label: 'Discriminatory abuse', verified: true },
    { id: 'organisational', label: 'Organisational abuse', includes: 'poor practice in a setting', verified: true },
    { id: 'neglect-and-acts-of-omission', label: 'Neglect and acts of omission', verified: true },
    {
      id: 'domestic',
      label: 'Domestic abuse',
      includes: 'coercive control and so-called honour-based abuse',
      verified: true,
    },
    { id: 'sexual-exploitation', label: 'Sexual exploitation', verified: true },
    { id: 'modern-slavery', label: 'Modern slavery', verified: true },
    { id: 'self-neglect', label: 'Self-neglect', includes: 'hoarding', verified: true },
  ] satisfies CodedEntry<AbuseType>[],
}

const locationIds = [
  'own-home',
  'in-the-community',
  'in-a-community-service',
  'care-home-nursing',
  'care-home-residential',
  'hospital-acute',
  'hospital-mental-health',
  'hospital-community',
  'other',
] as const

export const LocationOfRiskSchema = z.enum(locationIds, {
  error: `Location of risk must be one of: ${locationIds.join(', ')}`,
})
export type LocationOfRisk = z.infer<typeof LocationOfRiskSchema>

export const locationsOfRisk = {
  source: 'NHS Digital / DHSC Safeguarding Adults Collection (SAC), location of risk',
  entries: [
    { id: 'own-home', label: 'Own home', verified: true },
    { id: 'in-the-community', label: 'In the community (excluding community services)', verified: true },
    { id: 'in-a-community-service', label: 'In a community service', verified: true },
    { id: 'care-home-nursing', label: 'Care home: nursing', verified: true },
    { id: 'care-home-residential', label: 'Care home: residential', verified: true },
    { id: 'hospital-acute', label: 'Hospital: acute', verified: true },
    { id: 'hospital-mental-health', label: 'Hospital: mental health', verified: true },
    { id: 'hospital-community', label: 'Hospital: community', verified: true },
    { id: 'other', label: 'Other', verified: true },
  ] satisfies CodedEntry<LocationOfRisk>[],
}

const sourceIds = ['service-provider', 'other-known-to-individual', 'other-unknown-to-individual'] as const

export const SourceOfRiskSchema = z.enum(sourceIds, {
  error: `Source of risk must be one of: ${sourceIds.join(', ')}`,
})
export type SourceOfRisk = z.infer<typeof SourceOfRiskSchema>

export const sourcesOfRisk = {
  source: 'NHS Digital / DHSC Safeguarding Adults Collection (SAC), source of risk',
  entries: [
    { id: 'service-provider', label: 'Service provider', verified: true },
    { id: 'other-known-to-individual', label: 'Other: known to the individual', verified: true },
    { id: 'other-unknown-to-individual', label: 'Other: unknown to the individual', verified: true },
  ] satisfies CodedEntry<SourceOfRisk>[],
}

/** SAC age bands for individuals, with `under-18` kept visible rather than hidden inside `unknown`. */
const ageBandIds = ['under-18', '18-64', '65-74', '75-84', '85-94', '95-plus', 'unknown'] as const

export const AgeBandSchema = z.enum(ageBandIds, { error: `Age band must be one of: ${ageBandIds.join(', ')}` })
export type AgeBand = z.infer<typeof AgeBandSchema>

export const ageBands = {
  source: 'Safeguarding Adults Collection age bands (18-64, 65-74, 75-84, 85-94, 95 and over, not known)',
  entries: [
    { id: 'under-18', label: 'Under 18 (not an adult: check the route)', verified: true },
    { id: '18-64', label: '18 to 64', verified: true },
    { id: '65-74', label: '65 to 74', verified: true },
    { id: '75-84', label: '75 to 84', verified: true },
    { id: '85-94', label: '85 to 94', verified: true },
    { id: '95-plus', label: '95 and over', verified: true },
    { id: 'unknown', label: 'Age not known', verified: true },
  ] satisfies CodedEntry<AgeBand>[],
}

export function ageBandForAge(age: number): AgeBand {
  if (age < 18) return 'under-18'
  if (age < 65) return '18-64'
  if (age < 75) return '65-74'
  if (age < 85) return '75-84'
  if (age < 95) return '85-94'
  return '95-plus'
}

export const labelOf = <Id extends string>(list: { entries: readonly CodedEntry<Id>[] }, id: Id): string =>
  list.entries.find((entry) => entry.id === id)?.label ?? id
