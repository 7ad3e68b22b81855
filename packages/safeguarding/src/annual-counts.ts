import { z } from 'zod'
import {
  abuseTypes,
  ageBands,
  locationsOfRisk,
  sourcesOfRisk,
  type AbuseType,
  type AgeBand,
  type LocationOfRisk,
  type SourceOfRisk,
} from './categories.js'
import { mspCategory, type DesiredOutcomes, type OutcomesAchieved } from './msp.js'
import { fail, ok, parse, type Result } from '@open-sds/kernel'
import { riskOutcomeRow, riskOutcomeRows, riskResultRow, riskResultRows, type RiskOutcome } from './risk-outcome.js'
import { suppressCount, suppressTable, suppressedSymbol, suppressionThreshold, type Cell } from '@open-sds/kernel'
import { financialYear } from './uk-date.js'

export const annualCountsRulesVersion = 'sac-shape-2024-25'

/** What the counts read from a concern: only the day it arrived. */
export type CountableConcern = { receivedOn: string }

/** What the counts read from an enquiry; an Enquiry from this package fits. */
export type CountableEnquiry = {
  kind: 'section-42' | 'other'
  openedOn: string
  person: { personId?: string; ageBand: AgeBand }
  risk: { typesOfAbuse: readonly AbuseType[]; locationOfRisk?: LocationOfRisk; sourceOfRisk?: SourceOfRisk }
  desiredOutcomes?: DesiredOutcomes
  closure?: { closedOn: string; riskOutcome: RiskOutcome; outcomesAchieved?: OutcomesAchieved }
}

export type CountsRow = { id: string; label: string; cell: Cell }
export type CountsTable = {
  id: string
  title: string
  rows: CountsRow[]
  total?: { label: string; cell: Cell }
  note?: string
}

export type AnnualCounts = {
  year: number
  period: { from: string; to: string; label: string }
  tables: CountsTable[]
  suppression: { threshold: number; symbol: string; explanation: string }
  explanation: string[]
  rulesVersion: string
}

const suppressionExplanation =
  `Counts from 1 to ${String(suppressionThreshold - 1)} are shown as ${suppressedSymbol} so that no one can be identified. ` +
  `Where a hidden count could be worked out by subtracting the other counts from the total, further counts (or the total) are hidden too (secondary suppression).`

type RowSpec = { id: string; label: string }

function table(
  id: string,
  title: string,
  specs: readonly RowSpec[],
  counts: Map<string, number>,
  totalLabel: string,
  total?: number,
  note?: string,
): CountsTable {
  const values = specs.map((spec) => counts.get(spec.id) ?? 0)
  const suppressed = suppressTable(values, total)
  return {
    id,
    title,
    rows: specs.map((spec, index) => ({
      id: spec.id,
      label: spec.label,
      cell: suppressed.rows[index] ?? { kind: 'shown', value: 0 },
    })),
    total: { label: totalLabel, cell: suppressed.total },
    ...(note ? { note } : {}),
  }
}

const increment = (counts: Map<string, number>, key: string): void => {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

/**
 * The tables about concluded enquiries share one total. If any of them had to hide it, it is hidden in
 * all of them; otherwise one table's hidden total could be read off another.
 */
function hideSharedTotalEverywhere(tables: CountsTable[]): CountsTable[] {
  const anyHidden = tables.some((entry) => entry.total?.cell.kind === 'suppressed')
  if (!anyHidden) return tables
  return tables.map((entry) =>
    entry.total && entry.total.cell.kind === 'shown'
      ? { ...entry, total: { ...entry.total, cell: { kind: 'suppressed', reason: 'secondary' } } }
      : entry,
  )
}

// SAC SG4a: asked and expressed (split by how far achieved), asked and none expressed, not asked, don't know, not recorded.
const mspRows: readonly RowSpec[] = [
  { id: 'expressed-fully-achieved', label: 'Yes, they were asked and outcomes were expressed: fully achieved' },
  { id: 'expressed-partly-achieved', label: 'Yes, they were asked and outcomes were expressed: partially achieved' },
  { id: 'expressed-not-achieved', label: 'Yes, they were asked and outcomes were expressed: not achieved' },
  { id: 'asked-none-expressed', label: 'Yes, they were asked but no outcomes were expressed' },
  { id: 'not-asked', label: 'No' },
  { id: 'dont-know', label: "Don't know" },
  { id: 'not-recorded', label: 'Not recorded' },
]

const achievedRow: Record<OutcomesAchieved, string> = {
  fully: 'expressed-fully-achieved',
  partly: 'expressed-partly-achieved',
  not: 'expressed-not-achieved',
}

function mspRow(enquiry: Pick<CountableEnquiry, 'desiredOutcomes' | 'closure'>): string {
  const category = mspCategory(enquiry.desiredOutcomes)
  if (category !== 'outcomes-expressed') return category
  const achieved = enquiry.closure?.outcomesAchieved
  return achieved ? achievedRow[achieved] : 'not-recorded'
}

const enquiryKindRows: readonly RowSpec[] = [
  { id: 'section-42', label: 'Section 42 enquiries' },
  { id: 'other', label: 'Other enquiries' },
]

export const AnnualCountsOptionsSchema = z.object({ year: z.number().int().min(2000).max(2999) })

/** Every row a concluded enquiry can be counted in for Making Safeguarding Personal, in the collection's order. */
export const mspRowIds = mspRows.map((row) => row.id)

/** The MSP row a concluded enquiry is counted in; a store can keep it beside the enquiry to count without reading JSON. */
export const mspRowOf = (enquiry: Pick<CountableEnquiry, 'desiredOutcomes' | 'closure'>): string => mspRow(enquiry)

const tally = z.record(z.string(), z.number().int().min(0))

/**
 * The raw counts behind the published tables, before suppression. A database can work these out with its own
 * queries (see `@open-sds/db`) and hand them to `annualCountsFromTotals`, so a million records never need to be
 * read into memory. Keys are the ids of the coded lists; `not-recorded` where a list allows it.
 */
export const AnnualTotalsSchema = z.object({
  concerns: z.number().int().min(0),
  enquiriesStarted: tally,
  individualsByAgeBand: tally,
  concluded: z.number().int().min(0),
  concludedByType: tally,
  concludedByLocation: tally,
  concludedBySource: tally,
  /** SG2c: action taken and result. */
  concludedByRiskOutcome: tally,
  /** SG2e: where a risk was identified, whether it remained, was reduced or was removed. */
  concludedByRiskResult: tally.default({}),
  concludedByMsp: tally,
})
export type AnnualTotals = z.infer<typeof AnnualTotalsSchema>

const asMap = (counts: Record<string, number>): Map<string, number> => new Map(Object.entries(counts))

/** Work out the raw counts for the reporting year starting 1 April `year` from records held in memory. */
export function annualTotals(
  records: { concerns: readonly CountableConcern[]; enquiries: readonly CountableEnquiry[] },
  year: number,
): AnnualTotals {
  const period = financialYear(year)
  const inYear = (day: string): boolean => day >= period.from && day <= period.to

  let concerns = 0
  for (const concern of records.concerns) if (inYear(concern.receivedOn)) concerns += 1

  const started = new Map<string, number>()
  const firstEnquiryOf = new Map<string, { openedOn: string; ageBand: AgeBand }>()
  const unnamedPeople: AgeBand[] = []
  const types = new Map<string, number>()
  const locations = new Map<string, number>()
  const sources = new Map<string, number>()
  const outcomes = new Map<string, number>()
  const results = new Map<string, number>()
  const msp = new Map<string, number>()
  let concluded = 0

  for (const enquiry of records.enquiries) {
    if (inYear(enquiry.openedOn)) {
      increment(started, enquiry.kind)
      if (enquiry.kind === 'section-42') {
        const personId = enquiry.person.personId
        if (personId === undefined) unnamedPeople.push(enquiry.person.ageBand)
        else {
          const first = firstEnquiryOf.get(personId)
          if (first === undefined || enquiry.openedOn < first.openedOn) {
            firstEnquiryOf.set(personId, { openedOn: enquiry.openedOn, ageBand: enquiry.person.ageBand })
          }
        }
      }
    }
    const closure = enquiry.closure
    if (enquiry.kind !== 'section-42' || closure === undefined || !inYear(closure.closedOn)) continue
    concluded += 1
    enquiry.risk.typesOfAbuse.forEach((type, index, all) => {
      if (all.indexOf(type) === index) increment(types, type)
    })
    increment(locations, enquiry.risk.locationOfRisk ?? 'not-recorded')
    increment(sources, enquiry.risk.sourceOfRisk ?? 'not-recorded')
    increment(outcomes, riskOutcomeRow(closure.riskOutcome))
    const result = riskResultRow(closure.riskOutcome)
    if (result !== null) increment(results, result)
    increment(msp, mspRow(enquiry))
  }
  const people = new Map<string, number>()
  for (const first of firstEnquiryOf.values()) increment(people, first.ageBand)
  for (const band of unnamedPeople) increment(people, band)
  return {
    concerns,
    enquiriesStarted: Object.fromEntries(started),
    individualsByAgeBand: Object.fromEntries(people),
    concluded,
    concludedByType: Object.fromEntries(types),
    concludedByLocation: Object.fromEntries(locations),
    concludedBySource: Object.fromEntries(sources),
    concludedByRiskOutcome: Object.fromEntries(outcomes),
    concludedByRiskResult: Object.fromEntries(results),
    concludedByMsp: Object.fromEntries(msp),
  }
}

/**
 * The published tables, with small numbers suppressed, from raw counts for the reporting year starting 1 April
 * `year` (so year 2024 is 2024-25). A count under a key that is not in the coded list is refused, not dropped.
 */
export function annualCountsFromTotals(totals: unknown, options: { year: number }): Result<AnnualCounts> {
  if (!AnnualCountsOptionsSchema.safeParse(options).success) {
    return fail({
      path: 'year',
      message: 'The reporting year must be the four-digit year it starts in, for example 2024 for 2024-25',
    })
  }
  const parsed = parse(AnnualTotalsSchema, totals, 'totals')
  if (!parsed.ok) return parsed
  const given = parsed.value
  const notRecorded: RowSpec = { id: 'not-recorded', label: 'Not recorded' }
  const known: Array<[keyof AnnualTotals, readonly RowSpec[]]> = [
    ['enquiriesStarted', enquiryKindRows],
    ['individualsByAgeBand', ageBands.entries],
    ['concludedByType', abuseTypes.entries],
    ['concludedByLocation', [...locationsOfRisk.entries, notRecorded]],
    ['concludedBySource', [...sourcesOfRisk.entries, notRecorded]],
    ['concludedByRiskOutcome', riskOutcomeRows],
    ['concludedByRiskResult', riskResultRows],
    ['concludedByMsp', mspRows],
  ]
  for (const [key, rows] of known) {
    const unknown = Object.keys(given[key]).find((id) => !rows.some((row) => row.id === id))
    if (unknown !== undefined) {
      return fail({
        path: `totals.${key}.${unknown}`,
        message: `"${unknown}" is not one of the rows of ${key}: ${rows.map((row) => row.id).join(', ')}`,
      })
    }
  }
  const period = financialYear(options.year)
  const concluded = given.concluded
  const concludedLabel = 'Concluded section 42 enquiries'
  // SG2e counts only enquiries that identified a risk; its total can equal the concluded total (every enquiry found a
  // risk), so it is hidden with the others. The "not recorded" row appears only when some old enquiry needs it.
  const results = asMap(given.concludedByRiskResult)
  const resultRows = results.has('not-recorded')
    ? riskResultRows
    : riskResultRows.filter((row) => row.id !== 'not-recorded')
  const concludedTables = hideSharedTotalEverywhere([
    table(
      'concluded-by-type-of-risk',
      'Concluded section 42 enquiries by type of risk',
      abuseTypes.entries,
      asMap(given.concludedByType),
      concludedLabel,
      concluded,
      'An enquiry can involve more than one type of risk, so the rows can add up to more than the total.',
    ),
    table(
      'concluded-by-location-of-risk',
      'Concluded section 42 enquiries by location of risk',
      [...locationsOfRisk.entries, notRecorded],
      asMap(given.concludedByLocation),
      concludedLabel,
      concluded,
    ),
    table(
      'concluded-by-source-of-risk',
      'Concluded section 42 enquiries by source of risk',
      [...sourcesOfRisk.entries, notRecorded],
      asMap(given.concludedBySource),
      concludedLabel,
      concluded,
    ),
    table(
      'concluded-by-risk-outcome',
      'Concluded section 42 enquiries by action taken and result',
      riskOutcomeRows,
      asMap(given.concludedByRiskOutcome),
      concludedLabel,
      concluded,
    ),
    table(
      'concluded-making-safeguarding-personal',
      'Concluded section 42 enquiries: Making Safeguarding Personal',
      mspRows,
      asMap(given.concludedByMsp),
      concludedLabel,
      concluded,
      'Asked = the first four rows; outcomes expressed = the first three.',
    ),
    table(
      'concluded-by-risk-result',
      'Concluded section 42 enquiries where a risk was identified: risk outcome',
      resultRows,
      results,
      'Enquiries where a risk was identified',
    ),
  ])

  return ok({
    year: options.year,
    period,
    tables: [
      {
        id: 'concerns',
        title: 'Safeguarding concerns received',
        rows: [{ id: 'concerns', label: 'Concerns', cell: suppressCount(given.concerns) }],
      },
      table(
        'enquiries-started',
        'Enquiries started',
        enquiryKindRows,
        asMap(given.enquiriesStarted),
        'All enquiries started',
      ),
      table(
        'individuals-by-age-band',
        'Individuals involved in section 42 enquiries started, by age band',
        ageBands.entries,
        asMap(given.individualsByAgeBand),
        'Individuals',
        undefined,
        'A person with several enquiries is counted once, in the age band of their first enquiry in the year.',
      ),
      ...concludedTables,
    ],
    suppression: { threshold: suppressionThreshold, symbol: suppressedSymbol, explanation: suppressionExplanation },
    explanation: [
      `Reporting year ${period.label}: ${period.from} to ${period.to}, by the date in England.`,
      'Concerns are counted by the day received, enquiries by the day started, concluded enquiries by the day closed.',
      'People with no record number are each counted as a different person, which can overstate individuals.',
      suppressionExplanation,
    ],
    rulesVersion: annualCountsRulesVersion,
  })
}

/**
 * National-collection style counts for the reporting year starting 1 April `year` (so year 2024 is
 * 2024-25), with small numbers suppressed. Records are the caller's; nothing is read from elsewhere.
 */
export function annualCounts(
  records: { concerns: readonly CountableConcern[]; enquiries: readonly CountableEnquiry[] },
  options: { year: number },
): Result<AnnualCounts> {
  if (!AnnualCountsOptionsSchema.safeParse(options).success) {
    return fail({
      path: 'year',
      message: 'The reporting year must be the four-digit year it starts in, for example 2024 for 2024-25',
    })
  }
  return annualCountsFromTotals(annualTotals(records, options.year), options)
}
