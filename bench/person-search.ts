/**
 * Benchmark (issue 18, "Measure and report"): finding a person among PEOPLE (default 1,000,000), beside the bare
 * route (/ping) in the same run, on SQLite and PostgreSQL.
 *
 * PEOPLE fictional people with names spread as a county's are (synthetic-names.ts), dates of birth, postcodes and
 * NHS numbers are written into a SQLite file; the portal's own start-up step (`people.fillSearchKeys()`) gives them
 * their search keys, timed, as on the first start after an upgrade; the rows are then copied into PostgreSQL. On each
 * engine, two portal processes serve the one database and a practitioner searches as staff do: a full name, a
 * surname with a slip and a date of birth, a name typed without its accents, a surname with the first part of a
 * postcode, an NHS number, a reference. The bench measures:
 *
 * - each kind of search one at a time: median and worst of PROBES;
 * - /ping and then the mixed searches under CONNECTIONS connections for DURATION_SECONDS each: requests per second,
 *   p50, p99 (every search is a POST with the form's CSRF token and writes its audit entry, as in real use).
 *
 * The one-minute load average is reported beside each figure: the machine may be shared. Bounded: 127.0.0.1 only,
 * ports PORT to PORT+3 (default 3440); servers stopped and databases removed at the end, even on failure. Run from
 * the repository root after building the portal: pnpm bench person-search (PEOPLE=100000 for a quicker run).
 * Writes bench/results/person-search.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { demoAccounts, openDatabase, openPostgresDatabase, syntheticNhsNumber } from '@open-sds/db'
import { PortalClient, csrfTokenIn, startPortal, type RunningPortal } from '@open-sds/portal-harness'
import { loadRoute, type LoadFigures } from './load-route.ts'
import { copyIntoPostgres, createBenchDatabase, postgresServerOrRerun } from './postgres-bench-database.ts'
import { prng } from './seeded-random.ts'
import { nameMaker } from './synthetic-names.ts'

const here = dirname(fileURLToPath(import.meta.url))
const serverUrl = postgresServerOrRerun(fileURLToPath(import.meta.url))

const PEOPLE = Number(process.env.PEOPLE ?? 1_000_000)
const PORT = Number(process.env.PORT ?? 3440)
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 32)
const DURATION_MS = Number(process.env.DURATION_SECONDS ?? 10) * 1000
const PROBES = Number(process.env.PROBES ?? 20)
const load1 = () => Number((loadavg()[0] ?? 0).toFixed(2))
const seconds = (ms: number) => Number((ms / 1000).toFixed(1))
const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN

type Seeded = { id: string; displayName: string; surname: string; dateOfBirth: string; nhs: string; postcode: string }

/** A search as the form sends it, and what it must find for the figures to count. */
type Search = { kind: string; fields: Record<string, string>; finds: string }

function seedPeople(path: string): Seeded[] {
  const handle = openDatabase({ path })
  const random = prng(20_261_202)
  const nextName = nameMaker(20_261_202)
  const hex = (length: number) => Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('')
  const letters = 'ABDEFGHJLNPQRSTUWXYZ'
  const letter = () => letters[Math.floor(random() * letters.length)] ?? 'A'
  const samples: Seeded[] = []
  const db = handle.sqlite
  const person = db.prepare('insert into people (id, display_name, date_of_birth, created_at) values (?, ?, ?, ?)')
  const details = db.prepare(
    'insert into person_return_details (person_id, nhs_number, postcode, updated_by_user_id, updated_at) values (?, ?, ?, ?, ?)',
  )
  db.transaction(() => {
    db.prepare(
      "insert into users (id, email, display_name, password_hash, role, created_at) values ('bench-staff', 'bench-staff@example.org', 'Bench staff', 'not-a-hash', 'practitioner', 0)",
    ).run()
    for (let n = 0; n < PEOPLE; n += 1) {
      const id = `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`
      const { displayName, surname } = nextName()
      const month = String(1 + Math.floor(random() * 12)).padStart(2, '0')
      const day = String(1 + Math.floor(random() * 28)).padStart(2, '0')
      const dateOfBirth = `${String(1925 + Math.floor(random() * 80))}-${month}-${day}`
      const nhs = syntheticNhsNumber(n)
      const postcode = `NM${String(1 + Math.floor(random() * 20))} ${String(Math.floor(random() * 10))}${letter()}${letter()}`
      person.run(id, displayName, dateOfBirth, 0)
      details.run(id, nhs, postcode, 'bench-staff', 0)
      // Searches are drawn from people spread through the whole table.
      if (n % Math.max(1, Math.floor(PEOPLE / 50)) === 7)
        samples.push({ id, displayName, surname, dateOfBirth, nhs, postcode })
    }
  })()
  handle.close()
  return samples
}

const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '')
// A one-letter slip staff make when they mishear a name: the last letter of the surname's longest word dropped.
const slip = (surname: string) => {
  const longest = surname.split(/[^\p{L}]+/u).reduce((a, b) => (b.length > a.length ? b : a), '')
  return longest.length > 4 ? longest.slice(0, -1) : longest
}

function searchesFor(person: Seeded): Search[] {
  const [year = '', month = '', day = ''] = person.dateOfBirth.split('-')
  const outward = person.postcode.split(' ')[0] ?? ''
  return [
    { kind: 'full name', fields: { name: person.displayName }, finds: person.displayName },
    {
      kind: 'surname with a slip, date of birth',
      fields: { name: slip(person.surname), dateOfBirthDay: day, dateOfBirthMonth: month, dateOfBirthYear: year },
      finds: person.displayName,
    },
    { kind: 'name without accents', fields: { name: withoutAccents(person.displayName) }, finds: person.displayName },
    { kind: 'surname, postcode area', fields: { name: person.surname, postcode: outward }, finds: person.displayName },
    { kind: 'NHS number', fields: { nhsNumber: person.nhs }, finds: person.displayName },
    { kind: 'reference', fields: { reference: person.id.slice(0, 8) }, finds: person.displayName },
  ]
}

const escapedName = (name: string) => name.replaceAll("'", '&#x27;')

type EngineResult = {
  probes: { kind: string; medianMs: number; worstMs: number; foundShare: number; loadAverage: number }[]
  ping: LoadFigures & { loadAverage: number }
  search: LoadFigures & { loadAverage: number }
}

async function measure(engine: string, env: Record<string, string>, ports: number[], samples: Seeded[]) {
  console.log(`${engine}: starting two portal processes on one database`)
  const portals: RunningPortal[] = []
  try {
    for (const [index, port] of ports.entries())
      portals.push(
        await startPortal({
          portalDir: join(here, '../apps/portal'),
          port,
          env: { ...env, OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county' },
          seed: index === 0,
        }),
      )
    const urls = portals.map((portal) => portal.url)
    const account = demoAccounts.find((candidate) => candidate.key === 'practitioner')
    if (!account) throw new Error('No demo practitioner')
    const staff = new PortalClient(urls[0] ?? '')
    const signedIn = await staff.signIn(account.email, account.password)
    if (signedIn.status !== 302)
      throw new Error(`${engine}: the practitioner could not sign in (${String(signedIn.status)})`)
    const csrf = csrfTokenIn(await (await staff.get('/find-a-person')).text())
    const form = (fields: Record<string, string>) => new URLSearchParams({ csrf, ...fields }).toString()
    const headers = { Cookie: staff.cookieHeader() }

    console.log(`${engine}: each kind of search, one at a time`)
    const searches = samples.flatMap(searchesFor)
    const kinds = [...new Set(searches.map((search) => search.kind))]
    const probes: EngineResult['probes'] = []
    for (const kind of kinds) {
      const ofKind = searches.filter((search) => search.kind === kind)
      const times: number[] = []
      let found = 0
      for (let run = 0; run <= PROBES; run += 1) {
        const search = ofKind[run % ofKind.length] as Search
        const started = performance.now()
        const response = await fetch(`${urls[run % urls.length] ?? ''}/find-a-person`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
          body: form(search.fields),
        })
        const html = await response.text()
        if (run === 0) continue // a warm-up
        times.push(performance.now() - started)
        if (response.status !== 200) throw new Error(`${engine}: ${kind} answered ${String(response.status)}`)
        if (html.includes(escapedName(search.finds))) found += 1
      }
      probes.push({
        kind,
        medianMs: Number(middle(times).toFixed(1)),
        worstMs: Number(Math.max(...times).toFixed(1)),
        foundShare: found / PROBES,
        loadAverage: load1(),
      })
    }

    console.log(`${engine}: /ping and the mixed searches under ${String(CONNECTIONS)} connections`)
    const load = { connections: CONNECTIONS, durationMs: DURATION_MS, headers }
    const ping = { ...(await loadRoute(urls, '/ping', load)), loadAverage: load1() }
    const search = {
      ...(await loadRoute(urls, '/find-a-person', {
        ...load,
        form: (n) => form((searches[n % searches.length] as Search).fields),
      })),
      loadAverage: load1(),
    }
    return { probes, ping, search } satisfies EngineResult
  } finally {
    await Promise.all(portals.map((portal) => portal.stop()))
  }
}

const folder = mkdtempSync(join(tmpdir(), 'open-sds-bench-search-'))
const databasePath = join(folder, 'search.sqlite')
const postgres = await createBenchDatabase(serverUrl, `open_sds_bench_search_${String(process.pid)}`)
const cleanUp = async () => {
  rmSync(folder, { recursive: true, force: true })
  await postgres.drop()
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)))

try {
  let started = performance.now()
  const samples = seedPeople(databasePath)
  const seedMs = performance.now() - started
  started = performance.now()
  const handle = openDatabase({ path: databasePath })
  const filled = await handle.repos.people.fillSearchKeys()
  const fillMs = performance.now() - started
  handle.sqlite.exec('analyze')
  const keys = (handle.sqlite.prepare('select count(*) as n from person_search_keys').get() as { n: number }).n
  started = performance.now()
  await (await openPostgresDatabase({ url: postgres.url })).close()
  await copyIntoPostgres(handle, databasePath, postgres.url)
  const copyMs = performance.now() - started
  handle.close()
  const seeding = {
    people: PEOPLE,
    seedSeconds: seconds(seedMs),
    fillSearchKeysSeconds: seconds(fillMs),
    filled,
    keys,
    postgresCopySeconds: seconds(copyMs),
    loadAverage: load1(),
  }
  console.log(
    `Seeded ${PEOPLE.toLocaleString('en-GB')} people in ${String(seeding.seedSeconds)} s; start-up step gave ${filled.toLocaleString('en-GB')} of them ${keys.toLocaleString('en-GB')} search keys in ${String(seeding.fillSearchKeysSeconds)} s; copied into PostgreSQL in ${String(seeding.postgresCopySeconds)} s (load ${String(seeding.loadAverage)})`,
  )

  const engines = {
    sqlite: await measure('SQLite', { DATABASE_PATH: databasePath }, [PORT, PORT + 1], samples),
    postgres: await measure('PostgreSQL', { DATABASE_URL: postgres.url }, [PORT + 2, PORT + 3], samples),
  }
  const shown = (figures: LoadFigures & { loadAverage: number }) =>
    `${String(figures.requestsPerSecond)} req/s, p50 ${String(figures.p50Ms)} ms, p99 ${String(figures.p99Ms)} ms${figures.errors ? `, ${String(figures.errors)} errors` : ''} (load ${String(figures.loadAverage)})`
  const probeShown = (probe: EngineResult['probes'][number]) =>
    `${String(probe.medianMs)} / ${String(probe.worstMs)} ms, found ${String(Math.round(probe.foundShare * 100))}% (load ${String(probe.loadAverage)})`
  console.log(
    `Finding a person among ${PEOPLE.toLocaleString('en-GB')} people: two portal processes per engine; client, servers and database on one machine (${String(cpus().length)} cores). (load n) is the one-minute load average after each figure.`,
  )
  console.table([
    ...engines.sqlite.probes.map((probe, index) => ({
      measure: `${probe.kind}: one at a time, median / worst of ${String(PROBES)}`,
      SQLite: probeShown(probe),
      PostgreSQL: probeShown(engines.postgres.probes[index] ?? probe),
    })),
    {
      measure: `/ping, ${String(CONNECTIONS)} connections, ${String(DURATION_MS / 1000)} s`,
      SQLite: shown(engines.sqlite.ping),
      PostgreSQL: shown(engines.postgres.ping),
    },
    {
      measure: `Mixed searches, ${String(CONNECTIONS)} connections, ${String(DURATION_MS / 1000)} s`,
      SQLite: shown(engines.sqlite.search),
      PostgreSQL: shown(engines.postgres.search),
    },
  ])
  mkdirSync(join(here, 'results'), { recursive: true })
  writeFileSync(
    join(here, 'results', 'person-search.json'),
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, connections: CONNECTIONS, durationMs: DURATION_MS, probes: PROBES, seeding, ...engines }, null, 2)}\n`,
  )
} finally {
  await cleanUp()
}
