import type { Issue } from '@open-sds/kernel'

export type RecordKind = 'person' | 'request' | 'assessment' | 'service' | 'review'

/**
 * A problem that stops the file being made, with the record to put right: an administrator is shown each record with
 * a link to it. `column` is the CLD column the problem is in.
 */
export type CldIssue = Issue & { record?: { kind: RecordKind; id: string }; column?: string }

export type CldResult<T> = { ok: true; value: T } | { ok: false; errors: CldIssue[] }

/** The issues grouped by the record they are about, in first-seen order: one entry per record to fix. */
export function recordsToFix(errors: readonly CldIssue[]): Array<{ kind: RecordKind; id: string; problems: string[] }> {
  const byRecord = new Map<string, { kind: RecordKind; id: string; problems: string[] }>()
  for (const error of errors) {
    if (!error.record) continue
    const key = `${error.record.kind}:${error.record.id}`
    const entry = byRecord.get(key) ?? { ...error.record, problems: [] }
    if (!entry.problems.includes(error.message)) entry.problems.push(error.message)
    byRecord.set(key, entry)
  }
  return [...byRecord.values()]
}
