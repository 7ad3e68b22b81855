import {
  publishShare,
  suppressCells,
  suppressCount,
  suppressedSymbol,
  suppressionExplanation,
  type Cell,
} from '@open-sds/coproduction'
import { startOfDayInEngland, type ProgressCounts, type SupportCounts } from '@open-sds/db'
import type { AppContext } from '../../.server/context.js'
import { todayInEngland } from '../_self-assessment+/self-assessment.server.js'

/** The statement whose agreement questions measure "ease of finding information" (see the example plugins). */
export const FIND_INFORMATION_STATEMENT = 'find-information-and-advice'

const DAY = 86_400_000

/** One published figure: a count, or a share of a count, with how it is counted in plain words. */
export type Figure = {
  id: string
  title: string
  /** A few words for the chart's axis; the table beside it carries the full title. */
  short: string
  how: string
  part: Cell
  whole: Cell | null
  percent: number | null
}

export type Distribution = {
  title: string
  how: string
  rows: Array<{ label: string; count: Cell; percent: number | null }>
}

export type ProgressDashboard = {
  asAt: string
  periodFrom: string
  periodTo: string
  figures: Figure[]
  outcomes: Distribution
  waits: Distribution & { median: number | null }
  suppression: string
  /** When the figures were counted (they are reused for a few minutes). */
  countedAt?: string
}

const share = (id: string, title: string, short: string, how: string, part: number, whole: number): Figure => ({
  id,
  title,
  short,
  how,
  ...publishShare(part, whole),
})

function distribution(title: string, how: string, labels: string[], values: number[]): Distribution {
  const { cells, total } = suppressCells(values)
  return {
    title,
    how,
    rows: labels.map((label, index) => {
      const count = cells[index] ?? suppressCount(0)
      return {
        label,
        count,
        percent:
          count.kind === 'shown' && total.kind === 'shown' && total.value > 0
            ? Math.round((count.value / total.value) * 100)
            : null,
      }
    }),
  }
}

/** Turns raw counts into figures safe to publish: no count from 1 to 4 can be read, directly or by subtraction. */
export function buildDashboard(
  counts: ProgressCounts,
  support: SupportCounts,
  from: string,
  to: string,
): ProgressDashboard {
  const period = `between ${from} and ${to}`
  // Counted as the Client Level Data return counts them, so the national figures can be checked against these.
  const supportFigures: Figure[] = [
    {
      id: 'long-term-support',
      title: 'People in long-term support',
      short: 'Long-term support',
      how: `People with long-term support on ${to}: a support plan authorised by then and not ended before that day, paying a personal budget above £0 (in the Client Level Data return, a long-term service that started on or before ${to} and had not ended before it).`,
      part: suppressCount(support.longTermSupport),
      whole: null,
      percent: null,
    },
    {
      id: 'short-term-support-people',
      title: 'People given short-term support to regain independence',
      short: 'Short-term support (people)',
      how: `People with reablement or other short-term support to maximise independence (ST-Max) at any time ${period}, including support that began before it.`,
      part: suppressCount(support.shortTermMaxPeople),
      whole: null,
      percent: null,
    },
    {
      id: 'short-term-support-episodes',
      title: 'Episodes of short-term support that ended',
      short: 'Short-term support (episodes ended)',
      how: `Episodes of short-term support to maximise independence that ended ${period}. Pieces of support for one person no more than a day apart are one episode, as the national statistics count them.`,
      part: suppressCount(support.shortTermMaxEpisodesEnded),
      whole: null,
      percent: null,
    },
  ]
  const figures: Figure[] = [
    {
      id: 'eligible',
      title: 'People with eligible needs',
      short: 'Eligible needs',
      how: `People whose latest eligibility decision, as at ${to}, found eligible needs under the Care Act.`,
      part: suppressCount(counts.eligible),
      whole: null,
      percent: null,
    },
    share(
      'personal-budget',
      'Eligible people with a personal budget',
      'Personal budget',
      `Of the people with eligible needs, those whose latest eligibility decision agreed a weekly personal budget above £0.`,
      counts.withPersonalBudget,
      counts.eligible,
    ),
    share(
      'direct-payment',
      'Eligible people with a direct payment (part or whole)',
      'Direct payment',
      `Of the people with eligible needs, those whose support plan in force on ${to} (authorised and not ended) pays some or all of the budget as a direct payment.`,
      counts.withDirectPayment,
      counts.eligible,
    ),
    share(
      'managed-account',
      'Eligible people with a council-managed account (part or whole)',
      'Managed account',
      `Of the people with eligible needs, those whose support plan in force on ${to} keeps some or all of the budget in a council-managed account.`,
      counts.withManagedAccount,
      counts.eligible,
    ),
    share(
      'new-offered',
      'New people offered a personal budget',
      'New: offered a budget',
      `People whose first eligibility decision was ${period}, and of them those agreed a personal budget in that time.`,
      counts.newOfferedBudget,
      counts.newPeople,
    ),
    share(
      'reviewed-offered',
      'Reviewed people offered a personal budget',
      'Reviewed: offered a budget',
      `People whose support plan was reviewed ${period}, and of them those whose reviewed plan carries a personal budget above £0.`,
      counts.reviewedOfferedBudget,
      counts.reviewedPeople,
    ),
    share(
      'finding-information',
      'People who find it easy to find information and advice',
      'Easy to find information',
      `Survey answers given ${period} to agreement questions tied to the "I can easily find information and advice" statement; "easy" is agree or strongly agree. Each response counts once per question.`,
      counts.findingInformation.easy,
      counts.findingInformation.answered,
    ),
    ...supportFigures,
  ]
  const outcomes = distribution(
    'Personal outcomes at review',
    `Each personal outcome rated at a review opened ${period}, counted once per review: the person's own rating when they gave one, otherwise a representative's, a practitioner's or a provider's, the latest of each.`,
    ['Fully achieved', 'Partly achieved', 'Not achieved'],
    [counts.outcomes.fully, counts.outcomes.partly, counts.outcomes.notAchieved],
  )
  const days = counts.daysToAuthorisation
  const bands: Array<[string, (value: number) => boolean]> = [
    ['Up to a week', (value) => value <= 7],
    ['8 to 14 days', (value) => value > 7 && value <= 14],
    ['15 to 28 days', (value) => value > 14 && value <= 28],
    ['29 to 56 days', (value) => value > 28 && value <= 56],
    ['More than 56 days', (value) => value > 56],
  ]
  const waits = distribution(
    'Time from a completed plan to the budget being authorised',
    `For each support plan authorised ${period}: whole days from the first time it was sent for approval since its last authorisation (so time spent after being sent back counts) to its authorisation.`,
    bands.map(([label]) => label),
    bands.map(([, inBand]) => days.filter(inBand).length),
  )
  // The middle value of at least five waits says nothing about any one person's.
  const median = days.length >= 5 ? (days[Math.floor((days.length - 1) / 2)] ?? null) : null
  return {
    asAt: to,
    periodFrom: from,
    periodTo: to,
    figures,
    outcomes,
    waits: { ...waits, median },
    suppression: suppressionExplanation,
  }
}

/**
 * Counting takes seconds over a large council's history and better-sqlite3 blocks the process while it counts, so the
 * figures are counted at most once every few minutes and shared by everyone asking meanwhile (including requests that
 * arrive while a count is under way). The page says when they were counted.
 */
export const DASHBOARD_CACHE_MS = 5 * 60_000
let cached: { at: number; day: string; database: unknown; value: Promise<ProgressDashboard> } | undefined

/** The period of the support figures: calendar days in England, the last day's bounds as instants. */
export function supportPeriod(start: string, end: string) {
  const nextDay = new Date(Date.parse(`${end}T00:00:00Z`) + DAY).toISOString().slice(0, 10)
  return {
    start,
    end,
    endDayStartsAt: new Date(startOfDayInEngland(end, todayInEngland)),
    endDayEndsAt: new Date(startOfDayInEngland(nextDay, todayInEngland)),
  }
}

/** The dashboard for the twelve months up to and including today. */
export function progressDashboard(context: AppContext, now: Date): Promise<ProgressDashboard> {
  const today = todayInEngland(now)
  if (
    cached &&
    cached.day === today &&
    cached.database === context.database &&
    now.getTime() - cached.at < DASHBOARD_CACHE_MS
  )
    return cached.value
  const to = new Date(Date.parse(`${today}T00:00:00Z`) + DAY)
  const from = new Date(to.getTime() - 365 * DAY)
  const fromDay = from.toISOString().slice(0, 10)
  const { progress } = context.database.repos
  const value = Promise.all([
    progress.counts({ from, to, findingInformationStatementId: FIND_INFORMATION_STATEMENT }),
    progress.supportCounts(supportPeriod(fromDay, today)),
  ]).then(([counts, support]) => ({ ...buildDashboard(counts, support, fromDay, today), countedAt: now.toISOString() }))
  cached = { at: now.getTime(), day: today, database: context.database, value }
  value.catch(() => {
    cached = undefined
  })
  return value
}

export const cellCsv = (cell: Cell | null): string =>
  cell === null ? '' : cell.kind === 'shown' ? String(cell.value) : suppressedSymbol

/** A CSV field, quoted when it must be, and defused against spreadsheet formulas. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

export const csvLine = (fields: string[]): string => `${fields.map(csvField).join(',')}\r\n`

export function dashboardCsv(dashboard: ProgressDashboard): string {
  let csv = csvLine(['measure', 'count', 'out_of', 'percent', 'how_it_is_counted'])
  for (const figure of dashboard.figures) {
    csv += csvLine([
      figure.title,
      cellCsv(figure.part),
      cellCsv(figure.whole),
      figure.percent === null ? '' : String(figure.percent),
      figure.how,
    ])
  }
  for (const group of [dashboard.outcomes, dashboard.waits]) {
    for (const row of group.rows)
      csv += csvLine([
        `${group.title}: ${row.label}`,
        cellCsv(row.count),
        '',
        row.percent === null ? '' : String(row.percent),
        group.how,
      ])
  }
  csv += csvLine([
    'Median days from completed plan to authorisation',
    dashboard.waits.median === null ? suppressedSymbol : String(dashboard.waits.median),
    '',
    '',
    'Shown only when at least 5 plans were authorised.',
  ])
  csv += csvLine([
    'Note',
    '',
    '',
    '',
    `As at ${dashboard.asAt}; period ${dashboard.periodFrom} to ${dashboard.periodTo}. ${dashboard.suppression}`,
  ])
  return csv
}
