import { defaultRiskMatrix, type RiskMatrix } from '@open-sds/safeguarding'
import type { ComposedConfiguration, SourceId } from './configuration.js'
import { NATIONAL_DEFAULTS_ID } from './manifest-schema.js'

/**
 * The risk matrix in force: the one the last plugin to set the `riskMatrix` slot gave, else the seed's 5 x 5
 * red/amber/green matrix (`defaultRiskMatrix` from @open-sds/safeguarding). The default is applied here rather than
 * written into the national defaults' slots, so a composition that sets no matrix still reads as setting none.
 */
export function riskMatrixInForce(site: Pick<ComposedConfiguration, 'slots' | 'provenance'>): {
  matrix: RiskMatrix
  source: SourceId
} {
  const set = site.slots.riskMatrix
  if (set === undefined) return { matrix: defaultRiskMatrix, source: NATIONAL_DEFAULTS_ID }
  return { matrix: set.matrix, source: site.provenance.slots.riskMatrix ?? NATIONAL_DEFAULTS_ID }
}
