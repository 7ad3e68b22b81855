import type { z } from 'zod'
import { ok } from './result.js'
import type { Issue } from './result.js'

/*
 * Turns zod's issues into plain English for the people who write plugins: often not developers. Each message is the
 * reason only ("must not be empty"); the caller puts the plugin and the field in front of it.
 */

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ ... ]',
  object: 'a group of fields { ... }',
}

/** A value as a person would name it: never a dump of code or a whole object. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}...` : value}"`
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a group of fields'
  return `a ${typeof value}`
}

function plural(count: number | bigint, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** A per-parse error map: zod asks it only for issues whose schema set no message of its own. */
function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required'
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`
    case 'too_small':
      if (issue.origin === 'string') {
        return issue.minimum === 1 ? 'must not be empty' : `must be at least ${plural(issue.minimum, 'character')} long`
      }
      if (issue.origin === 'array') return `must have at least ${plural(issue.minimum, 'item')}`
      return issue.inclusive ? `must be ${issue.minimum} or more` : `must be more than ${issue.minimum}`
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${plural(issue.maximum, 'character')} long`
      if (issue.origin === 'array') return `must have at most ${plural(issue.maximum, 'item')}`
      return issue.inclusive ? `must be ${issue.maximum} or less` : `must be less than ${issue.maximum}`
    default:
      return undefined
  }
}

type LooseDef = { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType; innerType?: z.core.$ZodType }

function defOf(schema: z.core.$ZodType): LooseDef {
  let def = schema._zod.def as LooseDef
  while ((def.type === 'optional' || def.type === 'nullable') && def.innerType !== undefined) {
    def = def.innerType._zod.def as LooseDef
  }
  return def
}

/**
 * The field names the schema allows at `path`, to list beside an unknown one; undefined where the path runs through
 * something other than plain objects and lists (a choice of shapes, such as a question's type), which cannot say.
 */
function knownFieldsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let def = defOf(schema)
  for (const segment of path) {
    const next = def.type === 'object' ? def.shape?.[String(segment)] : def.type === 'array' ? def.element : undefined
    if (next === undefined) return undefined
    def = defOf(next)
  }
  return def.type === 'object' ? Object.keys(def.shape ?? {}) : undefined
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

function unknownFieldMessage(key: string, known: string[] | undefined): string {
  if (known === undefined) return 'is not a recognised field here: check the spelling'
  if (known.length === 0) return 'is not a recognised field: nothing is allowed here yet'
  // Short names are too close to everything for two edits to mean a typo.
  const tolerance = key.length <= 4 ? 1 : 2
  const near = known.find((field) => editDistance(field.toLowerCase(), key.toLowerCase()) <= tolerance)
  const hint = near === undefined ? 'check the spelling' : `did you mean ${near}?`
  return `is not a recognised field (${hint}). Fields allowed here: ${known.join(', ')}`
}

/** Ends the message with a full stop unless it already ends a sentence. */
export function asSentence(message: string): string {
  return /[.?!]$/.test(message) ? message : `${message}.`
}

export function joinPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.')
}

/** An issue that is about a pair of fields also names the other one (a check sets `params.relatedField`). */
export type PlainIssue = Issue & { relatedPath?: string }

function relatedPath(issue: z.core.$ZodIssue): string | undefined {
  const related: unknown = issue.code === 'custom' ? issue.params?.relatedField : undefined
  return typeof related === 'string' ? joinPath([...issue.path.slice(0, -1), related]) : undefined
}

/** Parses with plain-English reasons; an unknown field becomes one issue per field, at that field's own path. */
export function parsePlainly<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): { ok: true; value: z.infer<Schema> } | { ok: false; errors: PlainIssue[] } {
  const parsed = schema.safeParse(input, { error: plainMessage })
  if (parsed.success) return ok(parsed.data)
  const errors = parsed.error.issues.flatMap((issue): PlainIssue[] => {
    if (issue.code !== 'unrecognized_keys') {
      const related = relatedPath(issue)
      return [{ path: joinPath(issue.path), message: issue.message, ...(related === undefined ? {} : { relatedPath: related }) }]
    }
    const known = knownFieldsAt(schema, issue.path)
    return issue.keys.map((key) => ({ path: joinPath([...issue.path, key]), message: unknownFieldMessage(key, known) }))
  })
  return { ok: false, errors }
}
