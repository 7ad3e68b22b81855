import {
  accommodationStatuses,
  clientFundingStatuses,
  employmentStatuses,
  ethnicities,
  eventOutcomes,
  genders,
  primarySupportReasons,
  serviceComponents,
  serviceTypes,
  type CodedField,
} from '@open-sds/statutory-returns'
import type { Choice } from '~/components/FormFields'

// The national lists as form choices. Not server-only: the pages render them.

/** A national value list as choices: the Release 2 wording, which reads as plain English, for each neutral id. */
const choicesOf = <Id extends string>(field: CodedField<Id>, only?: readonly Id[]): Choice[] =>
  (Object.entries(field.codes) as Array<[Id, { R2: string }]>)
    .filter(([id]) => only === undefined || only.includes(id))
    .map(([id, strings]) => ({ value: id, label: strings.R2 }))

export const idsOf = (field: CodedField<string>) => Object.keys(field.codes)

export const RETURN_DETAIL_CHOICES = {
  gender: choicesOf(genders),
  ethnicity: choicesOf(ethnicities),
  primarySupportReason: choicesOf(primarySupportReasons),
  accommodationStatus: choicesOf(accommodationStatuses),
  employmentStatus: choicesOf(employmentStatuses),
  clientFundingStatus: choicesOf(clientFundingStatuses),
}

export const shortTermTypes = ['st-max', 'ongoing-low-level', 'other-short-term'] as const
export const shortTermComponents = [
  'reablement',
  'short-term-residential',
  'short-term-nursing',
  'other-short-term',
] as const

export const SHORT_TERM_CHOICES = {
  serviceType: choicesOf(serviceTypes, shortTermTypes),
  component: choicesOf(serviceComponents, shortTermComponents),
  outcome: choicesOf(eventOutcomes),
}
