import { joinPath, parse, type Issue, type Result } from '@open-sds/kernel'
import type { z } from 'zod'

/** Ends the message with a full stop unless it already ends a sentence. */
export function asSentence(message: string): string {
  return /[.?!]$/.test(message) ? message : `${message}.`
}

/** An issue that is about a pair of fields also names the other one (a check sets `params.relatedField`). */
export type PlainIssue = Issue & { relatedPath?: string }

/**
 * The other field of each pair-check that failed, by the issue's path and message. Only asked once the kernel's parse
 * has failed, so a valid configuration is parsed once.
 */
function relatedPaths(schema: z.ZodType, input: unknown): Map<string, string> {
  const related = new Map<string, string>()
  const parsed = schema.safeParse(input)
  for (const found of parsed.success ? [] : parsed.error.issues) {
    const field: unknown = found.code === 'custom' ? found.params?.relatedField : undefined
    if (typeof field === 'string')
      related.set(
        `${joinPath(...found.path.map(String))}\u0000${found.message}`,
        joinPath(...found.path.slice(0, -1).map(String), field),
      )
  }
  return related
}

/** The kernel's plain-English parse, with the other field named on an issue about a pair of fields. */
export function parsePlainly<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): Result<z.output<Schema>> | { ok: false; errors: PlainIssue[] } {
  const parsed = parse(schema, input)
  if (parsed.ok) return parsed
  const related = relatedPaths(schema, input)
  return {
    ok: false,
    errors: parsed.errors.map((found): PlainIssue => {
      const relatedPath = related.get(`${found.path}\u0000${found.message}`)
      return relatedPath === undefined ? found : { ...found, relatedPath }
    }),
  }
}
