/**
 * Benchmark (issue 12, decision 022): the start page's latency while the progress dashboard is recounted, against
 * its latency at rest, in one run on one database. A synthetic council history (PEOPLE people over five years) is
 * written into a fresh SQLite file; the built portal serves it as a council would. Then:
 *
 * - at rest: the start page (/) under CONNECTIONS connections for DURATION_SECONDS (ROUNDS times, taking turns with
 *   the next);
 * - recounting: the same load, while an administrator keeps asking for a recount of the dashboard (each asked for as
 *   soon as the last is stored, so the counting worker is busy for the whole window; the share of the window it was
 *   busy is reported);
 * - the dashboard page itself (/admin/progress, which reads the last count) under the same load while it recounts.
 *
 * Bounded: 32 connections by default, on 127.0.0.1 only, port 3451 (PORT to change). Run from the repository root
 * after building the portal: pnpm bench recount-load (PEOPLE=20000 for a quicker run).
 * Writes bench/results/recount-load.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { demoAccounts, openDatabase, writeSyntheticHistory } from '@open-sds/db'
import { PortalClient, startPortal } from '@open-sds/portal-harness'
import { loadRoute, type LoadFigures } from './load-route.ts'
import { recountDashboard, underRecount } from './recount.ts'

const PEOPLE = Number(process.env.PEOPLE ?? 100_000)
const YEARS = 5
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 32)
const DURATION_MS = Number(process.env.DURATION_SECONDS ?? 15) * 1000
const PORT = Number(process.env.PORT ?? 3451)
const ROUNDS = Number(process.env.ROUNDS ?? 3)

const folder = mkdtempSync(join(tmpdir(), 'open-sds-bench-recount-'))
const databasePath = join(folder, 'progress.sqlite')
const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`)
const ms = (value: number) => Number(value.toFixed(1))

try {
  const handle = openDatabase({ path: databasePath })
  const writeStarted = performance.now()
  writeSyntheticHistory(handle.sqlite, { people: PEOPLE, years: YEARS, endAt: today, surveyResponses: PEOPLE / 2 })
  handle.sqlite.exec('analyze')
  handle.close()
  console.log(
    `Wrote the history of ${PEOPLE.toLocaleString('en-GB')} people in ${ms((performance.now() - writeStarted) / 1000)} s`,
  )

  const portal = await startPortal({
    portalDir: join(dirname(fileURLToPath(import.meta.url)), '../apps/portal'),
    port: PORT,
    env: { DATABASE_PATH: databasePath, OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county' },
  })
  try {
    const admin = new PortalClient(portal.url)
    const account = demoAccounts.find((candidate) => candidate.key === 'council-admin')!
    await admin.signIn(account.email, account.password)
    const load = { connections: CONNECTIONS, durationMs: DURATION_MS }
    const adminLoad = { ...load, headers: { Cookie: admin.cookieHeader() } }

    // The first count, from the first look at the page: how long the worker takes, with nothing else running.
    const first = await recountDashboard(admin)
    const countSeconds = ms((first.endedAt - first.startedAt) / 1000)
    for (const route of ['/', '/admin/progress'])
      for (let warm = 0; warm < 50; warm += 1)
        await (await fetch(`${portal.url}${route}`, { headers: adminLoad.headers })).arrayBuffer()

    // Rest and recount take turns, so a change in the machine's other load falls on both alike.
    const rounds: { atRest: LoadFigures; whileCounting: Awaited<ReturnType<typeof underRecount>> }[] = []
    for (let round = 0; round < ROUNDS; round += 1)
      rounds.push({
        atRest: await loadRoute(portal.url, '/', load),
        whileCounting: await underRecount(admin, () => loadRoute(portal.url, '/', load)),
      })
    const dashboard = await underRecount(admin, () => loadRoute(portal.url, '/admin/progress', adminLoad))
    const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
    const atRest = { ...rounds[0]!.atRest, p99Ms: middle(rounds.map((r) => r.atRest.p99Ms)) }
    const whileCounting = {
      figures: { ...rounds[0]!.whileCounting.figures, p99Ms: middle(rounds.map((r) => r.whileCounting.figures.p99Ms)) },
      recounts: rounds.reduce((sum, r) => sum + r.whileCounting.recounts, 0),
      busyShare: Math.min(...rounds.map((r) => r.whileCounting.busyShare)),
    }

    const rows = [
      ...rounds.flatMap((r, index) => [
        { what: `round ${index + 1}: start page at rest`, ...r.atRest },
        {
          what: `round ${index + 1}: start page while recounting (busy ${Math.round(r.whileCounting.busyShare * 100)}%)`,
          ...r.whileCounting.figures,
        },
      ]),
      {
        what: `dashboard page while recounting (busy ${Math.round(dashboard.busyShare * 100)}%)`,
        ...dashboard.figures,
      },
    ]
    console.log(
      `Recount load: ${PEOPLE.toLocaleString('en-GB')} people; one count takes ${countSeconds} s in the worker; ${CONNECTIONS} connections, ${DURATION_MS / 1000} s each, client and server on one 2-core machine`,
    )
    console.table(rows)
    const ratio = Number((whileCounting.figures.p99Ms / atRest.p99Ms).toFixed(2))
    console.log(
      `Start page p99, middle of ${ROUNDS} rounds: at rest ${atRest.p99Ms} ms, while recounting ${whileCounting.figures.p99Ms} ms (ratio ${ratio})`,
    )

    const out = join(dirname(fileURLToPath(import.meta.url)), 'results')
    mkdirSync(out, { recursive: true })
    writeFileSync(
      join(out, 'recount-load.json'),
      `${JSON.stringify(
        {
          at: new Date().toISOString(),
          node: process.version,
          people: PEOPLE,
          years: YEARS,
          connections: CONNECTIONS,
          durationMs: DURATION_MS,
          countSeconds,
          rounds,
          startPageP99MiddleOfRounds: { atRest: atRest.p99Ms, whileRecounting: whileCounting.figures.p99Ms, ratio },
          recountsDuringStartPageLoad: whileCounting.recounts,
          workerBusyShareDuringStartPageLoad: whileCounting.busyShare,
          dashboardWhileRecounting: {
            ...dashboard.figures,
            recounts: dashboard.recounts,
            busyShare: dashboard.busyShare,
          },
        },
        null,
        2,
      )}\n`,
    )
  } finally {
    await portal.stop()
  }
} finally {
  rmSync(folder, { recursive: true, force: true })
}
