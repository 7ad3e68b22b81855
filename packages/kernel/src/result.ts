/** One problem with an input: `path` is dotted (`answers.q3`, `supports.0.weeklyPence`), `message` is plain English. */
export type Issue = { path: string; message: string }

/** What every function that takes input from people returns instead of throwing. */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: Issue[] }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })

export const fail = <T = never>(...errors: Issue[]): Result<T> => ({ ok: false, errors })

export const issue = (path: string, message: string): Issue => ({ path, message })

/** Joins path segments into the dotted form every Issue uses, skipping empty ones. */
export function joinPath(...segments: ReadonlyArray<string | number | undefined>): string {
  return segments.filter((segment) => segment !== undefined && segment !== '').join('.')
}

/** Puts `prefix` in front of each issue's path, so an issue found inside a part names where that part sits. */
export function prefixIssues(prefix: string, issues: readonly Issue[]): Issue[] {
  return issues.map((found) => ({ ...found, path: joinPath(prefix, found.path) }))
}
