// The figures engines-side-by-side takes on one engine: two portal processes on one database, the counting worker's
// times, the counted pages served, the start and record pages under load, and the start page while the dashboard
// recounts. Each figure carries the one-minute load average taken when it was measured.
import { cpus, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { demoAccounts, demoPeople } from '@open-sds/db'
import { PortalClient, startPortal, type RunningPortal } from '@open-sds/portal-harness'
import { loadRoute, type LoadFigures } from './load-route.ts'
import { recountFigure, underRecount } from './recount.ts'

export type EngineOptions = {
  portalDir: string
  /** DATABASE_PATH for SQLite, DATABASE_URL for PostgreSQL: both processes get the same. */
  env: Record<string, string>
  ports: [number, number]
  connections: number
  durationMs: number
  rounds: number
  serveRuns: number
  safeguardingYear: number
}

type Loaded<T> = T & { loadAverage: number }
type Count = Loaded<{ seconds: number }> | { notCounted: string }
/** `tables`: the figures the page shows (its tables' text), to check both engines counted the same. */
type Serve = Loaded<{ medianMs: number; worstMs: number; tables: string }>

export type EngineFigures = {
  cores: number
  rows: { measure: string; shown: string }[]
  figures: {
    dashboardCount: Count
    dashboardServe: Serve | null
    safeguardingCount: Count
    safeguardingServe: Serve | null
    startPage: Loaded<LoadFigures>
    recordPage: Loaded<LoadFigures>
    recount:
      | {
          rounds: { atRest: Loaded<LoadFigures>; whileRecounting: Loaded<LoadFigures>; busyShare: number }[]
          p99AtRestMs: number
          p99WhileRecountingMs: number
        }
      | { notMeasured: string }
  }
}

const load1 = () => Number((loadavg()[0] ?? 0).toFixed(2))
const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN
const account = (key: string) => {
  const found = demoAccounts.find((candidate) => candidate.key === key)
  if (!found) throw new Error(`No demo account ${key}`)
  return found
}

async function count(admin: PortalClient, page: string): Promise<Count> {
  try {
    const span = await recountFigure(admin, page)
    return { seconds: Number(((span.endedAt - span.startedAt) / 1000).toFixed(2)), loadAverage: load1() }
  } catch (error) {
    return { notCounted: error instanceof Error ? error.message : String(error) }
  }
}

/** The page of the last count, one request at a time, as an administrator opens it. */
async function serve(admin: PortalClient, page: string, runs: number): Promise<Serve> {
  const times: number[] = []
  let html = ''
  for (let run = 0; run <= runs; run += 1) {
    const started = performance.now()
    html = await (await admin.get(page)).text()
    if (!html.includes('Counted at')) throw new Error(`${page} shows no counted figures`)
    if (run > 0) times.push(performance.now() - started) // the first is a warm-up
  }
  const ms = (value: number) => Number(value.toFixed(1))
  const tables = [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map(([table]) =>
    table.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '),
  )
  return {
    medianMs: ms(middle(times)),
    worstMs: ms(Math.max(...times)),
    tables: tables.join('\n'),
    loadAverage: load1(),
  }
}

const loaded = async (work: Promise<LoadFigures>): Promise<Loaded<LoadFigures>> => ({
  ...(await work),
  loadAverage: load1(),
})

const showCount = (figure: Count) =>
  'notCounted' in figure
    ? `not counted: ${figure.notCounted.replace(/^The count at \S+ failed: /, '').replace(/ \(.*$/s, '')}`
    : `${String(figure.seconds)} s (load ${String(figure.loadAverage)})`
const showServe = (figure: Serve | null) =>
  figure
    ? `${String(figure.medianMs)} / ${String(figure.worstMs)} ms (load ${String(figure.loadAverage)})`
    : 'no count to serve'
const showLoad = (figure: Loaded<LoadFigures>) =>
  `${String(figure.requestsPerSecond)} req/s, p50 ${String(figure.p50Ms)} ms, p99 ${String(figure.p99Ms)} ms${figure.errors ? `, ${String(figure.errors)} errors` : ''} (load ${String(figure.loadAverage)})`

const running = new Set<RunningPortal>()

/** Stops the portals still running: for Ctrl-C or a kill, where the finally in measureEngine would not run. */
export async function stopRunningPortals(): Promise<void> {
  await Promise.all([...running].map((portal) => portal.stop()))
}

export async function measureEngine(engine: string, options: EngineOptions): Promise<EngineFigures> {
  console.log(`${engine}: starting two portal processes on one database`)
  const portals: RunningPortal[] = []
  try {
    const env = { ...options.env, OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county' }
    // The first process seeds the demo accounts; the second only checks the database is migrated, as a council's would.
    for (const [index, port] of options.ports.entries()) {
      const portal = await startPortal({ portalDir: options.portalDir, port, env, seed: index === 0 })
      portals.push(portal)
      running.add(portal)
    }
    const urls = portals.map((portal) => portal.url)
    const admin = new PortalClient(urls[0] ?? '')
    await admin.signIn(account('council-admin').email, account('council-admin').password)
    const practitioner = new PortalClient(urls[1] ?? '')
    await practitioner.signIn(account('practitioner').email, account('practitioner').password)

    console.log(`${engine}: counting the dashboard and the safeguarding counts in the worker`)
    const safeguardingPage = `/safeguarding/counts?year=${String(options.safeguardingYear)}`
    const dashboardCount = await count(admin, '/admin/progress')
    const safeguardingCount = await count(admin, safeguardingPage)
    const dashboardServe = 'seconds' in dashboardCount ? await serve(admin, '/admin/progress', options.serveRuns) : null
    const safeguardingServe =
      'seconds' in safeguardingCount ? await serve(admin, safeguardingPage, options.serveRuns) : null

    console.log(`${engine}: the start page and a person's record under load`)
    const recordPage = `/people/${demoPeople.find((person) => person.key === 'alex')?.id ?? ''}`
    const load = { connections: options.connections, durationMs: options.durationMs }
    const practitionerLoad = { ...load, headers: { Cookie: practitioner.cookieHeader() } }
    for (const url of urls)
      for (let warm = 0; warm < 50; warm += 1) {
        await (await fetch(`${url}/`)).arrayBuffer()
        await (await fetch(`${url}${recordPage}`, { headers: practitionerLoad.headers })).arrayBuffer()
      }
    const startPage = await loaded(loadRoute(urls, '/', load))
    const record = await loaded(loadRoute(urls, recordPage, practitionerLoad))

    let recount: EngineFigures['figures']['recount']
    if ('notCounted' in dashboardCount) recount = { notMeasured: 'the dashboard was not counted' }
    else {
      console.log(
        `${engine}: the start page at rest and while the dashboard recounts, ${String(options.rounds)} rounds`,
      )
      // Rest and recount take turns, so a change in the machine's other load falls on both alike.
      const rounds = []
      for (let round = 0; round < options.rounds; round += 1) {
        const atRest = await loaded(loadRoute(urls, '/', load))
        const counting = await underRecount(admin, () => loadRoute(urls, '/', load))
        rounds.push({
          atRest,
          whileRecounting: { ...counting.figures, loadAverage: load1() },
          busyShare: counting.busyShare,
        })
      }
      recount = {
        rounds,
        p99AtRestMs: middle(rounds.map((r) => r.atRest.p99Ms)),
        p99WhileRecountingMs: middle(rounds.map((r) => r.whileRecounting.p99Ms)),
      }
    }

    const recountRows =
      'notMeasured' in recount
        ? [
            {
              measure: 'Start page p99: at rest / while the dashboard recounts',
              shown: `not measured: ${recount.notMeasured}`,
            },
          ]
        : [
            {
              measure: `Start page p99 at rest / while the dashboard recounts (middle of ${String(options.rounds)} rounds)`,
              shown: `${String(recount.p99AtRestMs)} / ${String(recount.p99WhileRecountingMs)} ms (worker busy ${recount.rounds.map((r) => `${String(Math.round(r.busyShare * 100))}%`).join(', ')}; load ${String(recount.rounds.at(-1)?.whileRecounting.loadAverage)})`,
            },
          ]
    return {
      cores: cpus().length,
      rows: [
        { measure: 'Progress dashboard: count in the worker', shown: showCount(dashboardCount) },
        {
          measure: `Progress dashboard page: median / worst of ${String(options.serveRuns)}`,
          shown: showServe(dashboardServe),
        },
        {
          measure: `Safeguarding counts ${String(options.safeguardingYear)}: count in the worker`,
          shown: showCount(safeguardingCount),
        },
        {
          measure: `Safeguarding counts page: median / worst of ${String(options.serveRuns)}`,
          shown: showServe(safeguardingServe),
        },
        { measure: `Start page, ${String(options.connections)} connections, 2 processes`, shown: showLoad(startPage) },
        {
          measure: `Person's record page, ${String(options.connections)} connections, 2 processes`,
          shown: showLoad(record),
        },
        ...recountRows,
      ],
      figures: {
        dashboardCount,
        dashboardServe,
        safeguardingCount,
        safeguardingServe,
        startPage,
        recordPage: record,
        recount,
      },
    }
  } finally {
    for (const portal of portals) {
      await portal.stop()
      running.delete(portal)
    }
  }
}
