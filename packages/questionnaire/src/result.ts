/** A problem with something a person or a caller gave us: where it is (a dotted path) and what is wrong, in plain English. */
export type Issue = { path: string; message: string }

/** Functions that take input from people return this instead of throwing. */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: Issue[] }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T = never>(errors: Issue[]): Result<T> {
  return { ok: false, errors }
}

export function issue(path: string, message: string): Issue {
  return { path, message }
}

/** Joins path segments into the dotted form used in every Issue, skipping empty ones. */
export function joinPath(...segments: Array<string | number | undefined>): string {
  return segments.filter((s) => s !== undefined && s !== '').join('.')
}
