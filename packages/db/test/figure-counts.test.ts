import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  countFigure,
  openPostgresDatabase,
  startFigureCounter,
  writeSyntheticHistory,
  type CountedFigure,
  type DatabaseHandle,
  type FigureCount,
  type FigureCounter,
  type Repositories,
} from '../src/index.js'
import { copyToPostgres } from '../src/copy-to-postgres.js'
import { postgresServer, testEngines } from './engines.js'
import { at, minutes, useTempDatabases } from './helpers.js'

// Issue 12 / decision 022: long counts run in a worker with its own handle; pages read the last one and its time.

describe.each(testEngines())('figure counts on $name', (engine) => {
  it('queue one count however often it is asked for, keeping the first time it was asked', async () => {
    const { repos } = await engine.fresh()
    expect(await repos.figureCounts.find('safeguarding-counts', '2025')).toBeUndefined()
    await repos.figureCounts.request('safeguarding-counts', '2025', { year: 2025 }, at('2026-12-02T10:00:00Z'))
    const again = await repos.figureCounts.request(
      'safeguarding-counts',
      '2025',
      { year: 2025 },
      at('2026-12-02T10:05:00Z'),
    )
    expect(again).toMatchObject({
      requestedAt: at('2026-12-02T10:00:00Z'),
      startedAt: null,
      countedAt: null,
      value: null,
    })
    const job = await repos.figureCounts.take(at('2026-12-02T10:06:00Z'), at('2026-12-02T09:56:00Z'))
    expect(job).toEqual({
      figure: 'safeguarding-counts',
      key: '2025',
      params: { year: 2025 },
      startedAt: at('2026-12-02T10:06:00Z'),
    })
    // Taken: nobody else takes it while it runs.
    expect(await repos.figureCounts.take(at('2026-12-02T10:06:01Z'), at('2026-12-02T09:56:01Z'))).toBeUndefined()
  })

  it('keep the value with the instant it was counted as at, and leave no count waiting', async () => {
    const { repos } = await engine.fresh()
    await repos.figureCounts.request(
      'progress-dashboard',
      '2026-12-02',
      { today: '2026-12-02' },
      at('2026-12-02T10:00:00Z'),
    )
    const job = await repos.figureCounts.take(at('2026-12-02T10:00:01Z'), at('2026-12-02T09:50:00Z'))
    expect(job).toBeDefined()
    expect(await repos.figureCounts.finish(job!, { value: { eligible: 12, said: 'ÿ "quoted"' } })).toBe(true)
    expect(await repos.figureCounts.find('progress-dashboard', '2026-12-02')).toMatchObject({
      countedAt: at('2026-12-02T10:00:01Z'),
      value: { eligible: 12, said: 'ÿ "quoted"' },
      requestedAt: null,
      startedAt: null,
      problem: null,
    })
  })

  it('count again when a recount was asked for while a count was under way', async () => {
    const { repos } = await engine.fresh()
    await repos.figureCounts.request('safeguarding-counts', '2025', { year: 2025 }, at('2026-12-02T10:00:00Z'))
    const job = await repos.figureCounts.take(at('2026-12-02T10:01:00Z'), at('2026-12-02T09:51:00Z'))
    await repos.figureCounts.request('safeguarding-counts', '2025', { year: 2025 }, at('2026-12-02T10:02:00Z'))
    await repos.figureCounts.finish(job!, { value: { concerns: 0 } })
    const stored = await repos.figureCounts.find('safeguarding-counts', '2025')
    expect(stored).toMatchObject({ countedAt: at('2026-12-02T10:01:00Z'), requestedAt: at('2026-12-02T10:02:00Z') })
    const next = await repos.figureCounts.take(at('2026-12-02T10:03:00Z'), at('2026-12-02T09:53:00Z'))
    expect(next?.startedAt).toEqual(at('2026-12-02T10:03:00Z'))
  })

  it('keep the last good value when a count fails, with the reason, and do not retry it on their own', async () => {
    const { repos } = await engine.fresh()
    await repos.figureCounts.request('safeguarding-counts', '2025', { year: 2025 }, at('2026-12-02T10:00:00Z'))
    const first = await repos.figureCounts.take(at('2026-12-02T10:00:00Z'), at('2026-12-02T09:50:00Z'))
    await repos.figureCounts.finish(first!, { value: { concerns: 7 } })
    await repos.figureCounts.request('safeguarding-counts', '2025', { year: 2025 }, at('2026-12-02T11:00:00Z'))
    const second = await repos.figureCounts.take(at('2026-12-02T11:00:00Z'), at('2026-12-02T10:50:00Z'))
    await repos.figureCounts.finish(second!, { problem: 'The database could not be read' })
    expect(await repos.figureCounts.find('safeguarding-counts', '2025')).toMatchObject({
      value: { concerns: 7 },
      countedAt: at('2026-12-02T10:00:00Z'),
      problem: 'The database could not be read',
      requestedAt: null,
    })
    expect(await repos.figureCounts.take(at('2026-12-02T11:01:00Z'), at('2026-12-02T10:51:00Z'))).toBeUndefined()
  })

  it('take again a count whose process stopped, and ignore the late answer of the stopped one', async () => {
    const { repos } = await engine.fresh()
    await repos.figureCounts.request('safeguarding-counts', '2025', { year: 2025 }, at('2026-12-02T10:00:00Z'))
    const lost = await repos.figureCounts.take(at('2026-12-02T10:00:00Z'), at('2026-12-02T09:50:00Z'))
    const staleBefore = new Date(at('2026-12-02T10:20:00Z').getTime() - minutes(10))
    const retaken = await repos.figureCounts.take(at('2026-12-02T10:20:00Z'), staleBefore)
    expect(retaken?.startedAt).toEqual(at('2026-12-02T10:20:00Z'))
    expect(await repos.figureCounts.finish(lost!, { value: { concerns: 1 } })).toBe(false)
    expect(await repos.figureCounts.finish(retaken!, { value: { concerns: 2 } })).toBe(true)
    expect((await repos.figureCounts.find('safeguarding-counts', '2025'))?.value).toEqual({ concerns: 2 })
  })

  it('let one of two processes take a waiting count', async () => {
    const first = await engine.fresh()
    await first.repos.figureCounts.request('safeguarding-counts', '2025', { year: 2025 }, at('2026-12-02T10:00:00Z'))
    const taken = await Promise.all([
      first.repos.figureCounts.take(at('2026-12-02T10:00:01Z'), at('2026-12-02T09:50:00Z')),
      first.repos.figureCounts.take(at('2026-12-02T10:00:02Z'), at('2026-12-02T09:50:00Z')),
    ])
    expect(taken.filter(Boolean)).toHaveLength(1)
  })
})

/** Asks for one figure, lets the counter take the request, and gives what it stored. */
async function countedInWorker(
  handle: { repos: Repositories },
  counter: FigureCounter,
  figure: CountedFigure,
  key: string,
  params: Record<string, unknown>,
) {
  await handle.repos.figureCounts.request(figure, key, params, new Date())
  counter.nudge()
  await counter.settled()
  return handle.repos.figureCounts.find(figure, key)
}

/** The stored dashboard holds, with its time, the figures that counting in place on `repos` gives. */
async function expectTheDashboardCountedOn(repos: Repositories, stored: FigureCount | undefined) {
  expect(stored?.problem).toBeNull()
  expect(stored?.countedAt).toBeInstanceOf(Date)
  const inPlace = await countFigure(repos, 'progress-dashboard', { today: '2026-12-01' })
  expect(stored?.value).toEqual(JSON.parse(JSON.stringify(inPlace)))
  expect(JSON.stringify(stored?.value)).toContain('"eligible"')
}

/** Two years of 300 people's records, for the worker to count the dashboard from. */
const writeTwoYears = (handle: DatabaseHandle) =>
  writeSyntheticHistory(handle.sqlite, {
    people: 300,
    years: 2,
    endAt: at('2026-12-02T00:00:00Z'),
    surveyResponses: 60,
  })

// A worker started from the package's source compiles it first (tsx), which takes seconds on a busy machine.
describe('the figure counter (SQLite, a worker thread with its own handle)', () => {
  const temp = useTempDatabases()

  it('counts a queued figure in its worker and stores what the package publishes, as counting in place would', async () => {
    const path = join(temp.folder(), 'portal.db')
    const handle = temp.open(path)
    writeTwoYears(handle)
    const counter = startFigureCounter(handle, { path, pollMs: 50 })
    try {
      const stored = await countedInWorker(handle, counter, 'progress-dashboard', '2026-12-01', { today: '2026-12-01' })
      await expectTheDashboardCountedOn(handle.repos, stored)
    } finally {
      await counter.stop()
    }
  }, 60_000)

  it('stores why a count could not be made, in words, and keeps serving', async () => {
    const path = join(temp.folder(), 'portal.db')
    const handle = temp.open(path)
    const counter = startFigureCounter(handle, { path, pollMs: 50 })
    try {
      const stored = await countedInWorker(handle, counter, 'safeguarding-counts', '1999', { year: 1999 })
      expect(stored?.value).toBeNull()
      expect(stored?.problem).toMatch(/year/i)
      expect(stored?.requestedAt).toBeNull()
    } finally {
      await counter.stop()
    }
  }, 60_000)
})

// On PostgreSQL the worker opens a pool of its own on the same database (DATABASE_URL).
describe.runIf(postgresServer())('the figure counter on PostgreSQL', () => {
  const temp = useTempDatabases()

  it('counts the safeguarding counts in its worker and stores them with their time', async () => {
    const url = await postgresServer()!.database()
    const handle = await openPostgresDatabase({ url, maxConnections: 2 })
    const counter = startFigureCounter(handle, { url, path: '', pollMs: 50 })
    try {
      const stored = await countedInWorker(handle, counter, 'safeguarding-counts', '2025', { year: 2025 })
      expect(stored?.problem).toBeNull()
      expect(stored?.countedAt).toBeInstanceOf(Date)
      expect(stored?.value).toEqual(
        JSON.parse(JSON.stringify(await countFigure(handle.repos, 'safeguarding-counts', { year: 2025 }))),
      )
    } finally {
      await counter.stop()
      await handle.close()
    }
  }, 60_000)

  it('counts the progress dashboard in its worker: the figures SQLite counts from the same records', async () => {
    // The records written on SQLite and moved across with the copy command, so both engines hold the same rows.
    const sqlite = temp.fresh()
    writeTwoYears(sqlite)
    const url = await postgresServer()!.database()
    const handle = await openPostgresDatabase({ url, maxConnections: 2 })
    const copied = await copyToPostgres(sqlite, handle)
    expect(copied.ok).toBe(true)
    const counter = startFigureCounter(handle, { url, path: '', pollMs: 50 })
    try {
      const stored = await countedInWorker(handle, counter, 'progress-dashboard', '2026-12-01', { today: '2026-12-01' })
      await expectTheDashboardCountedOn(sqlite.repos, stored)
    } finally {
      await counter.stop()
      await handle.close()
    }
  }, 60_000)
})
