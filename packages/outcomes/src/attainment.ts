import { z } from 'zod'
import type { ItemRef } from './framework.js'
import { ItemRefSchema } from './framework.js'
import type { Attainment } from './rating.js'
import { AttainmentSchema, attainmentLevels } from './rating.js'
import { chooseSuppressed, fail, ok, parse, type CountCell, type Issue, type Result } from '@open-sds/kernel'

export const attainmentRulesVersion = 'outcomes-attainment/1'

/** Counts from 1 to 4 are never published. */
export const smallNumberRule = { smallest: 1, largest: 4 } as const

/** One person's rated outcome, with the framework items it is linked to and the groups the person belongs to. */
export const AttainmentObservationSchema = z.object({
  personId: z.string().trim().min(1, { error: 'Person id must not be empty' }),
  linkedItems: z
    .array(ItemRefSchema)
    .min(1, { error: 'Link the outcome to at least one framework outcome to count it' }),
  attainment: AttainmentSchema,
  /** Groups the person belongs to, such as { ageBand: '65-74', deliveryMechanism: 'direct-payment' }. */
  cohort: z.record(z.string(), z.string()).optional(),
})
export type AttainmentObservation = z.infer<typeof AttainmentObservationSchema>

export const AggregateOptionsSchema = z.object({
  groupBy: z
    .array(z.string().trim().min(1, { error: 'Each grouping must name a cohort field' }))
    .refine((keys) => new Set(keys).size === keys.length, { error: 'Name each cohort field to group by only once' }),
})
export type AggregateOptions = z.infer<typeof AggregateOptionsSchema>

export type Cell = { status: 'published'; count: number } | { status: 'suppressed' }

export interface AttainmentRow {
  /** The cohort values of this row; empty on the row for everyone. */
  group: Record<string, string>
  /** True on the row that counts everyone rated on the item, whatever their group. */
  everyone: boolean
  counts: Record<Attainment, Cell>
  total: Cell
}

export interface ItemAttainment extends ItemRef {
  rows: AttainmentRow[]
}

export interface AttainmentTable {
  groupBy: string[]
  items: ItemAttainment[]
  explanation: string[]
  rulesVersion: string
}

const notRecorded = 'not recorded'
const leastAchievedFirst: readonly Attainment[] = ['not-achieved', 'partly', 'fully']

/**
 * Counts the people whose outcomes were rated fully, partly or not achieved, for each framework item and,
 * with `groupBy`, for each cohort, with a row for everyone. Counts of 1 to 4 are hidden, and so are enough
 * others that no hidden count can be worked out from the published counts and totals (see the README).
 */
export function aggregateAttainment(ratings: readonly unknown[], options: unknown): Result<AttainmentTable> {
  const parsedOptions = parse(AggregateOptionsSchema, options, { labels: { groupBy: 'Group by' }, prefix: 'options' })
  if (!parsedOptions.ok) return parsedOptions
  const { groupBy } = parsedOptions.value
  const parsed = parse(z.array(AttainmentObservationSchema), ratings, {
    labels: { personId: 'Person', linkedItems: 'Linked outcomes', attainment: 'Rating', cohort: 'Cohort' },
    prefix: 'ratings',
  })
  if (!parsed.ok) return parsed
  const people = peopleByItem(parsed.value, groupBy)
  if (!people.ok) return people

  const items: ItemAttainment[] = [...people.value.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, byPerson]) => {
      const [frameworkId = '', itemId = ''] = key.split('\u0000')
      return { frameworkId, itemId, rows: protectedRows([...byPerson.values()], groupBy) }
    })
  return ok({ groupBy, items, explanation: explain(groupBy), rulesVersion: attainmentRulesVersion })
}

interface Counted {
  attainment: Attainment
  group: Record<string, string>
}

/** Each person counts once per item; if several of their outcomes meet the item, the least achieved counts. */
function peopleByItem(
  observations: readonly AttainmentObservation[],
  groupBy: readonly string[],
): Result<Map<string, Map<string, Counted>>> {
  const errors: Issue[] = []
  const groupOf = new Map<string, { group: Record<string, string>; at: number }>()
  const byItem = new Map<string, Map<string, Counted>>()
  observations.forEach((observation, index) => {
    const group = Object.fromEntries(groupBy.map((key) => [key, observation.cohort?.[key] ?? notRecorded]))
    const earlier = groupOf.get(observation.personId)
    if (earlier === undefined) {
      groupOf.set(observation.personId, { group, at: index })
    } else {
      const clash = groupBy.find((key) => earlier.group[key] !== group[key])
      if (clash !== undefined) {
        errors.push({
          path: `ratings.${index}.cohort.${clash}`,
          message: `Person "${observation.personId}" is in "${group[clash]}" here but in "${earlier.group[clash]}" at ratings.${earlier.at}; a person can be in only one ${clash} group, or the table would count them twice`,
        })
        return
      }
    }
    for (const link of observation.linkedItems) {
      const key = `${link.frameworkId}\u0000${link.itemId}`
      const counted = byItem.get(key) ?? new Map<string, Counted>()
      byItem.set(key, counted)
      const previous = counted.get(observation.personId)
      if (
        previous === undefined ||
        leastAchievedFirst.indexOf(observation.attainment) < leastAchievedFirst.indexOf(previous.attainment)
      ) {
        counted.set(observation.personId, { attainment: observation.attainment, group })
      }
    }
  })
  return errors.length > 0 ? fail(...errors) : ok(byItem)
}

interface RawRow {
  group: Record<string, string>
  everyone: boolean
  counts: number[]
}

function protectedRows(counted: readonly Counted[], groupBy: readonly string[]): AttainmentRow[] {
  const everyone: RawRow = { group: {}, everyone: true, counts: attainmentLevels.map(() => 0) }
  const groups = new Map<string, RawRow>()
  for (const person of counted) {
    const level = attainmentLevels.indexOf(person.attainment)
    everyone.counts[level] = (everyone.counts[level] ?? 0) + 1
    if (groupBy.length === 0) continue
    const key = JSON.stringify(groupBy.map((name) => person.group[name]))
    const row = groups.get(key) ?? { group: person.group, everyone: false, counts: attainmentLevels.map(() => 0) }
    groups.set(key, row)
    row.counts[level] = (row.counts[level] ?? 0) + 1
  }
  const rows = [
    ...[...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row),
    everyone,
  ]
  const grouped = groupBy.length > 0
  // Without groups the columns have no published totals: their shared vertex constrains nothing.
  const hidden = chooseSuppressed(gridCells(rows, grouped), smallNumberRule, { free: grouped ? [] : [rows.length] })
  const width = attainmentLevels.length + 1
  return rows.map((row, rowIndex) => {
    const cellAt = (column: number, count: number): Cell =>
      hidden[rowIndex * width + column] ? { status: 'suppressed' } : { status: 'published', count }
    const counts = Object.fromEntries(
      attainmentLevels.map((level, column) => [level, cellAt(column, row.counts[column] ?? 0)]),
    ) as Record<Attainment, Cell>
    return { group: row.group, everyone: row.everyone, counts, total: cellAt(attainmentLevels.length, sum(row.counts)) }
  })
}

/**
 * Lays the rows out as cells row by row, each row's levels then its total. With groups, the last row (everyone)
 * is the column totals, so every column is a published sum; without groups there is one row and its columns
 * constrain nothing, so they share one free vertex.
 */
function gridCells(rows: readonly RawRow[], grouped: boolean): CountCell[] {
  const levels = attainmentLevels.length
  const lastRow = rows.length - 1
  const firstColumn = rows.length
  const cells: CountCell[] = []
  rows.forEach((row, rowIndex) => {
    for (let column = 0; column <= levels; column += 1) {
      const isRowTotal = column === levels
      const isColumnTotal = grouped && rowIndex === lastRow
      const value = isRowTotal ? sum(row.counts) : (row.counts[column] ?? 0)
      cells.push({
        value,
        row: rowIndex,
        col: grouped ? firstColumn + column : firstColumn,
        sign: isRowTotal !== isColumnTotal ? -1 : 1,
        column,
        isTotal: isRowTotal || isColumnTotal,
      })
    }
  })
  return cells
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}

function explain(groupBy: readonly string[]): string[] {
  const grouping =
    groupBy.length === 0
      ? 'One row per framework outcome counts everyone rated on it.'
      : `Each framework outcome has a row for each group of ${groupBy.join(' and ')}, and a row for everyone.`
  return [
    'Each person counts once for each framework outcome; if more than one of their outcomes is linked to it, the least achieved one counts, so the table never overstates attainment.',
    grouping,
    'Counts from 1 to 4 are hidden, shown as "suppressed".',
    'Where a hidden count could be worked out by taking the other counts from a total, further counts or totals are hidden too, so that no hidden count can be worked out from what is published. A count of 0 is never hidden.',
  ]
}
