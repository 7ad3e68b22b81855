import { AsyncLocalStorage } from 'node:async_hooks'
import type Database from 'better-sqlite3'
import { NewAuditEntrySchema, type NewAuditEntry } from './records.js'
import type { Repositories } from './repositories/index.js'
import type { Store } from './store.js'

/** What a write's audit entries are worked out from: its own result, so the entry can name what was made. */
export type AuditFor<T> = (value: T) => NewAuditEntry | readonly NewAuditEntry[] | undefined

/**
 * Runs `work` with the repositories and appends the audit entries `audit` gives for its result, in one transaction:
 * either the change and its entries are both stored, or neither is. `work` returning a failed Result
 * (`{ ok: false }`) or throwing rolls everything back, so a refusal half-way through leaves nothing behind.
 */
export type WithAudit = <T>(work: (repos: Repositories) => Promise<T>, audit: AuditFor<T>) => Promise<T>

const isFailedResult = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'ok' in value && (value as { ok: unknown }).ok === false

function checkedEntries(entries: NewAuditEntry | readonly NewAuditEntry[] | undefined) {
  const list: readonly NewAuditEntry[] =
    entries === undefined ? [] : Array.isArray(entries) ? entries : [entries as NewAuditEntry]
  return list.map((entry) => {
    const parsed = NewAuditEntrySchema.safeParse(entry)
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      throw new TypeError(`Audit entry refused: ${problems.join('; ')}`)
    }
    return parsed.data
  })
}

/**
 * better-sqlite3 is synchronous, but the repositories answer with Promises (so PostgreSQL can stand in, decision 020),
 * and a repository call or a write made of several calls awaits between its queries. On one connection, anything
 * another request ran in those gaps would land inside a transaction, or read what it has not yet committed. So each
 * repository call and each transaction holds a gate: calls from outside wait until it ends, calls from inside it (known
 * by the async context they run in) go straight through, and only one holds it at a time. PostgreSQL needs none of
 * this: each transaction has its own connection.
 */
export class TransactionGate {
  private readonly inside = new AsyncLocalStorage<true>()
  private busy: Promise<void> | undefined

  get isInside(): boolean {
    return this.inside.getStore() === true
  }

  /** What a caller outside must wait for, if anything holds the gate. */
  get waitFor(): Promise<void> | undefined {
    return this.isInside ? undefined : this.busy
  }

  /** Runs `body` as the only holder of the gate; calls from inside it join it. */
  async exclusive<T>(body: () => Promise<T>): Promise<T> {
    if (this.isInside) return body()
    // Check and take in one synchronous step, so two callers cannot both see the gate open.
    for (let open = this.waitFor; open !== undefined; open = this.waitFor) await open
    let release!: () => void
    this.busy = new Promise<void>((resolve) => (release = resolve))
    try {
      return await this.inside.run(true, body)
    } finally {
      this.busy = undefined
      release()
    }
  }

  /** Runs `body` in one transaction, holding the gate; inside a transaction already, it joins it. */
  run<T>(sqlite: Database.Database, body: () => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      if (sqlite.inTransaction) return body()
      sqlite.exec('BEGIN IMMEDIATE')
      try {
        const value = await body()
        sqlite.exec('COMMIT')
        return value
      } catch (error) {
        if (sqlite.inTransaction) sqlite.exec('ROLLBACK')
        throw error
      }
    })
  }
}

/** Thrown inside the transaction to roll back a write that answered with a failed Result; never escapes. */
class RolledBack<T> extends Error {
  constructor(readonly value: T) {
    super('rolled back')
  }
}

/** `withAudit` over either engine: `reposIn` gives the repositories that run inside the transaction's store. */
export function createWithAudit(store: Store, reposIn: (transaction: Store) => Repositories): WithAudit {
  return async (work, audit) => {
    try {
      return await store.transaction(async (transaction) => {
        const value = await work(reposIn(transaction))
        if (isFailedResult(value)) throw new RolledBack(value)
        const entries = checkedEntries(audit(value))
        if (entries.length > 0) await transaction.db.insert(transaction.t.auditLog).values(entries)
        return value
      })
    } catch (error) {
      if (error instanceof RolledBack) return error.value as Awaited<ReturnType<typeof work>>
      throw error
    }
  }
}

/**
 * The SQLite repositories as the rest of the code sees them: each call holds the gate (see TransactionGate) while it
 * runs, so no other call's queries interleave with its own.
 */
export function gatedRepositories(repos: Repositories, gate: TransactionGate): Repositories {
  const gated: Record<string, unknown> = {}
  for (const [name, repository] of Object.entries(repos) as [string, Record<string, unknown>][]) {
    const wrapped: Record<string, unknown> = {}
    for (const [method, implementation] of Object.entries(repository)) {
      if (typeof implementation !== 'function') continue
      wrapped[method] = (...args: unknown[]) =>
        gate.exclusive(async () => (implementation as (...a: unknown[]) => unknown).apply(repository, args))
    }
    gated[name] = wrapped
  }
  return gated as unknown as Repositories
}
