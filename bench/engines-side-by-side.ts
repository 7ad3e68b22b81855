/**
 * Benchmark (issue 12, "Measure and report"): SQLite and PostgreSQL side by side, in one run, on the same synthetic
 * people. PEOPLE people (default 1,000,000) with five years of history (the progress dashboard's records) and as many
 * safeguarding concerns about them are written into a SQLite file through the real schema, then copied row for row
 * into a PostgreSQL database. On each engine in turn, two portal processes serve the one database (two processes on
 * one SQLite file; two on one PostgreSQL database), and the bench measures:
 *
 * - the counting worker: how long it takes to count the progress dashboard and the safeguarding counts (2024-25);
 * - serving those pages (the last count), one request at a time: median and worst of SERVE_RUNS;
 * - the start page and one person's record page under CONNECTIONS connections shared by the two processes:
 *   requests per second, p50 and p99;
 * - the start page's p99 at rest and while the dashboard recounts, taking turns for ROUNDS rounds.
 *
 * The one-minute load average is reported beside each figure: the machine may be shared.
 *
 * Bounded: 127.0.0.1 only, ports 3430-3433 (PORT for the first), DURATION_SECONDS (default 10) per load; the servers
 * are stopped and the databases removed at the end, even on failure. Without OPEN_SDS_TEST_POSTGRES_URL it runs
 * itself again under scripts/with-postgres.sh (a throwaway cluster, removed afterwards). Run from the repository root
 * after building the portal: pnpm bench engines-side-by-side (PEOPLE=20000 for a quicker run).
 * Writes bench/results/engines-side-by-side.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { openDatabase, openPostgresDatabase, writeSyntheticHistory } from '@open-sds/db'
import { safeguardingBenchYear, writeSafeguardingHistory } from './safeguarding-history.ts'
import { copyIntoPostgres, createBenchDatabase, postgresServerOrRerun } from './postgres-bench-database.ts'
import { measureEngine, stopRunningPortals, type EngineFigures } from './engine-figures.ts'

const here = dirname(fileURLToPath(import.meta.url))
const serverUrl = postgresServerOrRerun(fileURLToPath(import.meta.url))

const PEOPLE = Number(process.env.PEOPLE ?? 1_000_000)
const YEARS = 5
const PORT = Number(process.env.PORT ?? 3430)
const settings = {
  connections: Number(process.env.CONNECTIONS ?? 32),
  durationMs: Number(process.env.DURATION_SECONDS ?? 10) * 1000,
  rounds: Number(process.env.ROUNDS ?? 2),
  serveRuns: Number(process.env.SERVE_RUNS ?? 20),
  safeguardingYear: safeguardingBenchYear,
  portalDir: join(here, '../apps/portal'),
}
const seconds = (ms: number) => Number((ms / 1000).toFixed(1))
const load1 = () => Number((loadavg()[0] ?? 0).toFixed(2))

const folder = mkdtempSync(join(tmpdir(), 'open-sds-bench-engines-'))
const databasePath = join(folder, 'engines.sqlite')
// A name of its own, so two runs on one server never meet.
const postgres = await createBenchDatabase(serverUrl, `open_sds_bench_engines_${String(process.pid)}`)
// The history ends today at midnight, so the dashboard's "last twelve months" falls on it.
const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`)

async function cleanUp() {
  rmSync(folder, { recursive: true, force: true })
  await postgres.drop()
}
// Ctrl-C or a kill skips the finally below: stop the servers and remove the databases all the same.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    void stopRunningPortals()
      .then(cleanUp)
      .finally(() => process.exit(130))
  })

try {
  // Seeding: the same rows on both engines.
  const sqlite = openDatabase({ path: databasePath })
  let started = performance.now()
  const history = writeSyntheticHistory(sqlite.sqlite, {
    people: PEOPLE,
    years: YEARS,
    endAt: today,
    surveyResponses: PEOPLE / 2,
  })
  const historyMs = performance.now() - started
  started = performance.now()
  const personIds = (sqlite.sqlite.prepare('select id from people').pluck().all() as string[]).slice()
  const safeguarding = writeSafeguardingHistory(sqlite.sqlite, {
    concerns: PEOPLE,
    personIds,
    userId: 'synthetic-practitioner',
  })
  sqlite.sqlite.exec('analyze')
  const safeguardingMs = performance.now() - started
  started = performance.now()
  await (await openPostgresDatabase({ url: postgres.url })).close()
  const copied = await copyIntoPostgres(sqlite, databasePath, postgres.url)
  const copyMs = performance.now() - started
  sqlite.close()
  const seeding = {
    sqliteHistorySeconds: seconds(historyMs),
    historyRows: history.rows,
    sqliteSafeguardingSeconds: seconds(safeguardingMs),
    concerns: safeguarding.concerns.length,
    enquiries: safeguarding.enquiries.length,
    postgresCopySeconds: seconds(copyMs),
    postgresRows: Object.values(copied).reduce((sum, rows) => sum + rows, 0),
    loadAverage: load1(),
  }
  console.log(
    `Seeded ${PEOPLE.toLocaleString('en-GB')} people: SQLite history ${String(seeding.sqliteHistorySeconds)} s (${history.rows.toLocaleString('en-GB')} rows), safeguarding ${String(seeding.sqliteSafeguardingSeconds)} s (${seeding.concerns.toLocaleString('en-GB')} concerns, ${seeding.enquiries.toLocaleString('en-GB')} enquiries); copied into PostgreSQL in ${String(seeding.postgresCopySeconds)} s (${seeding.postgresRows.toLocaleString('en-GB')} rows); load average ${String(seeding.loadAverage)}`,
  )

  // One engine at a time, so they never compete for the machine.
  const engines: Record<'sqlite' | 'postgres', EngineFigures> = {
    sqlite: await measureEngine('SQLite', {
      ...settings,
      ports: [PORT, PORT + 1],
      env: { DATABASE_PATH: databasePath },
    }),
    postgres: await measureEngine('PostgreSQL', {
      ...settings,
      ports: [PORT + 2, PORT + 3],
      env: { DATABASE_URL: postgres.url },
    }),
  }

  // The same people must give the same figures on both engines.
  const agree = (figure: 'dashboardServe' | 'safeguardingServe') => {
    const [one, other] = [engines.sqlite.figures[figure], engines.postgres.figures[figure]]
    return one && other ? (one.tables === other.tables ? 'the same on both' : 'DIFFERENT') : 'not compared'
  }
  const figuresAgree = { dashboard: agree('dashboardServe'), safeguardingCounts: agree('safeguardingServe') }
  const rows = engines.sqlite.rows.map((row, index) => ({
    measure: row.measure,
    SQLite: row.shown,
    PostgreSQL: engines.postgres.rows[index]?.shown ?? '',
  }))
  console.log(
    `Engines side by side: ${PEOPLE.toLocaleString('en-GB')} people; two portal processes per engine; ${String(settings.connections)} connections, ${String(settings.durationMs / 1000)} s per load; client, servers and database on one machine (${String(engines.sqlite.cores)} cores). (load n) is the one-minute load average after each figure.`,
  )
  console.table(rows)
  console.log(
    `Figures shown: progress dashboard ${figuresAgree.dashboard}; safeguarding counts ${figuresAgree.safeguardingCounts}`,
  )

  mkdirSync(join(here, 'results'), { recursive: true })
  writeFileSync(
    join(here, 'results', 'engines-side-by-side.json'),
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        node: process.version,
        people: PEOPLE,
        years: YEARS,
        connections: settings.connections,
        durationMs: settings.durationMs,
        rounds: settings.rounds,
        seeding,
        copiedTables: copied,
        figuresAgree,
        sqlite: engines.sqlite.figures,
        postgres: engines.postgres.figures,
      },
      null,
      2,
    )}\n`,
  )
} finally {
  await cleanUp()
}
