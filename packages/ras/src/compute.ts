import { evaluateCondition } from '@open-sds/questionnaire'
import type { Answers } from '@open-sds/questionnaire'
import type { Band } from './config-schema.js'
import { findBand } from './bands.js'
import { answerKey } from './compile.js'
import type { CompiledRas } from './compile.js'
import type { Issue, Result } from '@open-sds/kernel'
import { fail, ok } from '@open-sds/kernel'

/** Every number on the way from answers to a weekly amount; the explanation is written from this. */
export type Computation = {
  byDomain: Array<{ id: string; title: string; points: number }>
  raw: number
  informalSupport:
    { title: string; answered: boolean; percent: number; reduced: number; floorPoints: number } | undefined
  afterAdjustment: number
  money:
    | { method: 'price-per-point'; pencePerPoint: number; weeklyPence: number }
    | { method: 'bands'; band: Band; weeklyPence: number }
  additions: Array<{ id: string; title: string; weeklyPence: number }>
  beforeLimits: number
  limit:
    | { kind: 'living-situation'; label: string; weeklyPence: number }
    | { kind: 'maximum' | 'minimum'; weeklyPence: number }
    | undefined
  weeklyPence: number
}

/** Works out the weekly amount for one set of answers with a compiled configuration. Never throws. */
export function compute(ras: CompiledRas, answers: Answers): Result<Computation> {
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
    return fail({ path: '', message: 'Answers must be a group of answers keyed by question id (an object)' })
  }
  const errors: Issue[] = []
  const byDomain: Computation['byDomain'] = []
  let raw = 0
  for (const domain of ras.domains) {
    let points = 0
    for (const rule of domain.rules) {
      const score = rule.score(answers[rule.question])
      if (typeof score === 'number') points += score
      else errors.push({ path: rule.question, message: score.error })
    }
    byDomain.push({ id: domain.id, title: domain.title, points })
    raw += points
  }

  const support = informalSupport(ras, answers, raw, errors)
  const afterAdjustment = support === undefined ? raw : support.after
  const money = toMoney(ras, afterAdjustment, errors)
  if (errors.length > 0 || money === undefined) return fail(...errors)

  const additions = ras.additions
    .filter((a) => evaluateCondition(a.when, answers))
    .map((a) => ({ id: a.id, title: a.title, weeklyPence: a.weeklyPence }))
  let beforeLimits = money.weeklyPence
  for (const addition of additions) beforeLimits += addition.weeklyPence
  const { limit, weeklyPence } = applyLimits(ras, answers, beforeLimits)
  return ok({
    byDomain,
    raw,
    informalSupport: support?.step,
    afterAdjustment,
    money,
    additions,
    beforeLimits,
    limit,
    weeklyPence,
  })
}

function informalSupport(ras: CompiledRas, answers: Answers, raw: number, errors: Issue[]) {
  const support = ras.informalSupport
  if (support === undefined) return undefined
  const key = answerKey(answers, support.question)
  const percent = key === undefined ? 0 : support.reductions.get(key)
  if (percent === undefined) {
    errors.push({
      path: support.question,
      message: `The answer to "${support.question}" is "${key ?? ''}", which this RAS has no reduction for`,
    })
    return undefined
  }
  // The reduction is rounded to the nearest whole point, halves up; in whole numbers so that it is exact.
  const reduced = raw - Math.floor((raw * percent + 50) / 100)
  const after = Math.max(reduced, Math.min(raw, support.floorPoints))
  return {
    after,
    step: { title: support.title, answered: key !== undefined, percent, reduced, floorPoints: support.floorPoints },
  }
}

function toMoney(ras: CompiledRas, points: number, errors: Issue[]): Computation['money'] | undefined {
  if (ras.pencePerPoint !== undefined)
    return { method: 'price-per-point', pencePerPoint: ras.pencePerPoint, weeklyPence: points * ras.pencePerPoint }
  const band = findBand(ras.bands ?? [], points)
  if (band === undefined) {
    // Only reachable with a table that failed validation; kept so that the function still never throws.
    errors.push({ path: 'money.bands', message: `${points} points falls in no band of the allocation table` })
    return undefined
  }
  return { method: 'bands', band, weeklyPence: band.weeklyPence }
}

/** The lowest applicable cap, then the minimum (validation guarantees every cap is at least the minimum). */
function applyLimits(ras: CompiledRas, answers: Answers, amount: number): Pick<Computation, 'limit' | 'weeklyPence'> {
  const { maximumWeeklyPence, minimumWeeklyPence } = ras.config
  const caps = ras.livingSituationCaps
  const key = caps === undefined ? undefined : answerKey(answers, caps.question)
  const livingCap = key === undefined ? undefined : caps?.caps.get(key)
  if (livingCap !== undefined && livingCap.weeklyPence < maximumWeeklyPence && amount > livingCap.weeklyPence) {
    return {
      limit: { kind: 'living-situation', label: livingCap.label, weeklyPence: livingCap.weeklyPence },
      weeklyPence: livingCap.weeklyPence,
    }
  }
  if (amount > maximumWeeklyPence)
    return { limit: { kind: 'maximum', weeklyPence: maximumWeeklyPence }, weeklyPence: maximumWeeklyPence }
  if (amount < minimumWeeklyPence)
    return { limit: { kind: 'minimum', weeklyPence: minimumWeeklyPence }, weeklyPence: minimumWeeklyPence }
  return { limit: undefined, weeklyPence: amount }
}
