import { formatLongDate, isCalendarDate } from '@open-sds/kernel'
import { z } from 'zod'

export const FLUCTUATION_REGULATION = 'Care and Support (Eligibility Criteria) Regulations 2015, regulation 2(4)'

/**
 * Regulation 2(4): "Where the level of an adult's needs fluctuates, in determining whether the adult's needs meet the
 * eligibility criteria, the local authority must take into account the adult's circumstances over such period as it
 * considers necessary to establish accurately the adult's level of need." So the determination says whether the needs
 * fluctuate and, when they do, how, over which period the circumstances were considered, and which of the outcomes
 * the person is unable to achieve were found only by looking across that period (on a good day they can manage them).
 */
export const FluctuationFindingsSchema = z
  .strictObject({
    fluctuates: z.boolean({ error: 'Say whether the level of the person’s needs fluctuates' }),
    what: z.string().trim().max(4_000, { error: 'Write 4,000 characters or fewer' }).default(''),
    from: z.string().default(''),
    to: z.string().default(''),
    outcomesOverPeriod: z.array(z.string()).default([]),
  })
  .superRefine((given, context) => {
    if (!given.fluctuates) return
    const add = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message })
    if (given.what === '') add('what', 'Describe how the person’s needs fluctuate')
    if (!isCalendarDate(given.from)) add('from', 'Enter the date the period considered starts, as a real date')
    if (!isCalendarDate(given.to)) add('to', 'Enter the date the period considered ends, as a real date')
    else if (isCalendarDate(given.from) && given.to < given.from)
      add('to', 'The period considered must end on or after the day it starts')
  })
export type FluctuationFindings = z.input<typeof FluctuationFindingsSchema>

/** What the determination keeps about fluctuating needs. */
export type FluctuationDetermination =
  | { fluctuates: false; regulation: string }
  | {
      fluctuates: true
      regulation: string
      what: string
      period: { from: string; to: string }
      /** Outcomes the person is unable to achieve when the period is considered, though able on a good day. */
      outcomesOverPeriod: string[]
      /**
       * Whether considering the period made the person eligible: without the outcomes found over it, fewer than two
       * would remain. (Considering a period only ever adds outcomes, so it cannot make someone ineligible.)
       */
      changedOutcome: boolean
    }

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`

// The practitioner's words, ending as a sentence so the explanation reads on.
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`)

const periodWords = (period: { from: string; to: string }) =>
  period.from === period.to
    ? `on ${formatLongDate(period.from)}`
    : `from ${formatLongDate(period.from)} to ${formatLongDate(period.to)}`

/** The step of the practitioner's explanation about fluctuating needs, naming regulation 2(4). */
export function explainFluctuation(fluctuation: FluctuationDetermination, titleOf: (code: string) => string): string {
  if (!fluctuation.fluctuates)
    return 'The level of the person’s needs does not fluctuate, so their needs as they are now were considered (regulation 2(4) does not apply).'
  const named = fluctuation.outcomesOverPeriod.map(titleOf)
  const found =
    named.length === 0
      ? 'Considering the period did not add any outcome to those the person is unable to achieve.'
      : `Over that period the person is unable to achieve ${list(named)}, though they can on a good day.`
  const effect = fluctuation.changedOutcome
    ? 'This changed the outcome: on a single good day the person would have been found unable to achieve fewer than two outcomes, and so not to have eligible needs.'
    : 'Considering the period did not change whether the person has eligible needs.'
  return `The level of the person’s needs fluctuates: ${sentence(fluctuation.what)} Under regulation 2(4) their circumstances were considered over the period ${periodWords(fluctuation.period)}, not a single day. ${found} ${effect}`
}

const StoredFluctuationSchema = z.union([
  z.object({ fluctuates: z.literal(false), regulation: z.string() }),
  z.object({
    fluctuates: z.literal(true),
    regulation: z.string(),
    what: z.string(),
    period: z.object({ from: z.string().refine(isCalendarDate), to: z.string().refine(isCalendarDate) }),
    outcomesOverPeriod: z.array(z.string()),
    changedOutcome: z.boolean(),
  }),
])

/**
 * The fluctuation part of a stored determination, or undefined when there is none (determinations recorded before
 * regulation 2(4) was asked about, rules version care-act-eligibility-2015/1, have none).
 */
export function storedFluctuation(determination: unknown): FluctuationDetermination | undefined {
  if (typeof determination !== 'object' || determination === null || !('fluctuation' in determination)) return undefined
  const parsed = StoredFluctuationSchema.safeParse(determination.fluctuation)
  return parsed.success ? parsed.data : undefined
}

/**
 * The same, for the person reading their decision, in the second person and plain words: what the practitioner
 * found about their changing needs, the period looked at, and whether it made a difference.
 */
export function fluctuationForThePerson(
  fluctuation: FluctuationDetermination,
  titleOf: (code: string) => string,
): string[] {
  if (!fluctuation.fluctuates) return []
  const named = fluctuation.outcomesOverPeriod.map((code) => titleOf(code).toLowerCase())
  return [
    `Your needs change from day to day or over time. Your practitioner wrote: “${fluctuation.what}”`,
    `So they looked at how things were for you over a period, ${periodWords(fluctuation.period)}, not just on one day. The law says they must (the Care and Support (Eligibility Criteria) Regulations 2015, regulation 2(4)).`,
    ...(named.length === 0
      ? []
      : [
          `Looking at that period, they found you are unable to achieve these, even though you can on a good day: ${list(named)}.`,
        ]),
    fluctuation.changedOutcome
      ? 'This made a difference: looking only at a good day, your needs would not have been found eligible.'
      : 'This did not change the decision.',
  ]
}
