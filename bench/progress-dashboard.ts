/**
 * Benchmark: the progress measures over a large council's history. 100,000 synthetic people with five years of
 * requests, eligibility decisions, support plans (with their transitions), yearly reviews with outcome ratings, and
 * 50,000 anonymous survey answers, written into a fresh SQLite file through the real schema and its triggers.
 *
 * Figures, in one run on one database:
 * - query: the dashboard's counts (progress.counts) (the Client Level Data export has its own: client-level-data-export);
 * - floor: `select count(*) from people` on the same file;
 * - count: how long the portal's counting worker takes to count the dashboard, from "Count the figures again" to the
 *   figures stored (decision 022: the count runs in a worker thread, never on the request);
 * - serve: /admin/progress, which reads the last count, one request at a time (median and worst of 20), then p50/p99
 *   latency of /admin/progress beside the start page (/) under the same load.
 *
 * Bounded: CONNECTIONS (default 4) connections for DURATION_SECONDS (default 15) per route, on 127.0.0.1 only.
 * Run from the repository root after building the portal: pnpm bench progress-dashboard
 * (PEOPLE=20000 for a quicker run). Writes bench/results/progress-dashboard.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { demoAccounts, openDatabase, writeSyntheticHistory } from '@open-sds/db'
import { PortalClient, startPortal } from '@open-sds/portal-harness'
import { loadRoute, type LoadFigures } from './load-route.ts'
import { recountDashboard } from './recount.ts'

const PEOPLE = Number(process.env.PEOPLE ?? 100_000)
const YEARS = 5
const RESPONSES = Math.round(PEOPLE / 2)
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 4)
const DURATION_MS = Number(process.env.DURATION_SECONDS ?? 15) * 1000
const QUERY_RUNS = 5
const DAY = 86_400_000

const folder = mkdtempSync(join(tmpdir(), 'open-sds-bench-progress-'))
const databasePath = join(folder, 'progress.sqlite')
// The history ends today, so the portal's "last twelve months" falls on it.
const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`)

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? Number.NaN
const ms = (value: number) => Number(value.toFixed(2))

function time<T>(runs: number, work: () => T): { medianMs: number; maxMs: number; result: T } {
  const times: number[] = []
  let result = work() // warm-up, not counted
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now()
    result = work()
    times.push(performance.now() - started)
  }
  return { medianMs: ms(median(times)), maxMs: ms(Math.max(...times)), result }
}

async function timeAsync<T>(
  runs: number,
  work: () => Promise<T>,
): Promise<{ medianMs: number; maxMs: number; result: T }> {
  const times: number[] = []
  let result = await work()
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now()
    result = await work()
    times.push(performance.now() - started)
  }
  return { medianMs: ms(median(times)), maxMs: ms(Math.max(...times)), result }
}

try {
  const handle = openDatabase({ path: databasePath })
  const writeStarted = performance.now()
  const written = writeSyntheticHistory(handle.sqlite, {
    people: PEOPLE,
    years: YEARS,
    endAt: today,
    surveyResponses: RESPONSES,
  })
  const writeSeconds = (performance.now() - writeStarted) / 1000
  handle.sqlite.exec('analyze')
  const tableRows = Object.fromEntries(
    [
      'people',
      'eligibility_decisions',
      'support_plans',
      'support_plan_transitions',
      'support_plan_reviews',
      'outcome_ratings',
      'coproduction_responses',
    ].map((table) => [table, (handle.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n]),
  )
  console.log(
    `Wrote ${written.rows.toLocaleString('en-GB')} rows for ${PEOPLE.toLocaleString('en-GB')} people over ${YEARS} years in ${writeSeconds.toFixed(1)} s`,
  )
  console.table(tableRows)

  const period = {
    from: new Date(today.getTime() + DAY - 365 * DAY),
    to: new Date(today.getTime() + DAY),
    findingInformationStatementId: 'find-information-and-advice',
  }
  const counts = await timeAsync(QUERY_RUNS, () => handle.repos.progress.counts(period))
  const floor = time(QUERY_RUNS, () => handle.sqlite.prepare('select count(*) as n from people').get())
  const queries = [
    { what: 'floor: select count(*) from people', medianMs: floor.medianMs, maxMs: floor.maxMs, rows: 1 },
    { what: 'progress.counts (every dashboard figure)', medianMs: counts.medianMs, maxMs: counts.maxMs, rows: 1 },
  ]
  console.log(`Query time, median and worst of ${QUERY_RUNS} runs after one warm-up:`)
  console.table(queries)
  const { daysToAuthorisation, ...figures } = counts.result
  console.log(
    'Counts (raw, before suppression):',
    JSON.stringify({ ...figures, authorisations: daysToAuthorisation.length }),
  )
  handle.close()

  const portal = await startPortal({
    portalDir: join(dirname(fileURLToPath(import.meta.url)), '../apps/portal'),
    env: { DATABASE_PATH: databasePath, OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county' },
  })
  let pages: LoadFigures[] = []
  let countSeconds = Number.NaN
  let serve = { medianMs: Number.NaN, maxMs: Number.NaN }
  try {
    const admin = new PortalClient(portal.url)
    const account = demoAccounts.find((candidate) => candidate.key === 'council-admin')!
    await admin.signIn(account.email, account.password)
    const cookie = admin.cookieHeader()
    const counted = await recountDashboard(admin)
    countSeconds = Number(((counted.endedAt - counted.startedAt) / 1000).toFixed(1))
    const page = () => fetch(`${portal.url}/admin/progress`, { headers: { Cookie: cookie } }).then((r) => r.text())
    if (!(await page()).includes('Counted at')) throw new Error('/admin/progress shows no counted figures')
    serve = await timeAsync(20, page)
    for (const route of ['/', '/admin/progress']) {
      for (let warm = 0; warm < 5; warm += 1)
        await (await fetch(`${portal.url}${route}`, { headers: { Cookie: cookie } })).arrayBuffer()
    }
    const load = { connections: CONNECTIONS, durationMs: DURATION_MS, headers: { Cookie: cookie } }
    pages = [await loadRoute(portal.url, '/', load), await loadRoute(portal.url, '/admin/progress', load)]
  } finally {
    await portal.stop()
  }
  console.log(`Counting the dashboard in the portal's worker: ${String(countSeconds)} s`)
  console.log(
    `Serving /admin/progress (the last count), one request at a time: median ${String(serve.medianMs)} ms, worst ${String(serve.maxMs)} ms of 20`,
  )
  console.log(
    `Page latency: ${CONNECTIONS} connections, ${DURATION_MS / 1000} s per route, client and server on one 2-core machine`,
  )
  console.table(pages)

  const out = join(dirname(fileURLToPath(import.meta.url)), 'results')
  mkdirSync(out, { recursive: true })
  writeFileSync(
    join(out, 'progress-dashboard.json'),
    JSON.stringify(
      {
        at: new Date().toISOString(),
        node: process.version,
        people: PEOPLE,
        years: YEARS,
        surveyResponses: RESPONSES,
        writeSeconds: Number(writeSeconds.toFixed(1)),
        tableRows,
        queries,
        countInWorkerSeconds: countSeconds,
        servePage: { medianMs: serve.medianMs, maxMs: serve.maxMs, runs: 20 },
        pages,
      },
      null,
      2,
    ),
  )
} finally {
  rmSync(folder, { recursive: true, force: true })
}
