import { AsyncLocalStorage } from 'node:async_hooks'
import type Database from 'better-sqlite3'
import { NewAuditEntrySchema, type NewAuditEntry } from './records.js'
import type { Repositories } from './repositories/index.js'
import { auditLog } from './schema.js'
import type { SqliteDb } from './sqlite-db.js'

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
 * better-sqlite3 is synchronous, but the repositories answer with Promises (so a PostgreSQL implementation can stand
 * in), and a write made of several repository calls awaits between them. On one connection, anything another request
 * ran in those gaps would land inside this transaction, or read what it has not yet committed. So a transaction holds
 * a gate: repository calls from outside it wait until it ends, calls from inside it (known by the async context they
 * run in) go straight through, and transactions run one at a time.
 */
export class TransactionGate {
  private readonly inside = new AsyncLocalStorage<true>()
  private busy: Promise<void> | undefined

  get isInside(): boolean {
    return this.inside.getStore() === true
  }

  /** The open transaction a caller outside it must wait for, if any. */
  get waitFor(): Promise<void> | undefined {
    return this.isInside ? undefined : this.busy
  }

  /** Runs `body` as the only open transaction; nested calls from inside it join it. */
  async run<T>(sqlite: Database.Database, body: () => Promise<T>): Promise<T> {
    if (this.isInside) return body()
    // Check and begin in one synchronous step, so two transactions cannot both see the gate open.
    for (let open = this.waitFor; open !== undefined; open = this.waitFor) await open
    let release!: () => void
    this.busy = new Promise<void>((resolve) => (release = resolve))
    try {
      return await this.inside.run(true, async () => {
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
    } finally {
      this.busy = undefined
      release()
    }
  }
}

/** Thrown inside the transaction to roll back a write that answered with a failed Result; never escapes. */
class RolledBack<T> extends Error {
  constructor(readonly value: T) {
    super('rolled back')
  }
}

export function createWithAudit(
  db: SqliteDb,
  sqlite: Database.Database,
  gate: TransactionGate,
  repos: Repositories,
): WithAudit {
  return async (work, audit) => {
    try {
      return await gate.run(sqlite, async () => {
        const value = await work(repos)
        if (isFailedResult(value)) throw new RolledBack(value)
        for (const entry of checkedEntries(audit(value))) db.insert(auditLog).values(entry).run()
        return value
      })
    } catch (error) {
      if (error instanceof RolledBack) return error.value as Awaited<ReturnType<typeof work>>
      throw error
    }
  }
}

/**
 * The repositories as the rest of the code sees them: each call first waits for any open transaction that it is not
 * part of (see TransactionGate). The repositories' own bodies are synchronous, so once a call starts nothing else
 * interleaves with it.
 */
export function gatedRepositories(repos: Repositories, gate: TransactionGate): Repositories {
  const gated: Record<string, unknown> = {}
  for (const [name, repository] of Object.entries(repos) as [string, Record<string, unknown>][]) {
    const wrapped: Record<string, unknown> = {}
    for (const [method, implementation] of Object.entries(repository)) {
      if (typeof implementation !== 'function') continue
      wrapped[method] = async (...args: unknown[]) => {
        for (let open = gate.waitFor; open !== undefined; open = gate.waitFor) await open
        return (implementation as (...a: unknown[]) => unknown).apply(repository, args)
      }
    }
    gated[name] = wrapped
  }
  return gated as unknown as Repositories
}
