import {
  cellText,
  csvLine,
  percentOf,
  suppressCells,
  suppressCount,
  suppressedSymbol,
  type Cell,
} from '@open-sds/kernel'
import { suppressionExplanation } from './aggregate.js'
import { publishShare } from './share.js'

/*
 * Measuring progress openly: what a council counts to show how self-directed support is going (eligible people with
 * a personal budget, direct payments, outcomes at review, waits for authorisation, ease of finding information), and
 * how those counts are made safe to publish. The counting of records is the host's (a database query); which figures
 * are shown, what each means and what is hidden is decided here, once, for every host.
 */

/** Which version of the counting rules below produced a set of figures; it changes whenever what is counted does. */
export const PROGRESS_MEASURES_VERSION = 'progress-measures-2026.12'

/** Counts of a council's own records over the period, as its database gives them (see each figure's `how`). */
export type ProgressCounts = {
  /** People whose latest eligibility decision before `to` found eligible needs. */
  eligible: number
  /** Of those, people whose latest decision agreed a weekly personal budget above nothing. */
  withPersonalBudget: number
  /** Of the eligible, people whose support plan in force at `to` pays some of the budget as a direct payment. */
  withDirectPayment: number
  /** Of the eligible, people whose support plan in force at `to` has some of the budget in a council-managed account. */
  withManagedAccount: number
  /** People whose first eligibility decision fell in the period, and of them those offered a personal budget in it. */
  newPeople: number
  newOfferedBudget: number
  /** People whose support plan was reviewed in the period, and of them those whose reviewed plan carries a budget. */
  reviewedPeople: number
  reviewedOfferedBudget: number
  /** Outcome ratings at reviews opened in the period, one per outcome per review, the person's own rating first. */
  outcomes: { fully: number; partly: number; notAchieved: number }
  /** Answers in the period to agreement questions tied to the "finding information" statement, and how many agreed. */
  findingInformation: { answered: number; easy: number }
  /** Whole days from a plan's submission to its authorisation, for each authorisation in the period. */
  daysToAuthorisation: readonly number[]
  /**
   * Carers with a carer's support plan agreed in the period (carer-specific support), and of them those whose budget
   * came as a direct payment or a council-managed personal budget (self-directed) and as a direct payment (ASCOF 3D
   * parts 1b and 2b, without the age split). Counts made before carers' plans existed have none.
   */
  carers?: { supported: number; selfDirected: number; directPayment: number }
}

/** Counts of long-term and short-term support, counted as the Client Level Data return counts them. */
export type SupportCounts = {
  /**
   * People in long-term support on the period's last day: a support plan authorised by the end of that day, not
   * ended before it began, whose money in force is above £0, and the person not dead before that day.
   */
  longTermSupport: number
  /** People with short-term support to maximise independence (ST-Max) at any time in the period. */
  shortTermMaxPeople: number
  /** ST-Max episodes that ended in the period; pieces of support a day or less apart are one episode. */
  shortTermMaxEpisodesEnded: number
}

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

export type ProgressMeasures = {
  asAt: string
  periodFrom: string
  periodTo: string
  figures: Figure[]
  outcomes: Distribution
  /** The median is shown only when at least five plans were authorised; null otherwise. */
  waits: Distribution & { median: number | null }
  /** How small numbers are hidden, in plain words, to publish with the figures. */
  suppression: string
  /** Which version of these counting rules produced the figures. */
  rulesVersion: string
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
      return { label, count, percent: percentOf(count, total) }
    }),
  }
}

/**
 * The progress measures a council publishes about self-directed support, from counts of its own records over a period
 * (`from` and `to` are calendar days in England, YYYY-MM-DD): what each figure counts, in plain words, and the figures
 * themselves made safe to publish, so that no count from 1 to 4 can be read, directly or by subtraction.
 */
export function progressMeasures(
  counts: ProgressCounts,
  support: SupportCounts,
  from: string,
  to: string,
): ProgressMeasures {
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
    share(
      'carers-self-directed',
      'Carers receiving self-directed support',
      'Carers: self-directed',
      `Carers with a carer’s support plan and budget agreed ${period}, and of them those whose budget is a direct payment or a personal budget the council manages for them (not support the council commissions), as ASCOF 3D part 1b counts them.`,
      counts.carers?.selfDirected ?? 0,
      counts.carers?.supported ?? 0,
    ),
    share(
      'carers-direct-payment',
      'Carers receiving direct payments',
      'Carers: direct payment',
      `Carers with a carer’s support plan and budget agreed ${period}, and of them those whose budget is a direct payment, as ASCOF 3D part 2b counts them.`,
      counts.carers?.directPayment ?? 0,
      counts.carers?.supported ?? 0,
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
  // The middle value (the lower of the two middle values of an even count) of at least five waits says nothing about
  // any one person's; of fewer it could.
  const sorted = [...days].sort((a, b) => a - b)
  const median = sorted.length >= 5 ? (sorted[Math.floor((sorted.length - 1) / 2)] ?? null) : null
  return {
    asAt: to,
    periodFrom: from,
    periodTo: to,
    figures,
    outcomes,
    waits: { ...waits, median },
    suppression: suppressionExplanation,
    rulesVersion: PROGRESS_MEASURES_VERSION,
  }
}

const cellOrBlank = (cell: Cell | null): string => (cell === null ? '' : cellText(cell))

/** The measures as a CSV download: one line per figure and per row of each distribution, hidden counts as `*`. */
export function progressMeasuresCsv(dashboard: ProgressMeasures): string {
  let csv = csvLine(['measure', 'count', 'out_of', 'percent', 'how_it_is_counted'])
  for (const figure of dashboard.figures) {
    csv += csvLine([
      figure.title,
      cellOrBlank(figure.part),
      cellOrBlank(figure.whole),
      figure.percent === null ? '' : String(figure.percent),
      figure.how,
    ])
  }
  for (const group of [dashboard.outcomes, dashboard.waits]) {
    for (const row of group.rows)
      csv += csvLine([
        `${group.title}: ${row.label}`,
        cellOrBlank(row.count),
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
