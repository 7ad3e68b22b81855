import type { z } from 'zod'
import { fail, ok } from './result.js'
import type { Issue, Result } from './result.js'

// Passed as the per-parse error map so that an issue still carrying it had no message written in the schema:
// those are the ones we word ourselves, while a schema's own message always wins.
const DEFAULT_MESSAGE = '\u0000default'

type PathKey = PropertyKey

/**
 * Parses `input` with `schema`, turning any failure into plain-English issues with dotted paths.
 * Never throws on bad input.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(input, { error: () => DEFAULT_MESSAGE })
  if (parsed.success) return ok(parsed.data)
  return fail(issuesFromZod(parsed.error.issues, input))
}

/** Words zod's issues for a person: names the field and says what it must be, without zod's own jargon. */
export function issuesFromZod(zodIssues: readonly z.core.$ZodIssue[], input: unknown): Issue[] {
  return zodIssues.map((zi) => ({
    path: zi.path.map(String).join('.'),
    message: zi.message === DEFAULT_MESSAGE || zi.message === '' ? describeIssue(zi, input) : zi.message,
  }))
}

function describeIssue(zi: z.core.$ZodIssue, input: unknown): string {
  const field = fieldName(zi.path)
  switch (zi.code) {
    case 'invalid_type':
      if (valueAt(input, zi.path) === undefined) return `${field} is required`
      return `${field} must be ${describeType(zi.expected)}`
    case 'too_small':
      return `${field} ${describeBound(zi.origin, zi.minimum, zi.inclusive ?? true, 'min')}`
    case 'too_big':
      return `${field} ${describeBound(zi.origin, zi.maximum, zi.inclusive ?? true, 'max')}`
    case 'invalid_value':
      return `${field} must be ${orList(zi.values.map((v) => JSON.stringify(v)))}`
    case 'invalid_union':
      return describeUnion(zi, field, input)
    case 'unrecognized_keys': {
      const keys = zi.keys.map((k) => `"${k}"`)
      const where = zi.path.length > 0 ? ` in ${field.charAt(0).toLowerCase()}${field.slice(1)}` : ''
      return `${andList(keys)} ${keys.length > 1 ? 'are not fields' : 'is not a field'} we recognise${where}: check the spelling`
    }
    case 'invalid_format':
      return `${field} must be ${describeFormat(zi.format)}`
    case 'not_multiple_of':
      return `${field} must be a multiple of ${String(zi.divisor)}`
    default:
      return `${field} is not valid`
  }
}

function describeUnion(zi: z.core.$ZodIssueInvalidUnion, field: string, input: unknown): string {
  const options = (zi as { options?: unknown[] }).options
  if (Array.isArray(options) && options.length > 0) {
    const choices = orList(options.map((o) => JSON.stringify(o)))
    return valueAt(input, zi.path) === undefined ? `${field} is required: one of ${choices}` : `${field} must be one of ${choices}`
  }
  // A union of plain types (text, number, true/false): list what would have been accepted.
  const expected = zi.errors.flatMap((branch) => {
    const first = branch[0]
    return first?.code === 'invalid_type' && first.path.length === 0 ? [describeType(first.expected)] : []
  })
  if (expected.length === zi.errors.length && expected.length > 0) {
    if (valueAt(input, zi.path) === undefined) return `${field} is required`
    return `${field} must be ${orList([...new Set(expected)])}`
  }
  return `${field} is not in a form we recognise`
}

function fieldName(path: readonly PathKey[]): string {
  const last = path[path.length - 1]
  if (last === undefined) return 'The input'
  if (typeof last === 'number') {
    const parent = path[path.length - 2]
    return parent === undefined ? `Item ${last + 1}` : `Item ${last + 1} of "${String(parent)}"`
  }
  return `"${String(last)}"`
}

function describeType(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text'
    case 'number':
      return 'a number'
    case 'int':
      return 'a whole number'
    case 'boolean':
      return 'true or false'
    case 'array':
      return 'a list'
    case 'object':
    case 'record':
      return 'a group of named fields (an object)'
    default:
      return `of type ${expected}`
  }
}

function describeBound(origin: string, limit: number | bigint, inclusive: boolean, side: 'min' | 'max'): string {
  const n = Number(limit)
  if (origin === 'string') {
    if (side === 'min') return n === 1 ? 'must not be empty' : `must be at least ${n} characters`
    return `must be ${n} characters or fewer`
  }
  if (origin === 'array' || origin === 'set') {
    if (side === 'min') return n === 1 ? 'must have at least one item' : `must have at least ${n} items`
    return `must have ${n} items or fewer`
  }
  if (side === 'min') return inclusive ? `must be ${n} or more` : `must be more than ${n}`
  return inclusive ? `must be ${n} or less` : `must be less than ${n}`
}

function describeFormat(format: string): string {
  switch (format) {
    case 'date':
      return 'a date written as YYYY-MM-DD, for example 2025-04-01'
    case 'regex':
      return 'in the expected format'
    default:
      return `a valid ${format}`
  }
}

function valueAt(input: unknown, path: readonly PathKey[]): unknown {
  let current: unknown = input
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

/** "a", "a or b", "a, b or c": plain English lists for messages. */
export function orList(items: readonly string[]): string {
  return joinList(items, 'or')
}

export function andList(items: readonly string[]): string {
  return joinList(items, 'and')
}

function joinList(items: readonly string[], word: string): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1] ?? ''}`
}
