import type { NewAuditEntry, Repositories } from '@open-sds/db'
import type { AppContext } from './context.js'

type Outcome = { ok: true; value: unknown } | { ok: false }

/**
 * A change that answers with a Result, stored with the audit entries made from what it stored, in one transaction
 * (decision 016). A refusal (`ok: false`) stores nothing and has no entry; it is returned for the page to explain.
 * Anything slow that is not the database (a password hash, a calculation) belongs before this call: other requests
 * wait while the transaction is open.
 */
export function auditedChange<R extends Outcome>(
  context: AppContext,
  change: (repos: Repositories) => Promise<R>,
  entries: (stored: Extract<R, { ok: true }>['value']) => NewAuditEntry | readonly NewAuditEntry[],
): Promise<R> {
  return context.database.withAudit(change, (outcome) =>
    outcome.ok ? entries((outcome as Extract<R, { ok: true }>).value) : undefined,
  )
}
