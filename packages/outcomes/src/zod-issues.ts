import type { z } from 'zod'
import type { Issue, Result } from './result.js'
import { fail, ok, prefixIssues } from './result.js'

/** Field names people see, by the last key of a path; anything not listed is spelt out from its camelCase name. */
export type FieldLabels = Readonly<Record<string, string>>

type ZodIssue = z.core.$ZodRawIssue

/**
 * Parses `input` with `schema` and turns each zod issue into an {@link Issue} a person can act on.
 * Messages written on the schema itself win; for the rest we write our own, naming the field,
 * so nobody is shown "expected number, received string".
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: { labels?: FieldLabels; prefix?: string } = {},
): Result<z.output<S>> {
  const labels = options.labels ?? {}
  const parsed = schema.safeParse(input, { error: (issue) => plainMessage(issue, labels) })
  if (parsed.success) return ok(parsed.data)
  const issues: Issue[] = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
  return fail(prefixIssues(options.prefix ?? '', issues))
}

export function fieldLabel(path: readonly PropertyKey[], labels: FieldLabels): string {
  const keys = path.filter((key): key is string => typeof key === 'string')
  const last = keys.at(-1)
  if (last === undefined) return 'This'
  const known = labels[last]
  if (known !== undefined) return known
  const words = last
    .replace(/Pence$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
  const spelt = words.charAt(0).toUpperCase() + words.slice(1)
  return last.endsWith('Pence') ? `${spelt} (in pence)` : spelt
}

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a set of answers',
  date: 'a date',
}

function plainMessage(issue: ZodIssue, labels: FieldLabels): string {
  const label = fieldLabel(issue.path ?? [], labels)
  const absent = issue.input === undefined || issue.input === null
  if (absent && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
    return `${label} is missing`
  }
  switch (issue.code) {
    case 'invalid_type':
      return `${label} must be ${typeWords[issue.expected] ?? issue.expected}`
    case 'too_small':
      return tooSmall(label, issue.origin, Number(issue.minimum))
    case 'too_big':
      return tooBig(label, issue.origin, Number(issue.maximum))
    case 'invalid_format':
      if (issue.format === 'date') return `${label} must be a real date written as YYYY-MM-DD`
      if (issue.format === 'datetime') return `${label} must be a date and time written as YYYY-MM-DDTHH:MM:SSZ`
      return `${label} is not in the right format`
    case 'invalid_value':
      return `${label} must be one of: ${issue.values.map(String).join(', ')}`
    case 'unrecognized_keys':
      return `${label} has fields we do not know: ${issue.keys.join(', ')}`
    case 'not_multiple_of':
      return `${label} must be a multiple of ${String(issue.divisor)}`
    default:
      return `${label} is not valid`
  }
}

function tooSmall(label: string, origin: string, minimum: number): string {
  if (origin === 'string') return minimum <= 1 ? `${label} must not be empty` : `${label} must be at least ${minimum} characters`
  if (origin === 'array') return minimum <= 1 ? `${label} needs at least one entry` : `${label} needs at least ${minimum} entries`
  return `${label} must be ${minimum} or more`
}

function tooBig(label: string, origin: string, maximum: number): string {
  if (origin === 'string') return `${label} must be ${maximum} characters or fewer`
  if (origin === 'array') return `${label} can have at most ${maximum} entries`
  return `${label} must be ${maximum} or less`
}
