/**
 * Benchmark (issue 17, "Measure and report"): the public directory search at SERVICES services (default 100,000),
 * beside the bare route (/ping) in the same run, and a full `format=ndjson` export beside a bare serialisation of the
 * same rows. SQLite.
 *
 * The portal is set up with the demo data (the county's taxonomy and 36 services) and stopped; SERVICES fictional
 * services, tagged with the county's terms and spread over its towns, are then written straight into its database,
 * as an import would leave them, and the portal started again on it. The bench measures:
 *
 * - the build of the index each process keeps in memory (decision 046), at start-up on the filled directory, as the
 *   server logs it, and the first search after it;
 * - /ping and then mixed searches (words, a need, near a town, age and cost, and combinations) under CONNECTIONS
 *   connections for DURATION_SECONDS each: requests per second, p50, p99;
 * - two pages of GET /oruk/services?modified_after=... letting through the 100 services changed last;
 * - broad searches (paid, near a town, a need, free) each with one of 60 ages, so no page is kept from one to the
 *   next, under the same connections: what working them out costs;
 * - GET /oruk/services?full=true&format=ndjson read to its end, beside reading the same rows and writing each as a
 *   line of JSON in this process (no HTTP, no nesting of organisation and terms).
 *
 * Every search request is recorded (sent, answered, query, connection), and the run prints the latencies per kind of
 * search, the slowest requests with how many sent after them were answered first, and the client's own event-loop
 * delay. What that showed (10,000 services, before the fix): the slowest were always the first requests of the
 * connections opened last (connections 27 to 31, sent at 2 ms, answered at 1.2 to 1.8 s, overtaken by 70 to 130
 * later requests), whatever their kind; every kind had the same p50; the client's loop was never late by more than
 * 56 ms. `ss -lnt` showed the connections waiting in the kernel's accept queue: Node accepts about one connection each
 * time round its event loop, and each time round was every connected client's search back to back. At 100,000
 * services (a longer round) the last connections were not accepted until the load ended: p99 = the whole run. Long
 * work now takes turns, one each time round the loop (apps/portal/app/.server/let-requests-in.ts).
 *
 * The one-minute load average is reported beside each figure: the machine may be shared. Bounded: 127.0.0.1 only,
 * port PORT (default 3460); the server stopped and its database removed at the end, even on failure. Run from the
 * repository root after building the portal: pnpm bench directory-search (SERVICES=5000 for a quick run).
 * Writes bench/results/directory-search.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { openDatabase } from '@open-sds/db'
import { startPortal, type RunningPortal } from '@open-sds/portal-harness'
import { loadRoute } from './load-route.ts'
import { fairnessOf, latenciesByKind } from './request-fairness.ts'
import { prng } from './seeded-random.ts'

const here = dirname(fileURLToPath(import.meta.url))
const SERVICES = Number(process.env.SERVICES ?? 100_000)
const PORT = Number(process.env.PORT ?? 3460)
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 32)
const DURATION_MS = Number(process.env.DURATION_SECONDS ?? 10) * 1000
const load1 = () => Number((loadavg()[0] ?? 0).toFixed(2))

const towns = [
  { name: 'Northmoor', latitude: 53.958, longitude: -1.982 },
  { name: 'Moorside', latitude: 53.991, longitude: -2.041 },
  { name: 'Eastby', latitude: 53.944, longitude: -1.874 },
  { name: 'Fellbridge', latitude: 54.032, longitude: -1.955 },
  { name: 'Harlow Green', latitude: 53.902, longitude: -2.013 },
]
const kinds = ['Lunch Club', 'Befriending', 'Memory Café', 'Walking Group', 'Advice Drop-in', 'Carers Group']
const words = ['friendly', 'weekly', 'gentle', 'local', 'volunteer', 'accessible', 'free', 'garden', 'music', 'craft']

/** SERVICES services written straight into the portal's tables, as putService would store them. */
function fillDirectory(path: string): { termIds: string[]; filledAt: number } {
  const handle = openDatabase({ path, migrate: false })
  const db = handle.sqlite
  const random = prng(20_261_203)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0')
  const terms = db.prepare('select id, name from directory_taxonomy_terms').all() as { id: string; name: string }[]
  if (terms.length === 0) throw new Error('The demo taxonomy is missing: was the portal seeded?')
  const now = Date.now()
  const organisation = db.prepare(
    'insert into directory_organizations (id, name, record, modified_at) values (?, ?, ?, ?)',
  )
  const service = db.prepare(
    'insert into directory_services (id, organization_id, name, status, record, search_text, modified_at) values (?, ?, ?, ?, ?, ?, ?)',
  )
  const tagged = db.prepare('insert into directory_service_terms (service_id, term_id) values (?, ?)')
  const organisations: { id: string; name: string }[] = []
  db.transaction(() => {
    for (let n = 0; n < 500; n += 1) {
      const id = `b0000000-0000-4000-8000-${hex(n, 12)}`
      const name = `${pick(towns).name} ${pick(['Trust', 'Friends', 'Association', 'Network'])} ${String(n)}`
      organisations.push({ id, name })
      organisation.run(id, name, JSON.stringify({ id, name, description: 'A fictional charity.' }), now)
    }
    for (let n = 0; n < SERVICES; n += 1) {
      const id = `b1000000-0000-4000-8000-${hex(n, 12)}`
      const town = pick(towns)
      const kind = pick(kinds)
      const term = pick(terms)
      const org = pick(organisations)
      const name = `${town.name} ${kind} ${String(n)}`
      const description = `A ${pick(words)} ${pick(words)} ${kind.toLowerCase()} for adults in ${town.name}.`
      const paid = random() < 0.4
      const record = {
        id,
        name,
        description,
        status: random() < 0.03 ? 'temporarily closed' : 'active',
        organization_id: org.id,
        ...(random() < 0.3 ? { minimum_age: 55 } : {}),
        cost_options: [{ id: `b2000000-0000-4000-8000-${hex(n, 12)}`, amount: paid ? 3.5 : 0 }],
        service_at_locations: [
          {
            id: `b3000000-0000-4000-8000-${hex(n, 12)}`,
            location: {
              id: `b4000000-0000-4000-8000-${hex(n, 12)}`,
              location_type: 'physical',
              latitude: town.latitude + (random() - 0.5) * 0.1,
              longitude: town.longitude + (random() - 0.5) * 0.1,
            },
          },
        ],
        attributes: [{ id: `b5000000-0000-4000-8000-${hex(n, 12)}`, taxonomy_term_id: term.id }],
      }
      const searchText = ` ${[...new Set(`${name} ${description} ${org.name} ${term.name}`.toLowerCase().split(/[^a-z0-9]+/))].join(' ')} `
      service.run(id, org.id, name, record.status, JSON.stringify(record), searchText, now - n)
      tagged.run(id, term.id)
    }
  })()
  handle.close()
  return { termIds: terms.map((term) => term.id), filledAt: now }
}

async function timed(url: string): Promise<{ ms: number; status: number; bytes: number }> {
  const started = performance.now()
  const response = await fetch(url)
  const bytes = (await response.arrayBuffer()).byteLength
  return { ms: Number((performance.now() - started).toFixed(1)), status: response.status, bytes }
}

let portal: RunningPortal | undefined
/** The load averages (1, 5, 15 minutes) before anything starts, beside those at the end: the machine may be shared. */
const loadBefore = loadavg()
const folder = mkdtempSync(join(tmpdir(), 'open-sds-directory-bench-'))
const databasePath = join(folder, 'portal.sqlite')
const env = { OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county', DATABASE_PATH: databasePath }
const portalDir = join(here, '../apps/portal')

/** The server's own word on its start-up index build, as it logs it; undefined until it has. */
const indexBuildMs = (output: string) => {
  const built = /Directory index built at start-up: (\d+) services in (\d+) ms/.exec(output)
  return built ? { services: Number(built[1]), ms: Number(built[2]) } : undefined
}

try {
  console.log(`Setting up the portal with the demo data, then ${String(SERVICES)} services`)
  const setUp = await startPortal({ portalDir, port: PORT, env })
  await setUp.stop()
  const started = performance.now()
  const { termIds, filledAt } = fillDirectory(databasePath)
  const fillSeconds = Number(((performance.now() - started) / 1000).toFixed(1))

  // Started again on the filled directory, as a council's server starts on its own: the index is built at start-up.
  console.log('Starting the portal on the filled directory (the index is built at start-up)')
  const starting = performance.now()
  portal = await startPortal({ portalDir, port: PORT, env, seed: false })
  const answeringMs = Number((performance.now() - starting).toFixed(1))
  const running = portal
  while (indexBuildMs(running.output()) === undefined) {
    if (performance.now() - starting > 600_000) throw new Error(`No index after 10 minutes:\n${running.output()}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const startupIndex = { ...indexBuildMs(running.output()), answeringAfterMs: answeringMs, loadAverage: load1() }
  const url = portal.url

  console.log('The first search (after the start-up build)')
  const first = await timed(`${url}/find-support?words=lunch`)
  const second = await timed(`${url}/find-support?words=lunch`)
  if (first.status !== 200 || second.status !== 200) throw new Error(`The search answered ${String(first.status)}`)

  const searches = [
    'words=lunch+club',
    'words=gentle+music',
    `need=${termIds[0] ?? ''}`,
    'place=Eastby&within=3',
    'age=40&cost=free',
    `words=friendly&need=${termIds[1] ?? ''}&place=NM4&within=5`,
    'words=memory&age=70',
    'cost=paid',
  ]
  console.log(`/ping and the mixed searches under ${String(CONNECTIONS)} connections`)
  const load = { connections: CONNECTIONS, durationMs: DURATION_MS }
  const ping = { ...(await loadRoute(url, '/ping', load)), loadAverage: load1() }
  // The client's own event loop is watched: a client starved of CPU (it shares the cores) would delay every answer.
  const clientDelay = monitorEventLoopDelay({ resolution: 10 })
  clientDelay.enable()
  const { requestsMade = [], ...searchFigures } = await loadRoute(url, '/find-support', {
    ...load,
    query: (n) => `?${searches[n % searches.length] ?? ''}`,
    record: true,
  })
  clientDelay.disable()
  const search = {
    ...searchFigures,
    loadAverage: load1(),
    byKind: latenciesByKind(
      requestsMade,
      searches.map((each) => `?${each}`),
    ),
    ...fairnessOf(requestsMade),
    clientEventLoopDelayMs: { p99: clientDelay.percentile(99) / 1e6, max: clientDelay.max / 1e6 },
  }

  // The same broad searches, each with one of 60 ages, so none repeats within the index's 64 kept pages: what a
  // broad search costs when it has to be worked out, and that none then waits more than its share.
  const broad = ['cost=paid', 'place=Eastby&within=3', `need=${termIds[0] ?? ''}`, 'cost=free']
  const ageOf = (n: number) => 18 + (Math.floor(n / broad.length) % 60)
  console.log(`Broad searches none of which repeats soon, under ${String(CONNECTIONS)} connections`)
  const { requestsMade: unkeptMade = [], ...unkeptFigures } = await loadRoute(url, '/find-support', {
    ...load,
    query: (n) => `?${broad[n % broad.length] ?? ''}&age=${String(ageOf(n))}`,
    record: true,
  })
  const searchNotKept = {
    ...unkeptFigures,
    loadAverage: load1(),
    byKind: latenciesByKind(
      unkeptMade,
      broad.map((each) => `?${each}`),
      (query) => query.replace(/&age=\d+$/, ''),
    ),
    ...fairnessOf(unkeptMade),
  }

  // The feed's modified_after when few changed (the 100 services stamped last): a page read by the modified_at index.
  const since = new Date(filledAt - 99).toISOString()
  const modifiedAfterPages = [
    await timed(`${url}/oruk/services?modified_after=${since}&page=1`),
    await timed(`${url}/oruk/services?modified_after=${since}&page=2`),
  ]

  console.log('The full ndjson export, and a bare serialisation of the same rows')
  const exported = await timed(`${url}/oruk/services?full=true&format=ndjson`)
  const bareStarted = performance.now()
  const handle = openDatabase({ path: databasePath, migrate: false })
  let bareBytes = 0
  for (const row of handle.sqlite.prepare('select record from directory_services order by name, id').iterate()) {
    bareBytes += JSON.stringify(JSON.parse((row as { record: string }).record)).length + 1
  }
  handle.close()
  const bareMs = Number((performance.now() - bareStarted).toFixed(1))

  const result = {
    services: SERVICES,
    cpus: cpus().length,
    fillSeconds,
    startupIndex,
    firstSearch: { ...first, loadAverage: load1() },
    secondSearch: second,
    ping,
    searches,
    search,
    searchNotKept,
    modifiedAfterPages,
    export: { ...exported, loadAverage: load1() },
    bareSerialisation: { ms: bareMs, bytes: bareBytes, loadAverage: load1() },
    loadBefore,
    uptime: loadavg(),
  }
  mkdirSync(join(here, 'results'), { recursive: true })
  writeFileSync(join(here, 'results', 'directory-search.json'), `${JSON.stringify(result, null, 2)}\n`)
  console.log(JSON.stringify(result, null, 2))
  const worst = search.slowest[0]
  if (worst)
    console.log(
      `Slowest search: ${String(worst.ms)} ms (${worst.query}, connection ${String(worst.connection)}, sent at ${String(worst.sentMs)} ms, overtaken by ${String(worst.overtakenBy)} requests sent after it)`,
    )
} finally {
  await portal?.stop()
  rmSync(folder, { recursive: true, force: true })
}
