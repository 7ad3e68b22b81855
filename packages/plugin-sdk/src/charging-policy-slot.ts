import {
  nationalDefaultPolicy,
  probeChargingPolicy,
  type CouncilPolicy,
  type PolicyProbe,
  type Result,
} from '@open-sds/charging'
import type { ComposedConfiguration, SourceId } from './configuration.js'
import { NATIONAL_DEFAULTS_ID } from './manifest-schema.js'

/** The charging policy in force: the one the last plugin to set the `chargingPolicy` slot gave, else the national rules. */
export function chargingPolicyInForce(site: Pick<ComposedConfiguration, 'slots' | 'provenance'>): {
  policy: CouncilPolicy
  source: SourceId
} {
  const set = site.slots.chargingPolicy
  if (set === undefined) return { policy: nationalDefaultPolicy, source: NATIONAL_DEFAULTS_ID }
  return { policy: set, source: site.provenance.slots.chargingPolicy ?? NATIONAL_DEFAULTS_ID }
}

/**
 * The start-up check of the composed charging policy on `now` (a UK date), for any host of the SDK: `probeChargingPolicy`
 * from @open-sds/charging run on the policy in force, each problem's path put under `chargingPolicy.` and its message
 * naming the plugin that supplied the policy. A host that gets errors should refuse to start.
 */
export function checkChargingPolicy(
  site: Pick<ComposedConfiguration, 'slots' | 'provenance'>,
  options: { now: string },
): Result<PolicyProbe & { source: SourceId }> {
  const { policy, source } = chargingPolicyInForce(site)
  const probed = probeChargingPolicy(policy, options)
  if (probed.ok) return { ok: true, value: { ...probed.value, source } }
  return {
    ok: false,
    errors: probed.errors.map((found) => ({
      path: `chargingPolicy.${found.path.replace(/^policy\.?/, '')}`.replace(/\.$/, ''),
      message: `The charging policy from plugin "${source}" breaks the charging rules: ${found.message}`,
    })),
  }
}
