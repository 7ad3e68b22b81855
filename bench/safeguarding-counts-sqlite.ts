/**
 * The annual safeguarding counts over 1,000,000 synthetic concerns held in SQLite through the portal's own schema
 * (migrations 0000 onwards, so the indexes are the ones a council runs), beside a bare `count(*)` of the same table in
 * the same run. The counts are the repository's `annualTotals` queries plus the package's suppression
 * (`annualCountsFromTotals`); they are checked against the pure package's own tally of the same records.
 *
 * Run from the repository root:
 *   pnpm bench safeguarding-counts-sqlite
 */
import { randomUUID } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import { openDatabase, startFigureCounter } from '@open-sds/db'
import { annualCountsFromTotals, annualTotals, financialYear } from '@open-sds/safeguarding'
import { safeguardingBenchYear, writeSafeguardingHistory } from './safeguarding-history.ts'

// SAFEGUARDING_BENCH_CONCERNS shrinks the run for a quick look; the published figures are for 1,000,000.
const concernCount = Number(process.env.SAFEGUARDING_BENCH_CONCERNS ?? 1_000_000)
const peopleCount = Math.max(1, Math.round(concernCount / 5))
const runs = 5
const seed = 20_261_123
const year = safeguardingBenchYear

const folder = mkdtempSync(join(tmpdir(), 'open-sds-bench-safeguarding-'))
const file = join(folder, 'safeguarding.sqlite')
const handle = openDatabase({ path: file })
const { sqlite } = handle

try {
  const loadStart = performance.now()
  const userId = randomUUID()
  sqlite
    .prepare(
      "insert into users (id, email, display_name, password_hash, role, created_at) values (?, 'bench@example.org', 'Bench', 'x', 'practitioner', 0)",
    )
    .run(userId)
  const personIds = Array.from({ length: peopleCount }, () => randomUUID())
  const insertPerson = sqlite.prepare(
    "insert into people (id, display_name, created_at) values (?, 'Synthetic person', 0)",
  )
  sqlite.transaction(() => {
    for (const id of personIds) insertPerson.run(id)
  })()

  const { concerns, enquiries } = writeSafeguardingHistory(sqlite, { concerns: concernCount, personIds, userId, seed })
  sqlite.exec('analyze')
  const loadMs = performance.now() - loadStart

  const median = (values: number[]): number =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number
  async function time<T>(work: () => Promise<T> | T): Promise<{ ms: number[]; last: T }> {
    let last = await work() // warm-up, not timed
    const ms: number[] = []
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now()
      last = await work()
      ms.push(performance.now() - started)
    }
    return { ms, last }
  }

  const period = financialYear(year)
  const countStatement = sqlite.prepare('select count(*) as count from safeguarding_concerns')
  // The bare count is timed before and after the counts, so neither has the warmer cache every time.
  const floorTiming = await time(() => (countStatement.get() as { count: number }).count)
  const countsTiming = await time(async () =>
    annualCountsFromTotals(await handle.repos.safeguarding.annualTotals(period), { year }),
  )
  const floorAgain = await time(() => (countStatement.get() as { count: number }).count)
  if (!countsTiming.last.ok)
    throw new Error(`annualCountsFromTotals refused the totals: ${JSON.stringify(countsTiming.last.errors)}`)

  const fromSql = await handle.repos.safeguarding.annualTotals(period)
  const inMemory = annualTotals({ concerns, enquiries }, year)
  const agrees = isDeepStrictEqual(JSON.parse(JSON.stringify(fromSql)), JSON.parse(JSON.stringify(inMemory)))
  if (!agrees)
    throw new Error(
      `The SQL totals differ from the package's tally:\n${JSON.stringify(fromSql)}\n${JSON.stringify(inMemory)}`,
    )

  // What a page does now (decision 022): the counting worker (its own thread and handle) counts and stores the
  // suppressed counts; serving them reads one stored row.
  const counter = startFigureCounter(handle, { path: file, pollMs: 100 })
  const workerStarted = performance.now()
  await handle.repos.figureCounts.request('safeguarding-counts', String(year), { year }, new Date())
  counter.nudge()
  await counter.settled()
  const workerMs = performance.now() - workerStarted
  await counter.stop()
  const stored = await handle.repos.figureCounts.find('safeguarding-counts', String(year))
  if (!stored?.countedAt || !isDeepStrictEqual(stored.value, JSON.parse(JSON.stringify(countsTiming.last.value))))
    throw new Error(`The counts the worker stored differ from those counted here: ${String(stored?.problem)}`)
  const serveTiming = await time(() => handle.repos.figureCounts.find('safeguarding-counts', String(year)))

  const floorMs = [...floorTiming.ms, ...floorAgain.ms]
  const summary = (ms: number[]) => ({
    medianMs: Number(median(ms).toFixed(2)),
    runsMs: ms.map((value) => Number(value.toFixed(2))),
  })
  const result = {
    bench: 'safeguarding-counts-sqlite',
    seed,
    year,
    reportingYear: period.label,
    concerns: concernCount,
    concernTypes: (
      sqlite.prepare('select count(*) as count from safeguarding_concern_types').get() as { count: number }
    ).count,
    enquiries: enquiries.length,
    people: peopleCount,
    concernsInYear: fromSql.concerns,
    concludedSection42InYear: fromSql.concluded,
    databaseMiB: Number((statSync(file).size / 2 ** 20).toFixed(1)),
    loadSeconds: Number((loadMs / 1000).toFixed(1)),
    runs,
    annualCounts: summary(countsTiming.ms),
    bareCount: { ...summary(floorMs), rows: floorTiming.last },
    annualCountsOverBareCount: Number((median(countsTiming.ms) / median(floorMs)).toFixed(1)),
    countedInWorkerMs: Number(workerMs.toFixed(1)),
    serveStoredCounts: summary(serveTiming.ms),
    sqlAgreesWithPackage: agrees,
    sqlite: (sqlite.prepare('select sqlite_version() as version').get() as { version: string }).version,
    node: process.version,
  }

  console.log(
    `safeguarding-counts-sqlite: ${String(concernCount)} concerns, ${String(enquiries.length)} enquiries in SQLite (${String(result.databaseMiB)} MiB, loaded in ${String(result.loadSeconds)} s), median of ${String(runs)} runs`,
  )
  console.log(`  annual counts ${period.label} (all tables, suppressed)  ${result.annualCounts.medianMs.toFixed(1)} ms`)
  console.log(
    `  bare count(*) of safeguarding_concerns           ${result.bareCount.medianMs.toFixed(1)} ms  (${String(result.bareCount.rows)} rows)`,
  )
  console.log(
    `  annual counts take ${String(result.annualCountsOverBareCount)}x the bare count; concerns in the year ${String(fromSql.concerns)}; SQL agrees with the package: ${String(agrees)}`,
  )

  console.log(
    `  counted by the worker and stored in ${result.countedInWorkerMs.toFixed(0)} ms; serving the stored counts ${result.serveStoredCounts.medianMs.toFixed(2)} ms`,
  )

  const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'safeguarding-counts-sqlite.json')
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`)
} finally {
  handle.close()
  if (process.env.SAFEGUARDING_BENCH_KEEP) console.log(`  kept ${file}`)
  else rmSync(folder, { recursive: true, force: true })
}
