import type { z } from 'zod'
import { fieldName, type FieldLabels } from './field-name.js'
import { describeValue, orList } from './words.js'

type RawIssue = z.core.$ZodRawIssue

/** What a field must be, by zod's name for the kind of value. */
const kindOfValue: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no (true or false)',
  array: 'a list',
  object: 'a group of fields',
  record: 'a group of fields',
  date: 'a date',
}

const describeKind = (expected: string): string => kindOfValue[expected] ?? `of type ${expected}`

const formatExample: Record<string, string> = {
  date: 'a real date written as YYYY-MM-DD, for example 2026-04-01',
  datetime: 'a date and time with its time zone, for example 2026-04-01T09:30:00Z',
  time: 'a time written as HH:MM, for example 09:30',
  email: 'an email address, for example name@example.com',
  url: 'a web address, for example https://www.example.gov.uk',
  uuid: 'an identifier in UUID form, for example 123e4567-e89b-12d3-a456-426614174000',
}

const choices = (values: readonly unknown[]): string =>
  orList(values.map((value) => JSON.stringify(value) ?? String(value)))

/** The value a discriminated union keyed on (zod reports the whole object as the input and the key as the path). */
function inputOf(raw: RawIssue): unknown {
  if (
    raw.code === 'invalid_union' &&
    typeof raw.discriminator === 'string' &&
    typeof raw.input === 'object' &&
    raw.input !== null
  ) {
    return (raw.input as Record<string, unknown>)[raw.discriminator]
  }
  return raw.input
}

const plural = (count: number | bigint, noun: string): string =>
  `${String(count)} ${noun}${count === 1 || count === 1n ? '' : 's'}`

function tooSmall(raw: RawIssue & { code: 'too_small' }): string {
  const minimum = raw.minimum
  if (raw.origin === 'string')
    return Number(minimum) <= 1 ? 'must not be empty' : `must be at least ${plural(minimum, 'character')} long`
  if (raw.origin === 'array' || raw.origin === 'set') return `must have at least ${plural(minimum, 'item')}`
  if (raw.origin === 'date') return `must be on or after ${String(minimum)}`
  return raw.inclusive === false ? `must be more than ${String(minimum)}` : `must be ${String(minimum)} or more`
}

function tooBig(raw: RawIssue & { code: 'too_big' }): string {
  const maximum = raw.maximum
  if (raw.origin === 'string') return `must be ${plural(maximum, 'character')} or fewer`
  if (raw.origin === 'array' || raw.origin === 'set') return `must have ${plural(maximum, 'item')} or fewer`
  if (raw.origin === 'date') return `must be on or before ${String(maximum)}`
  return raw.inclusive === false ? `must be less than ${String(maximum)}` : `must be ${String(maximum)} or less`
}

function union(raw: RawIssue & { code: 'invalid_union' }): string {
  const options = 'options' in raw ? raw.options : undefined
  if (Array.isArray(options) && options.length > 0)
    return `must be ${options.length === 1 ? '' : 'one of '}${choices(options)}`
  // A union of plain kinds (text or a number): say which would have been accepted.
  const kinds = raw.errors.flatMap((branch) => {
    const first = branch[0]
    return branch.length === 1 && first?.code === 'invalid_type' && first.path.length === 0
      ? [describeKind(first.expected)]
      : []
  })
  if (kinds.length > 0 && kinds.length === raw.errors.length)
    return `must be ${orList([...new Set(kinds)])}, not ${describeValue(raw.input)}`
  return 'is not in a form we recognise'
}

/** The reason alone ("must not be empty"), for issues whose schema wrote no message of its own. */
function reason(raw: RawIssue): string {
  switch (raw.code) {
    case 'invalid_type':
      return `must be ${describeKind(raw.expected)}, not ${describeValue(raw.input)}`
    case 'invalid_value':
      return `must be ${raw.values.length === 1 ? '' : 'one of '}${choices(raw.values)}`
    case 'invalid_union':
      return union(raw)
    case 'too_small':
      return tooSmall(raw)
    case 'too_big':
      return tooBig(raw)
    case 'invalid_format':
      return raw.format === 'regex'
        ? 'is not in the form expected'
        : `must be ${formatExample[raw.format] ?? `a valid ${raw.format}`}`
    case 'not_multiple_of':
      return `must be a multiple of ${String(raw.divisor)}`
    case 'invalid_element':
      return 'has an entry that is not accepted'
    default:
      return 'is not accepted'
  }
}

const isAbsent = (value: unknown): boolean => value === undefined || value === null

/**
 * The one wording of a zod issue for a person, naming the field: "Weekly cost (in pence) must be 0 or more",
 * "Date of birth is required". zod's own messages ("Invalid input: expected string, received undefined") are written
 * for developers; these are written for the person at the form. A message the schema wrote itself always wins,
 * because zod only asks this for issues that have none.
 */
export function plainMessage(raw: RawIssue, labels: FieldLabels = {}): string {
  const path = raw.path ?? []
  if (raw.code === 'invalid_key') {
    // zod puts the entry's name at the end of the path: the field is the one holding it.
    return `${fieldName(path.slice(0, -1), labels)} has an entry named "${String(path.at(-1))}", which is not accepted`
  }
  const name = fieldName(path, labels)
  const absent =
    (raw.code === 'invalid_type' || raw.code === 'invalid_value' || raw.code === 'invalid_union') &&
    isAbsent(inputOf(raw))
  return absent ? `${name} is required` : `${name} ${reason(raw)}`
}
