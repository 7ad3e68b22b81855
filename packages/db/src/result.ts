import type { z } from 'zod'

/** One problem with an input: `path` is the dotted field name, `message` is plain English a person can act on. */
export type Issue = { path: string; message: string }

/** What a function that takes input from people returns instead of throwing. */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: Issue[] }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })

export const fail = <T = never>(path: string, message: string): Result<T> => ({ ok: false, errors: [{ path, message }] })

/** Turns zod's issues into ours. The schemas in this package set a plain message on every check they make. */
export function issuesFromZod(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
}

/** Parses `input` with `schema`, as a Result. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(input)
  return parsed.success ? ok(parsed.data) : { ok: false, errors: issuesFromZod(parsed.error) }
}
