import type { z } from 'zod'

/** One problem with what was given, located by a dotted path such as `income.2.weeklyPence`. */
export type Issue = { path: string; message: string }

export type Result<T> = { ok: true; value: T } | { ok: false; errors: Issue[] }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })

export const fail = <T = never>(errors: Issue[]): Result<T> => ({ ok: false, errors })

export const issue = (path: string, message: string): Issue => ({ path, message })

const joinPath = (prefix: string, segments: readonly PropertyKey[]): string =>
  [prefix, ...segments.map(String)].filter((part) => part !== '').join('.')

const describeInput = (input: unknown): string => {
  if (input === undefined) return 'nothing'
  if (input === null) return 'empty (null)'
  if (typeof input === 'string') return `text ("${input.length > 30 ? `${input.slice(0, 30)}...` : input}")`
  if (typeof input === 'number') return Number.isNaN(input) ? 'not a number' : String(input)
  if (Array.isArray(input)) return 'a list'
  return `a ${typeof input}`
}

const plainExpected: Record<string, string> = {
  number: 'a number',
  string: 'text',
  boolean: 'yes or no (true or false)',
  object: 'a group of fields',
  array: 'a list',
  function: 'a function',
}

/**
 * Most fields carry their own plain-English messages (see schemas/fields.ts); this turns the structural
 * issues that remain (unknown fields, wrong kinds of value, unknown options) into sentences without zod jargon.
 */
export function issuesFromZod(error: z.ZodError, prefix = ''): Issue[] {
  const issues: Issue[] = []
  for (const zodIssue of error.issues) {
    const path = joinPath(prefix, zodIssue.path)
    const field = path === '' ? 'The input' : `"${path}"`
    switch (zodIssue.code) {
      case 'unrecognized_keys':
        for (const key of zodIssue.keys) {
          issues.push(
            issue(
              joinPath(path, [key]),
              `"${key}" is not a field this accepts: check its spelling and where it is placed`,
            ),
          )
        }
        break
      case 'invalid_type': {
        const input = (zodIssue as { input?: unknown }).input
        const customised = !zodIssue.message.startsWith('Invalid input')
        if (customised) issues.push(issue(path, zodIssue.message))
        else if (input === undefined) issues.push(issue(path, `${field} is required`))
        else
          issues.push(
            issue(
              path,
              `${field} must be ${plainExpected[zodIssue.expected] ?? zodIssue.expected}, not ${describeInput(input)}`,
            ),
          )
        break
      }
      case 'invalid_union': {
        const options = (zodIssue as { options?: unknown[] }).options
        if (options)
          issues.push(issue(path, `${field} must be one of: ${options.map((o) => `"${String(o)}"`).join(', ')}`))
        else issues.push(issue(path, `${field} does not match any of the accepted shapes`))
        break
      }
      case 'invalid_value':
        issues.push(
          zodIssue.message.startsWith('Invalid')
            ? issue(path, `${field} must be one of: ${zodIssue.values.map((v) => `"${String(v)}"`).join(', ')}`)
            : issue(path, zodIssue.message),
        )
        break
      default:
        issues.push(issue(path, zodIssue.message))
    }
  }
  return issues
}
