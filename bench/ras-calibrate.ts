/**
 * Benchmark: calibrate over 100,000 synthetic historic cases (seeded), by price per point and by bands (ten
 * equal-width bands, and the illustrative RAS's own band edges), reporting time and R squared; plus reading the
 * same cases from CSV with parseCalibrationCsv. The floor is a bare loop computing the least-squares price per
 * point (Σxy / Σx²) over the same cases, with no validation, report or outliers.
 *
 * Run from /work/main: node_modules/.bin/tsx --conditions=@open-sds/source bench/ras-calibrate.ts [cases]
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { performance } from 'node:perf_hooks'
// The workspace root has no link to the packages, so the bench reaches the package's entry point by path.
import {
  calibrate,
  type CalibrationCase,
  type CalibrationOptions,
  formatPence,
  illustrativeRasConfig,
  parseCalibrationCsv,
} from '@open-sds/ras'
import { prng } from './seeded-random.ts'
import { penceToPounds } from '@open-sds/kernel'

const CASES = Math.max(2, Math.min(Number(process.argv[2] ?? 100_000), 100_000))
const REPEATS = 3

/**
 * Cases shaped like a real desktop exercise: points spread over the illustrative SAQ's range, cost rising with
 * points (a fixed part plus about £7.50 a point) with wide noise, and a few very expensive packages.
 */
function syntheticCases(n: number): CalibrationCase[] {
  const random = prng(20250402)
  return Array.from({ length: n }, (_, i) => {
    const points = Math.min(94, Math.floor((random() + random() + random()) * 32))
    const noise = (random() + random() + random() + random() - 2) * 6_000
    const outlier = random() < 0.01 ? 40_000 + random() * 60_000 : 0
    const actualWeeklyPence = Math.max(0, Math.round(3_000 + points * 750 + noise + outlier))
    return { caseId: `case-${String(i + 1).padStart(6, '0')}`, points, actualWeeklyPence }
  })
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

function time<T>(run: () => T): { ms: number; value: T } {
  const times: number[] = []
  let value = run() // warm-up, not counted
  for (let i = 0; i < REPEATS; i++) {
    const t = performance.now()
    value = run()
    times.push(performance.now() - t)
  }
  return { ms: median(times), value }
}

function main() {
  const cases = syntheticCases(CASES)
  const edges =
    illustrativeRasConfig.money.method === 'bands' ? illustrativeRasConfig.money.bands.map((b) => b.fromPoints) : [0]
  const runs: Array<{ name: string; options: CalibrationOptions }> = [
    { name: 'price per point', options: { method: 'price-per-point' } },
    { name: 'bands: 10 equal-width', options: { method: 'bands', bandCount: 10 } },
    { name: 'bands: illustrative edges', options: { method: 'bands', bandEdges: edges } },
  ]
  const rows: Array<Record<string, string | number | null>> = []
  const reports: Record<string, unknown> = {}
  for (const { name, options } of runs) {
    const { ms, value } = time(() => calibrate(cases, options))
    if (!value.ok) throw new Error(`${name}: ${JSON.stringify(value.errors)}`)
    const r = value.value
    reports[name] = {
      proposedMoney: r.proposedMoney,
      rSquared: r.rSquared,
      withIntercept: r.withIntercept,
      totals: r.totals,
      outliers: r.outliers.slice(0, 3),
    }
    rows.push({
      run: name,
      cases: r.caseCount,
      medianMs: Math.round(ms * 10) / 10,
      casesPerSecond: Math.round(r.caseCount / (ms / 1000)),
      rSquared: r.rSquared === null ? null : Number(r.rSquared.toFixed(4)),
      // A line through zero reports R squared about zero; the fit with an intercept is the one comparable with bands.
      rSquaredLineWithIntercept:
        r.withIntercept?.rSquared === undefined || r.withIntercept.rSquared === null
          ? null
          : Number(r.withIntercept.rSquared.toFixed(4)),
      proposed:
        r.proposedMoney.method === 'price-per-point'
          ? `${formatPence(r.proposedMoney.pencePerPoint)}/point`
          : `${r.proposedMoney.bands.length} bands`,
      costVsHistoric: r.totals.differencePercent === null ? null : `${r.totals.differencePercent}%`,
    })
  }

  const floor = time(() => {
    let sxy = 0
    let sxx = 0
    for (const c of cases) {
      sxy += c.points * c.actualWeeklyPence
      sxx += c.points * c.points
    }
    return sxy / sxx
  })
  rows.push({
    run: 'floor: bare Σxy/Σx² loop',
    cases: CASES,
    medianMs: Math.round(floor.ms * 100) / 100,
    casesPerSecond: Math.round(CASES / (floor.ms / 1000)),
    rSquared: null,
    rSquaredLineWithIntercept: null,
    proposed: `${floor.value.toFixed(2)} pence/point`,
    costVsHistoric: null,
  })

  const csv = [
    'case_id,points,actual_weekly_cost',
    ...cases.map((c) => `${c.caseId},${c.points},${penceToPounds(c.actualWeeklyPence)}`),
  ].join('\n')
  const parsed = time(() => parseCalibrationCsv(csv))
  const parsedOk =
    parsed.value.ok && parsed.value.value.cases.length === CASES && parsed.value.value.rejectedRows.length === 0
  const roundTrip =
    parsed.value.ok && parsed.value.value.cases.every((c, i) => c.actualWeeklyPence === cases[i]?.actualWeeklyPence)
  rows.push({
    run: 'parseCalibrationCsv',
    cases: CASES,
    medianMs: Math.round(parsed.ms * 10) / 10,
    casesPerSecond: Math.round(CASES / (parsed.ms / 1000)),
    rSquared: null,
    rSquaredLineWithIntercept: null,
    proposed: null,
    costVsHistoric: null,
  })

  console.log(
    `RAS calibration: ${CASES.toLocaleString('en-GB')} synthetic cases, median of ${REPEATS} runs after a warm-up`,
  )
  console.table(rows)
  console.log(
    `CSV: ${parsedOk ? 'every row read' : 'ROWS MISSING OR REJECTED'}; pence ${roundTrip ? 'identical' : 'DIFFER'} after the round trip through pounds`,
  )

  mkdirSync('bench/results', { recursive: true })
  const out = {
    benchmark: 'ras-calibrate',
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cases: CASES,
    repeats: REPEATS,
    rows,
    reports,
    csv: { parsedOk, roundTrip },
  }
  writeFileSync('bench/results/ras-calibrate.json', `${JSON.stringify(out, null, 2)}\n`)
  console.log('Wrote bench/results/ras-calibrate.json')
  if (!parsedOk || !roundTrip) process.exitCode = 1
}

main()
