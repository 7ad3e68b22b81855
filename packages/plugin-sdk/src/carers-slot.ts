import { DEFAULT_CARERS_POLICY, type CarersPolicy } from '@open-sds/carers'
import type { ComposedConfiguration, SourceId } from './configuration.js'
import { NATIONAL_DEFAULTS_ID } from './manifest-schema.js'

/**
 * The carers' policy in force: the one the last plugin to set the `carers` slot gave (any field it left out filled from
 * the default when the plugin was validated), else the default (the national carer's self-assessment, a one-off
 * £200.00, no charge).
 */
export function carersPolicyInForce(site: Pick<ComposedConfiguration, 'slots' | 'provenance'>): {
  policy: CarersPolicy
  source: SourceId
} {
  const set = site.slots.carers
  if (set === undefined) return { policy: DEFAULT_CARERS_POLICY, source: NATIONAL_DEFAULTS_ID }
  return { policy: set, source: site.provenance.slots.carers ?? NATIONAL_DEFAULTS_ID }
}
