import type { Answers } from '@open-sds/questionnaire'
import { compileRas } from './compile.js'
import { compute } from './compute.js'
import type { RasConfig } from './config-schema.js'
import { explain } from './explanation.js'
import type { Step } from './explanation.js'
import type { Result } from '@open-sds/kernel'
import { ok } from '@open-sds/kernel'

export type IndicativeBudget = {
  weeklyPence: number
  /** weeklyPence × 52. */
  annualPence: number
  points: {
    /** Points scored in each domain, keyed by domain id. */
    byDomain: Record<string, number>
    /** Points before the informal support adjustment. */
    raw: number
    /** Points after it: the points turned into money. */
    afterAdjustment: number
  }
  /** Additions that applied, by id, with their weekly amounts. */
  additions: Array<{ id: string; weeklyPence: number }>
  explanation: Step[]
  configId: string
  configVersion: string
  illustrative: boolean
}

/**
 * The indicative (up-front) personal budget for a set of answers, with the plain-English steps that produced it
 * and the RAS version used. Pass answers already checked with the questionnaire's `validateAnswers`, so that
 * answers to hidden questions are gone. The configuration is validated the first time it is used (and must not
 * be changed afterwards: publish a new version instead).
 */
export function calculateIndicativeBudget(config: RasConfig, answers: Answers): Result<IndicativeBudget> {
  const ras = compileRas(config)
  if (!ras.ok) return ras
  const result = compute(ras.value, answers)
  if (!result.ok) return result
  const c = result.value
  return ok({
    weeklyPence: c.weeklyPence,
    annualPence: c.weeklyPence * 52,
    points: {
      byDomain: Object.fromEntries(c.byDomain.map((d) => [d.id, d.points])),
      raw: c.raw,
      afterAdjustment: c.afterAdjustment,
    },
    additions: c.additions.map((a) => ({ id: a.id, weeklyPence: a.weeklyPence })),
    explanation: explain(ras.value.config, c),
    configId: config.id,
    configVersion: config.version,
    illustrative: config.illustrative,
  })
}

/**
 * Only the weekly amount, without writing the explanation: for modelling a RAS over many cases (its total cost,
 * a what-if on a new table). Never show a person a figure from here without its explanation.
 */
export function indicativeWeeklyPence(config: RasConfig, answers: Answers): Result<number> {
  const ras = compileRas(config)
  if (!ras.ok) return ras
  const result = compute(ras.value, answers)
  return result.ok ? ok(result.value.weeklyPence) : result
}
