import type { z } from 'zod'

/** One problem with an input: `path` is dotted (`answers.q3`, `immediateSafety.actionsTaken.0`), `message` is plain English. */
export type Issue = { path: string; message: string }

export type Result<T> = { ok: true; value: T } | { ok: false; errors: Issue[] }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })

export const fail = <T = never>(...errors: Issue[]): Result<T> => ({ ok: false, errors })

export const issue = (path: string, message: string): Issue => ({ path, message })

/** `whatPeopleSaid` -> `What people said`: a readable name for a field when no better message was written. */
function fieldName(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((key) => typeof key === 'string')
  if (typeof last !== 'string') return 'This answer'
  const words = last.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const kindOfValue: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no (true or false)',
  array: 'a list',
  object: 'a group of answers',
  date: 'a date',
}

const formatExample: Record<string, string> = {
  date: 'a date written as YYYY-MM-DD, for example 2026-04-01',
  datetime: 'a date and time with its time zone, for example 2026-04-01T09:30:00Z',
}

/**
 * Messages for issues that a schema did not word itself. zod's own messages ("Invalid input: expected
 * string, received undefined") are written for developers; these are written for the person at the form.
 */
function plainMessage(issue: z.core.$ZodRawIssue): string {
  const name = fieldName(issue.path ?? [])
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return `${name} is missing: it is needed here`
      return `${name} must be ${kindOfValue[issue.expected] ?? issue.expected}`
    case 'invalid_value':
      return `${name} must be one of: ${issue.values.map((value) => String(value)).join(', ')}`
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options
      return options ? `${name} must be one of: ${options.map(String).join(', ')}` : `${name} is not in a form we recognise`
    }
    case 'too_small':
      if (issue.origin === 'string') return `${name} cannot be empty`
      if (issue.origin === 'array') return `${name} needs at least ${String(issue.minimum)}`
      return `${name} must be ${String(issue.minimum)} or more`
    case 'too_big':
      if (issue.origin === 'string') return `${name} must be ${String(issue.maximum)} characters or fewer`
      if (issue.origin === 'array') return `${name} can have at most ${String(issue.maximum)}`
      return `${name} must be ${String(issue.maximum)} or less`
    case 'invalid_format':
      return `${name} must be ${formatExample[issue.format] ?? `in ${issue.format} format`}`
    case 'unrecognized_keys':
      return `${issue.keys.join(', ')} ${issue.keys.length === 1 ? 'is' : 'are'} not accepted here`
    default:
      return `${name} is not valid`
  }
}

const dotted = (path: readonly PropertyKey[]): string => path.map(String).join('.')

/**
 * Open SDS packages are built on zod 4 (docs/decisions/013-zod-policy.md). A zod 3 schema has a `safeParse` too, but it
 * ignores the plain-English wording and reports issues in another shape, so a supplier would get developer messages
 * with no sign of why. A schema mistake is the developer's, not a person's input, so this throws rather than
 * returning an Issue. zod 4 schemas carry `_zod`; zod 3 schemas do not.
 */
function assertZod4Schema(schema: unknown): void {
  if (typeof schema === 'object' && schema !== null && '_zod' in schema) return
  throw new TypeError(
    '@open-sds/kernel parse() needs a zod 4 schema, and this is not one (is it from zod 3?). ' +
      'Build the schema with zod 4: an app on zod 3 can install zod 4 beside it under another name.',
  )
}

/** Validate `input` against `schema`, turning every problem into an Issue (prefixing paths with `prefix`). */
export function parse<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): Result<z.output<S>> {
  assertZod4Schema(schema)
  const parsed = schema.safeParse(input, { error: plainMessage })
  if (parsed.success) return ok(parsed.data)
  return {
    ok: false,
    errors: parsed.error.issues.map((found) => {
      // An unexpected field is reported at the field itself, not at the object holding it.
      const path = found.code === 'unrecognized_keys' && found.keys.length === 1 ? [...found.path, ...found.keys] : found.path
      return { path: [prefix, dotted(path)].filter((part) => part !== '').join('.'), message: found.message }
    }),
  }
}
