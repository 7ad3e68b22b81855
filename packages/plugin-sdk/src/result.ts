/** One problem found in input from a person: `path` is the dotted field (`branding.colours.link`). */
export type Issue = { path: string; message: string }

export type Result<T> = { ok: true; value: T } | { ok: false; errors: Issue[] }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T>(errors: Issue[]): Result<T> {
  return { ok: false, errors }
}
