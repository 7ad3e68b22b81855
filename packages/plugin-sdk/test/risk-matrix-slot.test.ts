import { describe, expect, it } from 'vitest'
import { composePlugins, nationalDefaults, riskMatrixInForce, safeguarding, validatePlugin } from '@open-sds/plugin-sdk'
import type { PluginManifest, RiskMatrix } from '@open-sds/plugin-sdk'
import { copyOf, validManifest } from './fixtures.js'

/** A 3 x 3 matrix with two thresholds: a council's own choice, unlike the default in every respect. */
function threeByThree(): RiskMatrix {
  return {
    id: 'test-3x3',
    version: '2026-04',
    name: 'Test three by three',
    source: 'Test Borough Council risk policy',
    likelihood: safeguarding.numberedScale('Likelihood', ['Unlikely', 'Possible', 'Likely']),
    impact: safeguarding.numberedScale('Impact', ['Small', 'Noticeable', 'Serious']),
    score: 'product',
    thresholds: [
      { label: 'Tolerable', colour: 'green', min: 1, max: 4 },
      { label: 'Talk it through', colour: 'amber', min: 5, max: 9 },
    ],
  }
}

const withMatrix = (matrix: unknown, id = 'test-council'): PluginManifest =>
  ({ ...validManifest(), id, riskMatrix: { matrix } }) as PluginManifest

describe('the riskMatrix slot', () => {
  it('uses the seed 5 x 5 red/amber/green matrix when no plugin sets one', () => {
    const composed = composePlugins(nationalDefaults, [validManifest()])
    if (!composed.ok) throw new Error(JSON.stringify(composed.errors))
    const inForce = riskMatrixInForce(composed.value)
    expect(inForce.source).toBe('national-defaults')
    expect(inForce.matrix.id).toBe('seed-003-5x5-rag')
    expect(inForce.matrix.thresholds.map((threshold) => threshold.colour)).toEqual(['green', 'amber', 'red'])
  })

  it("uses a plugin's own matrix, and a later plugin's replaces it whole", () => {
    const later = {
      ...threeByThree(),
      id: 'later-3x3',
      thresholds: [{ label: 'Any', colour: 'green', min: 1, max: 9 }],
    }
    const composed = composePlugins(nationalDefaults, [withMatrix(threeByThree()), withMatrix(later, 'later-council')])
    if (!composed.ok) throw new Error(JSON.stringify(composed.errors))
    const inForce = riskMatrixInForce(composed.value)
    expect(inForce).toEqual({ matrix: later, source: 'later-council' })
    expect(safeguarding.rateRisk(inForce.matrix, 3, 3)).toMatchObject({
      ok: true,
      value: { score: 9, label: 'Any', matrixId: 'later-3x3' },
    })
  })

  it('refuses a matrix with a gap between thresholds, naming the plugin, the field and the scores left out', () => {
    const matrix = threeByThree()
    matrix.thresholds = [
      { label: 'Tolerable', colour: 'green', min: 1, max: 3 },
      { label: 'Talk it through', colour: 'amber', min: 5, max: 9 },
    ]
    const result = validatePlugin(withMatrix(matrix), '@test/plugin')
    expect(result.ok).toBe(false)
    const messages = result.ok ? [] : result.errors.map((issue) => issue.message)
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^Plugin "test-council": riskMatrix\.matrix\.thresholds\.1\.min: .*scores 4 to 4 would have no label/,
      ),
    )
  })

  it('refuses a threshold that does not reach the highest score, and an unknown field', () => {
    const matrix = copyOf(threeByThree())
    matrix.thresholds = [{ label: 'Tolerable', colour: 'green', min: 1, max: 8 }]
    const short = validatePlugin(withMatrix(matrix), '@test/plugin')
    expect(short.ok ? [] : short.errors.map((issue) => issue.path)).toContain('riskMatrix.matrix.thresholds.0.max')
    const extra = validatePlugin(
      { ...validManifest(), riskMatrix: { matrix: threeByThree(), colours: 'loud' } },
      '@test/plugin',
    )
    expect(extra.ok ? [] : extra.errors.map((issue) => issue.path)).toContain('riskMatrix.colours')
  })

  it('accepts the default matrix written out by a plugin', () => {
    expect(validatePlugin(withMatrix(safeguarding.defaultRiskMatrix), '@test/plugin').ok).toBe(true)
  })
})
