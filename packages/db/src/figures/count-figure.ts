import { progressMeasures } from '@open-sds/coproduction'
import { todayInEngland } from '@open-sds/kernel'
import { annualCountsFromTotals, financialYear } from '@open-sds/safeguarding'
import { buildClientLevelData, cldCsv, recordsToFix, type CldSummary } from '@open-sds/statutory-returns'
import { z } from 'zod'
import type { CountedFigure } from '../repositories/figure-counts.js'
import { startOfDayInEngland } from '../repositories/client-level-data.js'
import type { Repositories } from '../repositories/index.js'

/*
 * What each figure counted off the request path is, worked out in the worker from the repositories of its own
 * database handle (decision 022). What is counted and what is hidden stay the packages' (progressMeasures,
 * annualCountsFromTotals, buildClientLevelData): the value stored is the one the page shows, already suppressed.
 */

const DAY = 86_400_000
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10)

/** The twelve months up to and including `today` (a day in England) that the progress dashboard covers. */
export const ProgressDashboardParamsSchema = z.object({ today: z.iso.date() }).strict()
/** A reporting year of the annual safeguarding counts, by the year it starts (2025 for 2025-26). */
export const SafeguardingCountsParamsSchema = z.object({ year: z.number().int().min(2000).max(2100) }).strict()
/** A Client Level Data file: its rolling twelve months, the specification, and the council's code (unset: the package says so). */
export const ClientLevelDataParamsSchema = z
  .object({
    start: z.iso.date(),
    end: z.iso.date(),
    release: z.enum(['R1', 'R2']),
    laCode: z.string(),
    // Where the council's carer's self-assessment asks the hours caring a week (its plugin's carers.hoursCaring).
    hoursCaring: z
      .object({ questionId: z.string().min(1), answers: z.record(z.string(), z.string()).optional() })
      .strict()
      .optional(),
  })
  .strict()

/** At most this many records to put right are named with the person's name; the rest are counted. */
const NAMED = 100

/** A record the Client Level Data file cannot be made without putting right. */
export type CldRecordToFix = { kind: string; id: string; personId: string; personName: string; problems: string[] }

/** What a Client Level Data count stores: the file, ready to send, or what stops it being made. */
export type ClientLevelDataFigure =
  | { ok: true; csv: string; summary: CldSummary; rulesVersion: string }
  | { ok: false; general: string[]; toFix: CldRecordToFix[]; moreToFix: number }

/** The progress measures for the twelve months to `today`, as @open-sds/coproduction publishes them. */
async function progressDashboard(repos: Repositories, params: unknown) {
  const { today } = ProgressDashboardParamsSchema.parse(params)
  const to = new Date(Date.parse(nextDay(today)))
  const from = new Date(to.getTime() - 365 * DAY)
  const fromDay = from.toISOString().slice(0, 10)
  const [counts, support] = await Promise.all([
    repos.progress.counts({ from, to, findingInformationStatementId: FIND_INFORMATION_STATEMENT }),
    repos.progress.supportCounts({
      start: fromDay,
      end: today,
      endDayStartsAt: new Date(startOfDayInEngland(today, todayInEngland)),
      endDayEndsAt: new Date(startOfDayInEngland(nextDay(today), todayInEngland)),
    }),
  ])
  return progressMeasures(counts, support, fromDay, today)
}

async function safeguardingCounts(repos: Repositories, params: unknown) {
  const { year } = SafeguardingCountsParamsSchema.parse(params)
  const counts = annualCountsFromTotals(await repos.safeguarding.annualTotals(financialYear(year)), { year })
  if (!counts.ok)
    throw new Error(
      `The stored safeguarding records could not be counted: ${counts.errors.map((error) => `${error.path}: ${error.message}`).join('; ')}`,
    )
  return counts.value
}

async function clientLevelData(repos: Repositories, params: unknown): Promise<ClientLevelDataFigure> {
  const { start, end, release, laCode, hoursCaring } = ClientLevelDataParamsSchema.parse(params)
  const period = { start, end }
  const source = await repos.clientLevelData.source({
    ...period,
    dateInEngland: todayInEngland,
    ...(hoursCaring === undefined ? {} : { hoursCaring }),
  })
  const result = buildClientLevelData({ laCode, period, release, ...source })
  if (result.ok)
    return {
      ok: true,
      csv: cldCsv(result.value),
      summary: result.value.summary,
      rulesVersion: result.value.rulesVersion,
    }
  const personOf = new Map<string, string>()
  for (const list of [source.requests, source.assessments, source.services, source.reviews])
    for (const event of list) personOf.set(event.id, event.personId)
  const records = recordsToFix(result.errors)
  const toFix: CldRecordToFix[] = []
  for (const record of records.slice(0, NAMED)) {
    const personId = record.kind === 'person' ? record.id : (personOf.get(record.id) ?? '')
    const person = personId ? await repos.people.findById(personId) : undefined
    toFix.push({ ...record, personId, personName: person?.displayName ?? 'Someone not on record' })
  }
  return {
    ok: false,
    general: result.errors.filter((error) => error.record === undefined).map((error) => error.message),
    toFix,
    moreToFix: Math.max(0, records.length - NAMED),
  }
}

/** The statement whose agreement questions measure "ease of finding information" (see the example plugins). */
export const FIND_INFORMATION_STATEMENT = 'find-information-and-advice'

const counters: Record<CountedFigure, (repos: Repositories, params: unknown) => Promise<unknown>> = {
  'progress-dashboard': progressDashboard,
  'safeguarding-counts': safeguardingCounts,
  'client-level-data': clientLevelData,
}

/** Counts one figure. Long: run it in a worker (see startFigureCounter), never on the thread that serves pages. */
export function countFigure(repos: Repositories, figure: CountedFigure, params: unknown): Promise<unknown> {
  return counters[figure](repos, params)
}
