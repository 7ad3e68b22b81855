import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  countFigure,
  openDatabase,
  seedDemoData,
  startOfDayInEngland,
  writeSyntheticHistory,
  type AnyDatabaseHandle,
  type ClientLevelDataFigure,
  type DatabaseHandle,
} from '@open-sds/db'
import { suppressCount, type ProgressMeasures } from '@open-sds/coproduction'
import { todayInEngland } from '@open-sds/kernel'
import { codedFields, valueList, type Release } from '@open-sds/statutory-returns'
import { afterAll, describe, expect, it } from 'vitest'
import { openPortalDatabase, portalEngines } from './support/engines'

/*
 * Every row of a Client Level Data export, read back from the CSV file itself, checked against the national value
 * lists; and the long-term and short-term support figures worked out again from those rows by the rules in the
 * domain note statutory-returns.md, written here from the note and not taken from the exporter, compared with what
 * the portal's own progress dashboard shows.
 */

const folders: string[] = []
const handles: DatabaseHandle[] = []
afterAll(() => {
  for (const handle of handles) handle.close()
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

function freshDatabase(): DatabaseHandle {
  const folder = mkdtempSync(join(tmpdir(), 'open-sds-cld-'))
  folders.push(folder)
  const handle = openDatabase({ path: join(folder, 'portal.db') })
  handles.push(handle)
  return handle
}

/** RFC 4180 CSV as the export writes it: quoted fields may hold commas, quotes (doubled) and line breaks. */
function readCsv(text: string): Array<Record<string, string>> {
  const records: string[][] = []
  let field = ''
  let record: string[] = []
  let quoted = false
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"'
        index += 1
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      record.push(field)
      field = ''
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      index += 1
    } else field += char
  }
  const [header, ...rows] = records
  return rows.map((row) => Object.fromEntries((header ?? []).map((name, index) => [name, row[index] ?? ''])))
}

// Columns the DHSC data-quality rules make mandatory on every row (domain note section 3, "always").
const alwaysMandatory = [
  'LA_Code',
  'Reporting_Period_Start_Date',
  'Reporting_Period_End_Date',
  'NHS_Number',
  'LA_Person_Unique_Identifier',
  'Gender',
  'Ethnicity',
  'Date_of_Birth',
  'Client_Type',
  'Postcode',
  'Accommodation_Status',
  'Has_Unpaid_Carer',
]

/** Every cell of every row against the release's lists; returns the number of rows checked. */
function validateAgainstLists(rows: Array<Record<string, string>>, release: Release): number {
  const lists = codedFields.map((field) => [field.column, new Set(valueList(field, release))] as const)
  const problems: string[] = []
  rows.forEach((row, index) => {
    for (const [column, allowed] of lists) {
      const value = row[column] ?? ''
      if (value !== '' && !allowed.has(value)) problems.push(`row ${String(index)}: ${column} "${value}"`)
    }
    for (const column of alwaysMandatory) if (!row[column]) problems.push(`row ${String(index)}: ${column} is blank`)
    for (const column of [
      'Reporting_Period_Start_Date',
      'Reporting_Period_End_Date',
      'Date_of_Birth',
      'Date_of_Death',
      'Event_Start_Date',
      'Event_End_Date',
    ]) {
      const value = row[column] ?? ''
      if (value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value))
        problems.push(`row ${String(index)}: ${column} "${value}"`)
    }
    if (row.Event_Type !== '' && row.Event_Type !== 'Service' && row.Event_End_Date === '')
      problems.push(`row ${String(index)}: a ${row.Event_Type ?? ''} with no end date`)
    // DHSC-DQ-R1: any row with a date of death has an event end date.
    if (row.Date_of_Death !== '' && row.Event_End_Date === '')
      problems.push(`row ${String(index)}: a date of death and no event end date`)
    // The file's stated period holds its events: nothing ends after it, and a completed event ends in it.
    const end = row.Event_End_Date ?? ''
    if (end !== '' && end > (row.Reporting_Period_End_Date ?? ''))
      problems.push(`row ${String(index)}: ends ${end}, after the period`)
    if (end !== '' && row.Event_Type !== 'Service' && end < (row.Reporting_Period_Start_Date ?? ''))
      problems.push(`row ${String(index)}: ends ${end}, before the period`)
  })
  expect(problems.slice(0, 20)).toEqual([])
  return rows.length
}

// ---- The derivation rules, from the domain note, independently of the exporter ----

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

/** DHSC person identity: the NHS number when there is one, otherwise the council's code and its own id. */
const personOf = (row: Record<string, string>) =>
  row.NHS_Number ? row.NHS_Number : `${row.LA_Code ?? ''}_${row.LA_Person_Unique_Identifier ?? ''}`

/** LTS001b: a long-term service started on or before the day and ending on or after it, or open; each person once. */
function longTermSupportOn(rows: Array<Record<string, string>>, day: string): number {
  const people = new Set<string>()
  for (const row of rows) {
    if (row.Event_Type !== 'Service' || !(row.Service_Type ?? '').startsWith('Long term support')) continue
    if ((row.Event_Start_Date ?? '') <= day && (row.Event_End_Date === '' || (row.Event_End_Date ?? '') >= day))
      people.add(personOf(row))
  }
  return people.size
}

const isStMax = (row: Record<string, string>) =>
  row.Event_Type === 'Service' && row.Service_Type === 'Short term support: ST-Max'

/** Services in the period: started by its end, and ended in it or after it, or open. */
function stMaxPeople(rows: Array<Record<string, string>>, start: string, end: string): number {
  return new Set(
    rows
      .filter(
        (row) =>
          isStMax(row) &&
          (row.Event_Start_Date ?? '') <= end &&
          (row.Event_End_Date === '' || (row.Event_End_Date ?? '') >= start),
      )
      .map(personOf),
  ).size
}

/** ST-Max episodes: rows within a day of each other are one episode; count the episodes that ended in the period. */
function stMaxEpisodesEnded(rows: Array<Record<string, string>>, start: string, end: string): number {
  const byPerson = new Map<string, Array<{ from: string; to: string | null }>>()
  for (const row of rows.filter(isStMax)) {
    const list = byPerson.get(personOf(row)) ?? []
    list.push({ from: row.Event_Start_Date ?? '', to: row.Event_End_Date ? row.Event_End_Date : null })
    byPerson.set(personOf(row), list)
  }
  let ended = 0
  for (const pieces of byPerson.values()) {
    pieces.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
    let episodeEnd: string | null | undefined
    const finish = () => {
      if (episodeEnd !== undefined && episodeEnd !== null && episodeEnd >= start && episodeEnd <= end) ended += 1
    }
    for (const piece of pieces) {
      const joins = episodeEnd !== undefined && (episodeEnd === null || piece.from <= nextDay(episodeEnd))
      if (!joins) {
        finish()
        episodeEnd = piece.to
      } else if (episodeEnd !== null)
        episodeEnd = piece.to === null ? null : piece.to > (episodeEnd ?? '') ? piece.to : episodeEnd
    }
    finish()
  }
  return ended
}

async function exportAndCompare(database: AnyDatabaseHandle, now: Date) {
  // What the counting worker stores for the dashboard and the file (decision 022), counted here in place.
  const dashboard = (await countFigure(database.repos, 'progress-dashboard', {
    today: todayInEngland(now),
  })) as ProgressMeasures
  const period = { start: dashboard.periodFrom, end: dashboard.periodTo }
  const file = (await countFigure(database.repos, 'client-level-data', {
    ...period,
    release: 'R2',
    laCode: 'E10000006',
  })) as ClientLevelDataFigure
  if (!file.ok)
    throw new Error([...file.general, ...file.toFix.flatMap((record) => record.problems)].slice(0, 5).join('\n'))
  const rows = readCsv(file.csv)
  const checked = validateAgainstLists(rows, 'R2')
  const derived = {
    'long-term-support': longTermSupportOn(rows, period.end),
    'short-term-support-people': stMaxPeople(rows, period.start, period.end),
    'short-term-support-episodes': stMaxEpisodesEnded(rows, period.start, period.end),
  }
  // As the dashboard shows them (a count from 1 to 4 as *), and the counts behind it before anything is hidden.
  const shown = (id: keyof typeof derived) => dashboard.figures.find((entry) => entry.id === id)?.part
  expect(Object.fromEntries(Object.entries(derived).map(([id, count]) => [id, suppressCount(count)]))).toEqual({
    'long-term-support': shown('long-term-support'),
    'short-term-support-people': shown('short-term-support-people'),
    'short-term-support-episodes': shown('short-term-support-episodes'),
  })
  const raw = await database.repos.progress.supportCounts({
    ...period,
    endDayStartsAt: new Date(startOfDayInEngland(period.end, todayInEngland)),
    endDayEndsAt: new Date(startOfDayInEngland(nextDay(period.end), todayInEngland)),
  })
  expect(derived).toEqual({
    'long-term-support': raw.longTermSupport,
    'short-term-support-people': raw.shortTermMaxPeople,
    'short-term-support-episodes': raw.shortTermMaxEpisodesEnded,
  })
  return { checked, rows, derived }
}

describe.each(portalEngines())('Client Level Data on $name: every row of the demo database on the lists', (engine) => {
  it('and the support figures derived again from the file', async () => {
    const at = await engine.freshDatabase()
    const database = await openPortalDatabase(at)
    try {
      const now = new Date()
      await seedDemoData(database, { hashPassword: () => 'not-a-real-hash', now })
      const { checked, rows, derived } = await exportAndCompare(database, now)
      expect(derived).toEqual({
        'long-term-support': 1,
        'short-term-support-people': 1,
        'short-term-support-episodes': 1,
      })
      // Joe's plan in force (a direct payment) and Priya's reablement, at least.
      expect(rows.some((row) => row.Service_Type === 'Long term support: Community')).toBe(true)
      expect(rows.some((row) => row.Service_Type === 'Short term support: ST-Max')).toBe(true)
      console.info(
        `Client Level Data validation on ${engine.name}: ${String(checked)} rows of the demo database checked`,
      )
    } finally {
      await database.close()
      await at.remove()
    }
  })
})

// writeSyntheticHistory writes SQLite rows alone, so the large history is checked on SQLite only; the same counts run
// on PostgreSQL in the db package's progress and Client Level Data tests (decision 026).
describe('Client Level Data: every row on the lists, and the support figures derived again from the file', () => {
  it('a large synthetic history: five years of 10,000 people', async () => {
    const database = freshDatabase()
    const now = new Date()
    writeSyntheticHistory(database.sqlite, { people: 10_000, years: 5, endAt: now, seed: 2026 })
    const { checked, rows, derived } = await exportAndCompare(database, now)
    console.info(`Derived from the file: ${JSON.stringify(derived)}`)
    // Services that began before the period and are still open are in it.
    const periodStart = rows[0]?.Reporting_Period_Start_Date ?? ''
    expect(
      rows.some(
        (row) =>
          row.Event_Type === 'Service' && (row.Event_Start_Date ?? '') < periodStart && row.Event_End_Date === '',
      ),
    ).toBe(true)
    expect(checked).toBeGreaterThan(10_000)
    // A back-submission in Release 1: the same rows, every value on Release 1's lists.
    const period = { start: periodStart, end: rows[0]?.Reporting_Period_End_Date ?? '' }
    const releaseOne = (await countFigure(database.repos, 'client-level-data', {
      ...period,
      release: 'R1',
      laCode: 'E10000006',
    })) as ClientLevelDataFigure
    if (!releaseOne.ok) throw new Error(releaseOne.general.join('\n'))
    const checkedInReleaseOne = validateAgainstLists(readCsv(releaseOne.csv), 'R1')
    expect(checkedInReleaseOne).toBe(checked)
    console.info(
      `Client Level Data validation: ${String(checked)} rows of a synthetic history checked in Release 2, and again in Release 1`,
    )
  }, 400_000)
})
