import { parse } from '@open-sds/kernel'
import { z } from 'zod'
import { findBand } from '../bands.js'
import type { MoneyRule } from '../config-schema.js'
import { formatPence } from '@open-sds/kernel'
import type { Issue, Result } from '@open-sds/kernel'
import { fail, ok } from '@open-sds/kernel'
import { fitBands, equalWidthEdges } from './bands-fit.js'
import { CalibrationCaseSchema, CalibrationOptionsSchema } from './cases.js'
import type { CalibrationCase, CalibrationOptions } from './cases.js'
import { fitPricePerPoint } from './price-per-point.js'
import { roundTo } from './stats.js'

// In Control's RAS guidance suggested a desktop exercise on about 100 existing cases.
const SUGGESTED_MINIMUM_CASES = 100
const DEFAULT_BAND_COUNT = 10
const DEFAULT_OUTLIER_COUNT = 10

export type CalibrationOutlier = {
  caseId: string
  points: number
  actualWeeklyPence: number
  proposedWeeklyPence: number
  /** actual − proposed: positive when the proposed RAS would give less than the case costs now. */
  residualPence: number
}

export type CalibrationReport = {
  method: CalibrationOptions['method']
  caseCount: number
  /** Ready to publish as a RAS configuration's `money`. */
  proposedMoney: MoneyRule
  /** How much of the variation in cost the fit explains, from 0 to 1; null when it is undefined (see rSquaredMeaning). */
  rSquared: number | null
  rSquaredMeaning: string
  /** Price per point only: the best line with a fixed weekly part, for comparison. */
  withIntercept: { interceptPence: number; pencePerPoint: number; rSquared: number | null } | null
  /** The cases furthest from the proposed amounts, furthest first. */
  outliers: CalibrationOutlier[]
  totals: {
    historicWeeklyPence: number
    proposedWeeklyPence: number
    /** proposed − historic. */
    differenceWeeklyPence: number
    /** The difference as a percentage of the historic total, to one decimal place; null when that total is 0. */
    differencePercent: number | null
  }
  /** What was done and what to look at, in plain English. */
  explanation: string[]
}

const CasesSchema = z.array(CalibrationCaseSchema).min(1, { error: 'There are no cases to calibrate on' })

/**
 * Fits a price per point or an allocation table to historic cases (points beside actual weekly cost) by least
 * squares, and reports the fit (R squared), the cases furthest from it, and what the proposed RAS would cost over
 * the same cases against what they cost now. Amounts are before any minimum, maximum, caps or additions.
 */
export function calibrate(cases: readonly CalibrationCase[], options: CalibrationOptions): Result<CalibrationReport> {
  const opts = parse(CalibrationOptionsSchema, options)
  const parsed = parse(CasesSchema, cases)
  if (!opts.ok || !parsed.ok)
    return fail(
      ...(opts.ok ? [] : prefixed(opts.errors, 'options')),
      ...(parsed.ok ? [] : prefixed(parsed.errors, 'cases')),
    )
  const duplicates = duplicateCaseIds(parsed.value)
  if (duplicates.length > 0) return fail(...duplicates)
  const data = parsed.value
  const explanation: string[] = []
  if (data.length < SUGGESTED_MINIMUM_CASES) {
    explanation.push(
      `Only ${data.length} cases: In Control suggested calibrating on about ${SUGGESTED_MINIMUM_CASES} or more, so treat this fit with care`,
    )
  }

  const fit =
    opts.value.method === 'price-per-point' ? pricePerPoint(data, explanation) : bands(data, opts.value, explanation)
  if (!fit.ok) return fit
  const { money, rSquared, rSquaredMeaning, withIntercept } = fit.value

  const proposed = data.map((c) => proposedAmount(money, c.points))
  const historicWeeklyPence = data.reduce((s, c) => s + c.actualWeeklyPence, 0)
  const proposedWeeklyPence = proposed.reduce((s, p) => s + p, 0)
  const differenceWeeklyPence = proposedWeeklyPence - historicWeeklyPence
  const differencePercent =
    historicWeeklyPence === 0 ? null : roundTo((differenceWeeklyPence * 100) / historicWeeklyPence, 1)
  explanation.push(
    `R squared ${rSquared === null ? 'cannot be worked out' : rSquared.toFixed(3)}: ${rSquaredMeaning}`,
    `Over these ${data.length} cases the proposed RAS would cost ${formatPence(proposedWeeklyPence)} a week, against ${formatPence(historicWeeklyPence)} now: ` +
      `${differenceWeeklyPence >= 0 ? 'more' : 'less'} by ${formatPence(Math.abs(differenceWeeklyPence))}` +
      (differencePercent === null ? '' : ` (${Math.abs(differencePercent)}%)`),
    'These amounts are before the minimum, maximum, living situation caps and additions of a full RAS; check its total again with those set',
  )
  return ok({
    method: opts.value.method,
    caseCount: data.length,
    proposedMoney: money,
    rSquared,
    rSquaredMeaning,
    withIntercept,
    outliers: outliers(data, proposed, opts.value.outlierCount ?? DEFAULT_OUTLIER_COUNT),
    totals: { historicWeeklyPence, proposedWeeklyPence, differenceWeeklyPence, differencePercent },
    explanation,
  })
}

type Fit = {
  money: MoneyRule
  rSquared: number | null
  rSquaredMeaning: string
  withIntercept: CalibrationReport['withIntercept']
}

function pricePerPoint(data: readonly CalibrationCase[], explanation: string[]): Result<Fit> {
  const fit = fitPricePerPoint(data)
  if (fit === null)
    return fail({ path: 'cases', message: 'Every case has 0 points, so a price per point cannot be fitted' })
  const pencePerPoint = Math.round(fit.exactPencePerPoint)
  explanation.push(
    `Least-squares price per point through zero: ${roundTo(fit.exactPencePerPoint, 2)} pence a point, published as ${formatPence(pencePerPoint)} a point`,
  )
  if (fit.withIntercept !== null) {
    const line = fit.withIntercept
    explanation.push(
      `For comparison, the best line with a fixed part is ${formatPence(line.interceptPence)} a week plus ${formatPence(line.pencePerPoint)} a point` +
        (line.rSquared === null ? '' : ` (R squared ${line.rSquared.toFixed(3)}, measured about the mean)`),
    )
  }
  return ok({
    money: { method: 'price-per-point', pencePerPoint },
    rSquared: fit.rSquared,
    rSquaredMeaning:
      'for a line through zero it is measured against zero, not the mean (the usual convention, as in R), so it runs higher than ' +
      'the R squared of a fit with an intercept and the two should not be compared directly',
    withIntercept: fit.withIntercept,
  })
}

function bands(data: readonly CalibrationCase[], options: CalibrationOptions, explanation: string[]): Result<Fit> {
  const edges = options.bandEdges ?? equalWidthEdges(data, options.bandCount ?? DEFAULT_BAND_COUNT)
  const edgeProblem = edges.findIndex((e, i) => (i === 0 ? e !== 0 : e <= (edges[i - 1] ?? 0)))
  if (edgeProblem >= 0) {
    return fail({
      path: `options.bandEdges.${edgeProblem}`,
      message:
        edgeProblem === 0
          ? 'The first band must start at 0 points'
          : 'Band edges must rise: each band must start after the one before',
    })
  }
  const fit = fitBands(data, edges)
  explanation.push(
    `Least-squares allocation table of ${fit.bands.length} bands: each band pays the mean weekly cost of its cases, rounded to the penny, ` +
      'kept from falling as points rise by pooling neighbouring bands (pool-adjacent-violators)',
    ...fit.notes,
  )
  return ok({
    money: { method: 'bands', bands: fit.bands },
    rSquared: fit.rSquared,
    rSquaredMeaning:
      'the share of the variation in weekly cost about its mean that the bands explain (before rounding to the penny)',
    withIntercept: null,
  })
}

function proposedAmount(money: MoneyRule, points: number): number {
  return money.method === 'price-per-point'
    ? points * money.pencePerPoint
    : (findBand(money.bands, points)?.weeklyPence ?? 0)
}

/**
 * The `count` cases furthest from the proposed amounts, furthest first (ties by case id). Keeps a short sorted list
 * in one pass rather than sorting every case: sorting 100,000 cases cost a quarter of a second.
 */
function outliers(data: readonly CalibrationCase[], proposed: readonly number[], count: number): CalibrationOutlier[] {
  const top: CalibrationOutlier[] = []
  data.forEach((c, i) => {
    const proposedWeeklyPence = proposed[i] ?? 0
    const residualPence = c.actualWeeklyPence - proposedWeeklyPence
    const last = top[top.length - 1]
    if (top.length === count && (last === undefined || !isFurther(residualPence, c.caseId, last))) return
    const candidate = {
      caseId: c.caseId,
      points: c.points,
      actualWeeklyPence: c.actualWeeklyPence,
      proposedWeeklyPence,
      residualPence,
    }
    let at = top.length
    while (at > 0 && isFurther(residualPence, c.caseId, top[at - 1] as CalibrationOutlier)) at--
    top.splice(at, 0, candidate)
    if (top.length > count) top.pop()
  })
  return top
}

function isFurther(residualPence: number, caseId: string, than: CalibrationOutlier): boolean {
  const a = Math.abs(residualPence)
  const b = Math.abs(than.residualPence)
  return a > b || (a === b && caseId < than.caseId)
}

function duplicateCaseIds(data: readonly CalibrationCase[]): Issue[] {
  const seen = new Map<string, number>()
  return data.flatMap((c, i) => {
    const first = seen.get(c.caseId)
    if (first === undefined) seen.set(c.caseId, i)
    return first === undefined
      ? []
      : [{ path: `cases.${i}.caseId`, message: `Case "${c.caseId}" appears more than once (first at cases.${first})` }]
  })
}

function prefixed(issues: readonly Issue[], prefix: string): Issue[] {
  return issues.map((i) => ({ path: i.path === '' ? prefix : `${prefix}.${i.path}`, message: i.message }))
}
