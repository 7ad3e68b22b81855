/**
 * Benchmark: the Client Level Data file for a large council. PEOPLE (default 100,000) synthetic people with five years
 * of requests, eligibility decisions, reablement, support plans, reviews and deaths, written into a fresh SQLite file
 * through the real schema; then the file for the last completed quarter (a rolling twelve months), timed in its parts:
 * the database describing the records (clientLevelData.source), @open-sds/statutory-returns making and checking every
 * row (buildClientLevelData), and writing the CSV (cldCsv). Floor: reading every people row (`select id from people`).
 *
 * Run from the repository root: pnpm bench client-level-data-export (PEOPLE=20000 for a quicker run).
 * Writes bench/results/client-level-data-export.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { openDatabase, writeSyntheticHistory } from '@open-sds/db'
import { todayInEngland } from '@open-sds/kernel'
import { buildClientLevelData, cldCsv, completedQuarters } from '@open-sds/statutory-returns'

const PEOPLE = Number(process.env.PEOPLE ?? 100_000)
const YEARS = 5
const RUNS = Number(process.env.RUNS ?? 3)

// The portal's own date function (one formatter, made once), so the figure is the portal's.
const englandDate = todayInEngland
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? Number.NaN
const ms = (value: number) => Number(value.toFixed(1))

const folder = mkdtempSync(join(tmpdir(), 'open-sds-bench-cld-'))
try {
  const handle = openDatabase({ path: join(folder, 'cld.sqlite') })
  const now = new Date()
  const writeStarted = performance.now()
  const written = writeSyntheticHistory(handle.sqlite, { people: PEOPLE, years: YEARS, endAt: now })
  console.log(
    `Wrote ${written.rows.toLocaleString('en-GB')} rows for ${PEOPLE.toLocaleString('en-GB')} people over ${String(YEARS)} years in ${((performance.now() - writeStarted) / 1000).toFixed(1)} s`,
  )

  const period = completedQuarters(englandDate(now), 1)[0]
  if (!period) throw new Error('no completed quarter')
  const parts = {
    source: [] as number[],
    build: [] as number[],
    csv: [] as number[],
    total: [] as number[],
    floor: [] as number[],
  }
  let summary: unknown
  let bytes = 0
  for (let run = 0; run <= RUNS; run += 1) {
    const t0 = performance.now()
    const source = await handle.repos.clientLevelData.source({
      start: period.start,
      end: period.end,
      dateInEngland: englandDate,
    })
    const t1 = performance.now()
    const file = buildClientLevelData({ laCode: 'E10000006', period, ...source })
    const t2 = performance.now()
    if (!file.ok)
      throw new Error(
        file.errors
          .slice(0, 3)
          .map((error) => error.message)
          .join('; '),
      )
    const csv = cldCsv(file.value)
    const t3 = performance.now()
    const f0 = performance.now()
    handle.sqlite.prepare('select id from people').all()
    const floor = performance.now() - f0
    if (run === 0) continue // warm-up
    parts.source.push(t1 - t0)
    parts.build.push(t2 - t1)
    parts.csv.push(t3 - t2)
    parts.total.push(t3 - t0)
    parts.floor.push(floor)
    summary = file.value.summary
    bytes = csv.length
  }
  const figures = Object.fromEntries(
    Object.entries(parts).map(([part, times]) => [
      part,
      { medianMs: ms(median(times)), maxMs: ms(Math.max(...times)) },
    ]),
  )
  console.log(`Client Level Data for ${period.label}, median and worst of ${String(RUNS)} runs after one warm-up:`)
  console.table(figures)
  console.log('File:', JSON.stringify(summary), `${(bytes / 1_048_576).toFixed(1)} MB of CSV`)
  handle.close()
  const out = join(dirname(fileURLToPath(import.meta.url)), 'results')
  mkdirSync(out, { recursive: true })
  writeFileSync(
    join(out, 'client-level-data-export.json'),
    `${JSON.stringify({ at: now.toISOString(), people: PEOPLE, years: YEARS, historyRows: written.rows, period, figures, file: summary, csvBytes: bytes }, null, 2)}\n`,
  )
} finally {
  rmSync(folder, { recursive: true, force: true })
}
