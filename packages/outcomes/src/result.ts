/** One problem with something a person gave us: `path` is dotted (`items.2.id`), `message` is plain English. */
export type Issue = { path: string; message: string }

/** What every function that takes input from people returns instead of throwing. */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: Issue[] }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T = never>(errors: Issue[]): Result<T> {
  return { ok: false, errors }
}

/** Puts `prefix` in front of each issue's path, so an issue found inside a part names where that part sits. */
export function prefixIssues(prefix: string, issues: Issue[]): Issue[] {
  if (prefix === '') return issues
  return issues.map((issue) => ({ ...issue, path: issue.path === '' ? prefix : `${prefix}.${issue.path}` }))
}
