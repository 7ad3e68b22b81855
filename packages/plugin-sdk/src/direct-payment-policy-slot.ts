import { DEFAULT_DIRECT_PAYMENT_POLICY, type DirectPaymentPolicy } from '@open-sds/direct-payments'
import type { ComposedConfiguration, SourceId } from './configuration.js'
import { NATIONAL_DEFAULTS_ID } from './manifest-schema.js'

/**
 * The direct-payment policy in force: the one the last plugin to set the `directPaymentPolicy` slot gave (its fields
 * checked and any left out filled from the default when the plugin was validated), else the default policy.
 */
export function directPaymentPolicyInForce(site: Pick<ComposedConfiguration, 'slots' | 'provenance'>): {
  policy: DirectPaymentPolicy
  source: SourceId
} {
  const set = site.slots.directPaymentPolicy
  if (set === undefined) return { policy: DEFAULT_DIRECT_PAYMENT_POLICY, source: NATIONAL_DEFAULTS_ID }
  return { policy: set, source: site.provenance.slots.directPaymentPolicy ?? NATIONAL_DEFAULTS_ID }
}
