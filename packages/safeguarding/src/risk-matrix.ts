import { z } from 'zod'
import { optionalText, requiredText } from './fields.js'
import { fail, ok, parse, type Result } from '@open-sds/kernel'

const LevelSchema = z.object({
  value: z
    .number({ error: 'Each level needs a whole-number value' })
    .int({ error: 'Each level needs a whole-number value' }),
  label: requiredText('Each level needs a label', 100),
  description: optionalText(500),
})

/** A scale's levels are 1, 2, 3 ... in order, so a score can be read off without a lookup table. */
const ScaleSchema = z
  .object({
    name: requiredText('The scale needs a name', 100),
    levels: z.array(LevelSchema).min(2, { error: 'A scale needs at least two levels' }),
  })
  .superRefine((scale, context) => {
    scale.levels.forEach((level, index) => {
      if (level.value !== index + 1) {
        context.addIssue({
          code: 'custom',
          path: ['levels', index, 'value'],
          message: `Level "${level.label}" should have value ${String(index + 1)}: levels run 1, 2, 3 ... from least to most`,
        })
      }
    })
  })

const ThresholdSchema = z
  .object({
    label: requiredText('Each threshold needs a label', 100),
    colour: requiredText('Each threshold needs a colour name, for example red, amber or green', 50),
    hex: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, { error: 'The colour code must look like #d4351c' })
      .optional(),
    min: z.number().int({ error: 'A threshold starts at a whole-number score' }),
    max: z.number().int({ error: 'A threshold ends at a whole-number score' }),
  })
  .refine((threshold) => threshold.min <= threshold.max, {
    path: ['max'],
    error: 'A threshold cannot end below the score it starts at',
  })

const range = (threshold: { label: string; min: number; max: number }) =>
  `"${threshold.label}" (${String(threshold.min)} to ${String(threshold.max)})`

/**
 * A council's likelihood x impact matrix. Thresholds are listed from least to most severe and must
 * cover every score from the lowest to the highest exactly once, so every rating has one label.
 */
export const RiskMatrixSchema = z
  .object({
    id: requiredText('The matrix needs an id', 100),
    version: requiredText('The matrix needs a version, so stored ratings can say which one they used', 50),
    name: requiredText('The matrix needs a name', 200),
    source: requiredText('Say where the matrix comes from (its policy or document)', 1_000),
    likelihood: ScaleSchema,
    impact: ScaleSchema,
    score: z.literal('product', { error: 'The score is likelihood multiplied by impact (score: product)' }),
    thresholds: z.array(ThresholdSchema).min(1, { error: 'The matrix needs at least one threshold' }),
  })
  .superRefine((matrix, context) => {
    const lowest = 1
    const highest = matrix.likelihood.levels.length * matrix.impact.levels.length
    const thresholds = matrix.thresholds
    const first = thresholds[0]
    const last = thresholds[thresholds.length - 1]
    if (first && first.min !== lowest) {
      context.addIssue({
        code: 'custom',
        path: ['thresholds', 0, 'min'],
        message: `Threshold ${range(first)} must start at the lowest score, ${String(lowest)}`,
      })
    }
    if (last && last.max !== highest) {
      context.addIssue({
        code: 'custom',
        path: ['thresholds', thresholds.length - 1, 'max'],
        message: `Threshold ${range(last)} must end at the highest score, ${String(highest)}`,
      })
    }
    for (let index = 1; index < thresholds.length; index += 1) {
      const before = thresholds[index - 1]
      const current = thresholds[index]
      if (!before || !current) continue
      const path = ['thresholds', index, 'min']
      if (current.min <= before.max && current.max < before.min) {
        context.addIssue({
          code: 'custom',
          path,
          message: `Threshold ${range(current)} is listed after ${range(before)} but has lower scores: list thresholds from least to most severe`,
        })
      } else if (current.min <= before.max) {
        context.addIssue({
          code: 'custom',
          path,
          message: `Threshold ${range(current)} overlaps ${range(before)}: a score can have only one label`,
        })
      } else if (current.min > before.max + 1) {
        context.addIssue({
          code: 'custom',
          path,
          message: `There is a gap before threshold ${range(current)}: scores ${String(before.max + 1)} to ${String(current.min - 1)} would have no label`,
        })
      }
    }
  })
export type RiskMatrix = z.infer<typeof RiskMatrixSchema>

/** A scale whose levels are numbered 1, 2, 3 ... in the order of their labels. */
export const numberedScale = (name: string, labels: readonly string[]): RiskMatrix['likelihood'] => ({
  name,
  levels: labels.map((label, index) => ({ value: index + 1, label })),
})

/**
 * The seed's matrix: seed 003 (a county council's PPF programme, Appendix B risk log) scores
 * probability 1-5 x impact 1-5 with a red/amber/green status, and rates scores 8, 9 and 12 amber.
 */
export const defaultRiskMatrix: RiskMatrix = {
  id: 'seed-003-5x5-rag',
  version: '2026.1',
  name: 'Likelihood x impact, 5 x 5, red/amber/green',
  source:
    'Seed 003, Appendix B risk log: probability 1-5 x impact 1-5 = score, with a RAG status (scores 8, 9 and 12 are amber there). ' +
    'The green (1-4) and red (13-25) boundaries and the level labels are a common convention, not stated in the seed [derived]; ' +
    'a council sets its own matrix by plugin.',
  likelihood: numberedScale('Likelihood', ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain']),
  impact: numberedScale('Impact', ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe']),
  score: 'product',
  thresholds: [
    { label: 'Low', colour: 'green', hex: '#00703c', min: 1, max: 4 },
    { label: 'Medium', colour: 'amber', hex: '#f47738', min: 5, max: 12 },
    { label: 'High', colour: 'red', hex: '#d4351c', min: 13, max: 25 },
  ],
}

export const RiskRatingSchema = z.object({
  likelihood: z.number().int(),
  impact: z.number().int(),
  score: z.number().int(),
  label: z.string(),
  colour: z.string(),
  hex: z.string().optional(),
  /** 0 for the least severe threshold, rising with severity. */
  severity: z.number().int().min(0),
  explanation: z.array(z.string()),
  matrixId: z.string(),
  matrixVersion: z.string(),
})
export type RiskRating = z.infer<typeof RiskRatingSchema>

function levelOnScale(
  scale: RiskMatrix['likelihood'],
  value: unknown,
  path: string,
): Result<RiskMatrix['likelihood']['levels'][number]> {
  const level = scale.levels.find((candidate) => candidate.value === value)
  if (level) return ok(level)
  const first = scale.levels[0]
  const last = scale.levels[scale.levels.length - 1]
  return fail({
    path,
    message: `${scale.name} must be a whole number from ${String(first?.value)} (${String(first?.label)}) to ${String(last?.value)} (${String(last?.label)})`,
  })
}

/** Rate a risk on a matrix, with the steps that produced the rating and the matrix version used. */
export function rateRisk(matrix: RiskMatrix, likelihood: unknown, impact: unknown): Result<RiskRating> {
  const checked = parse(RiskMatrixSchema, matrix, 'matrix')
  if (!checked.ok) return checked
  const valid = checked.value
  const likelihoodLevel = levelOnScale(valid.likelihood, likelihood, 'likelihood')
  const impactLevel = levelOnScale(valid.impact, impact, 'impact')
  if (!likelihoodLevel.ok || !impactLevel.ok) {
    return fail(...(likelihoodLevel.ok ? [] : likelihoodLevel.errors), ...(impactLevel.ok ? [] : impactLevel.errors))
  }
  const score = likelihoodLevel.value.value * impactLevel.value.value
  const severity = valid.thresholds.findIndex((threshold) => score >= threshold.min && score <= threshold.max)
  const band = valid.thresholds[severity]
  if (band === undefined)
    return fail({ path: 'matrix.thresholds', message: `No threshold covers a score of ${String(score)}` })
  return ok({
    likelihood: likelihoodLevel.value.value,
    impact: impactLevel.value.value,
    score,
    label: band.label,
    colour: band.colour,
    ...(band.hex ? { hex: band.hex } : {}),
    severity,
    explanation: [
      `${valid.likelihood.name} ${String(likelihoodLevel.value.value)} (${likelihoodLevel.value.label}) x ${valid.impact.name.toLowerCase()} ${String(impactLevel.value.value)} (${impactLevel.value.label}) = score ${String(score)}`,
      `A score of ${String(score)} falls in ${range(band)}, shown ${band.colour}`,
      `Matrix: ${valid.name}, version ${valid.version} (${valid.id})`,
    ],
    matrixId: valid.id,
    matrixVersion: valid.version,
  })
}
