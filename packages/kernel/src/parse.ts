import type { z } from 'zod'
import type { FieldLabels } from './field-name.js'
import { plainMessage } from './plain-messages.js'
import { joinPath, ok, type Issue, type Result } from './result.js'
import { knownFieldsAt, unknownFieldMessage } from './unknown-fields.js'

export type ParseOptions = {
  /** Put in front of every issue's path: where the part being parsed sits in a larger input. */
  prefix?: string
  /** Names people see for fields, by key, where spelling out the key would not do ("ratedBy" -> "Who rated it"). */
  labels?: FieldLabels
}

// What the error map gives an unknown field, so that it can be reworded per field with the schema in hand. A message
// a schema wrote for its unknown fields is kept as it is.
const UNKNOWN_FIELDS = '\u0000unknown-fields'

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

/**
 * Validate `input` against `schema`, turning every problem into an Issue a person can act on: a dotted path (behind
 * `prefix`) and a message naming the field in plain English. Never throws on bad input.
 */
export function parse<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefixOrOptions: string | ParseOptions = {},
): Result<z.output<S>> {
  assertZod4Schema(schema)
  const { prefix = '', labels = {} } =
    typeof prefixOrOptions === 'string' ? { prefix: prefixOrOptions } : prefixOrOptions
  const parsed = schema.safeParse(input, {
    error: (raw) => (raw.code === 'unrecognized_keys' ? UNKNOWN_FIELDS : plainMessage(raw, labels)),
  })
  if (parsed.success) return ok(parsed.data)
  const errors = parsed.error.issues.flatMap((found): Issue[] => {
    if (found.code === 'unrecognized_keys' && found.message === UNKNOWN_FIELDS) {
      // Each unknown field is reported at the field itself, where a form or a file can point at it.
      const known = knownFieldsAt(schema, found.path, input)
      return found.keys.map((key) => ({
        path: joinPath(prefix, ...found.path.map(String), key),
        message: unknownFieldMessage(key, known),
      }))
    }
    // A schema's own message about one unexpected field is put at that field too.
    const path =
      found.code === 'unrecognized_keys' && found.keys.length === 1 ? [...found.path, ...found.keys] : found.path
    return [{ path: joinPath(prefix, ...path.map(String)), message: found.message }]
  })
  return { ok: false, errors }
}
