/**
 * Benchmark: calculateIndicativeBudget on 1,000,000 synthetic answer sets to the illustrative SAQ (seeded, so every
 * run scores the same people), beside
 *   - the fast path, indicativeWeeklyPence: the same calculation without writing the explanation, and
 *   - a floor: a hand-written loop that only adds up the same points from plain lookup tables (no validation,
 *     no adjustment, no bands, no result objects).
 * The points the floor adds up are compared with the engine's, so the benchmark also checks the two agree.
 *
 * Run from /work/main: node_modules/.bin/tsx --conditions=@open-sds/source bench/ras-score.ts [people]
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { performance } from 'node:perf_hooks'
// The workspace root has no link to the packages, so the bench reaches the package's entry point by path.
import { calculateIndicativeBudget, illustrativeRasConfig, indicativeWeeklyPence, type RasConfig } from '@open-sds/ras'
import { prng } from './seeded-random.ts'
import { formatPence } from '@open-sds/kernel'

const PEOPLE = Math.max(1, Math.min(Number(process.argv[2] ?? 1_000_000), 1_000_000))
const BATCH = 10_000
const TIME_LIMIT_MS = 10 * 60 * 1000

type Answers = Record<string, string | string[] | number | boolean>
const LEVELS = ['independent', 'prompting', 'some-help', 'full-help']
const OUTCOMES = [
  'hygiene',
  'toilet',
  'clothing',
  'nutrition',
  'home-safety',
  'relationships',
  'community',
  'work-learning',
]

/** One person's answers, following the SAQ's branching so that only questions they would be asked are answered. */
function person(random: () => number): Answers {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const a: Answers = {
    'living-situation': pick(['own-home', 'own-home', 'family-home', 'supported-living', 'shared-lives']),
    'family-support': pick(['none', 'a-little', 'a-lot']),
    'cares-for-child': random() < 0.1,
    'left-alone': pick(['any-time', 'few-hours', 'not-at-all']),
    'night-support': random() < 0.15,
    'habitable-home': ['cleaning', 'laundry', 'bills', 'repairs'].filter(() => random() < 0.4),
  }
  for (const id of OUTCOMES) a[id] = pick(LEVELS)
  if (a['family-support'] !== 'none') a['carer-breaks'] = random() < 0.3
  if (a.hygiene === 'full-help' || a.toilet === 'full-help') a['two-carers'] = random() < 0.25
  if (a['cares-for-child'] === true) a['caring-for-child'] = pick(LEVELS)
  if (a['left-alone'] !== 'any-time') a['supervision-hours'] = Math.floor(random() * 113)
  return a
}

/** The floor's lookup tables, built once from the config: question -> option -> points. */
function pointTables(config: RasConfig) {
  const choice: Array<[string, Record<string, number>]> = []
  const multi: Array<[string, Record<string, number>, number]> = []
  const numbers: Array<[string, number, number]> = []
  for (const rule of config.domains.flatMap((d) => d.scoring)) {
    if (rule.type === 'single-choice') choice.push([rule.question, rule.points])
    else if (rule.type === 'multiple-choice') multi.push([rule.question, rule.points, rule.maxPoints ?? Infinity])
    else if (rule.type === 'number') numbers.push([rule.question, rule.pointsPerUnit, rule.maxPoints])
  }
  return { choice, multi, numbers }
}

function floorPoints(tables: ReturnType<typeof pointTables>, a: Answers): number {
  let total = 0
  for (const [q, points] of tables.choice) {
    const v = a[q]
    if (typeof v === 'string') total += points[v] ?? 0
  }
  for (const [q, points, max] of tables.multi) {
    const v = a[q]
    if (Array.isArray(v)) {
      let sum = 0
      for (const option of v) sum += points[option] ?? 0
      total += Math.min(sum, max)
    }
  }
  for (const [q, perUnit, max] of tables.numbers) {
    const v = a[q]
    if (typeof v === 'number') total += Math.min(Math.floor(v * perUnit), max)
  }
  return total
}

type Lane = { name: string; ms: number; checksum: number }

function main() {
  const random = prng(20250401)
  const tables = pointTables(illustrativeRasConfig)
  const lanes: Record<'full' | 'fast' | 'floor', Lane> = {
    full: { name: 'calculateIndicativeBudget (with explanation)', ms: 0, checksum: 0 },
    fast: { name: 'indicativeWeeklyPence (fast path, no explanation)', ms: 0, checksum: 0 },
    floor: { name: 'floor: hand-written loop summing the points', ms: 0, checksum: 0 },
  }
  let fullPoints = 0
  let failures = 0
  let weeklyTotal = 0

  // Warm-up: validate and compile the config, and let the JIT see every path, outside the timings.
  const warm = Array.from({ length: BATCH }, () => person(prng(1)))
  for (const a of warm) calculateIndicativeBudget(illustrativeRasConfig, a)

  const started = performance.now()
  let scored = 0
  while (scored < PEOPLE && performance.now() - started < TIME_LIMIT_MS) {
    const batch = Array.from({ length: Math.min(BATCH, PEOPLE - scored) }, () => person(random))

    let t = performance.now()
    for (const a of batch) {
      const r = calculateIndicativeBudget(illustrativeRasConfig, a)
      if (r.ok) {
        lanes.full.checksum += r.value.weeklyPence
        fullPoints += r.value.points.raw
        weeklyTotal += r.value.weeklyPence
      } else failures++
    }
    lanes.full.ms += performance.now() - t

    t = performance.now()
    for (const a of batch) {
      const r = indicativeWeeklyPence(illustrativeRasConfig, a)
      if (r.ok) lanes.fast.checksum += r.value
    }
    lanes.fast.ms += performance.now() - t

    t = performance.now()
    for (const a of batch) lanes.floor.checksum += floorPoints(tables, a)
    lanes.floor.ms += performance.now() - t

    scored += batch.length
  }

  const rows = Object.values(lanes).map((l) => ({
    lane: l.name,
    people: scored,
    totalMs: Math.round(l.ms),
    perSecond: Math.round(scored / (l.ms / 1000)),
    nsEach: Math.round((l.ms * 1e6) / scored),
    timesFloor: Math.round((l.ms / lanes.floor.ms) * 10) / 10,
  }))
  console.log(
    `RAS scoring: ${scored.toLocaleString('en-GB')} synthetic SAQ answer sets against ${illustrativeRasConfig.id} ${illustrativeRasConfig.version}`,
  )
  console.table(rows)
  const agree = lanes.full.checksum === lanes.fast.checksum && fullPoints === lanes.floor.checksum && failures === 0
  console.log(
    `Checks: fast path weekly total ${agree ? 'matches' : 'DIFFERS FROM'} the full path; raw points ${fullPoints === lanes.floor.checksum ? 'match' : 'DIFFER FROM'} the floor; ${failures} failures`,
  )
  console.log(`Mean indicative budget: ${formatPence(Math.round(weeklyTotal / scored))} a week (to the nearest penny)`)

  mkdirSync('bench/results', { recursive: true })
  const out = {
    benchmark: 'ras-score',
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    config: `${illustrativeRasConfig.id}@${illustrativeRasConfig.version}`,
    people: scored,
    rows,
    checks: {
      fastMatchesFull: lanes.full.checksum === lanes.fast.checksum,
      pointsMatchFloor: fullPoints === lanes.floor.checksum,
      failures,
    },
    meanWeeklyPence: Math.round(weeklyTotal / scored),
  }
  writeFileSync('bench/results/ras-score.json', `${JSON.stringify(out, null, 2)}\n`)
  console.log('Wrote bench/results/ras-score.json')
  if (!agree) process.exitCode = 1
}

main()
