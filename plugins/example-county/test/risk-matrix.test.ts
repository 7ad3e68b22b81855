import { describe, expect, it } from 'vitest'
import { composePlugins, nationalDefaults, riskMatrixInForce, safeguarding } from '@open-sds/plugin-sdk'
import northmoor from '../src/index.js'

describe("Northmoor's risk matrix", () => {
  it('is the matrix in force for the example county, not the national default', () => {
    const composed = composePlugins(nationalDefaults, [northmoor])
    if (!composed.ok) throw new Error(composed.errors.map((issue) => issue.message).join('\n'))
    const inForce = riskMatrixInForce(composed.value)
    expect(inForce.source).toBe('example-county')
    expect(inForce.matrix.id).toBe('northmoor-positive-risk')
    expect(inForce.matrix.id).not.toBe(safeguarding.defaultRiskMatrix.id)
  })

  it('rates a middle risk as one to talk through, where the default would call it amber', () => {
    const composed = composePlugins(nationalDefaults, [northmoor])
    if (!composed.ok) throw new Error('does not compose')
    const { matrix } = riskMatrixInForce(composed.value)
    const rated = safeguarding.rateRisk(matrix, 3, 3)
    const byDefault = safeguarding.rateRisk(safeguarding.defaultRiskMatrix, 3, 3)
    expect(rated.ok && rated.value.label).toBe('Moderate: agree how it is reduced')
    expect(byDefault.ok && byDefault.value.colour).toBe('amber')
    expect(rated.ok && rated.value.explanation.at(-1)).toBe(
      'Matrix: Northmoor positive risk-taking matrix (5 x 5, four bands), version 2026-04 (northmoor-positive-risk)',
    )
  })
})
