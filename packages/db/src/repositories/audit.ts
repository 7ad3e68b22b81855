import { and, asc, desc, eq, lt } from 'drizzle-orm'
import { parse } from '@open-sds/kernel'
import { NewAuditEntrySchema, type AuditEntry, type NewAuditEntry } from '../records.js'
import type { Store } from '../store.js'
import { clampListLimit } from './list-limit.js'

export type AuditListOptions = {
  /** At most this many entries, newest first (default 50, at most 1000). */
  limit?: number
  /** For the next page: only entries older than the entry with this id. */
  beforeId?: number
  /** Only entries about this person. */
  personId?: string
  /** Only entries by this account. */
  actorUserId?: string
  /** Only entries with this code. */
  action?: string
}

/** Append and read; there is deliberately no way to change or remove an entry, and the database refuses it too. */
export interface AuditRepository {
  /**
   * Adds an entry and returns it with its id. Throws on a malformed entry: that is a programming error, and an action
   * that cannot be audited should not go ahead.
   */
  append(entry: NewAuditEntry): Promise<AuditEntry>
  listForPerson(personId: string, options?: AuditListOptions): Promise<AuditEntry[]>
  listRecent(options?: AuditListOptions): Promise<AuditEntry[]>
  /** Everyone with an entry about them, by name: the choices for the audit log's person filter. */
  listPeopleInLog(): Promise<{ id: string; displayName: string }[]>
}

export function createAuditRepository({ db, t }: Store): AuditRepository {
  const { auditLog, people } = t
  const list = (options: AuditListOptions = {}) =>
    db
      .select()
      .from(auditLog)
      .where(
        and(
          options.personId === undefined ? undefined : eq(auditLog.personId, options.personId),
          options.actorUserId === undefined ? undefined : eq(auditLog.actorUserId, options.actorUserId),
          options.action === undefined ? undefined : eq(auditLog.action, options.action),
          options.beforeId === undefined ? undefined : lt(auditLog.id, options.beforeId),
        ),
      )
      .orderBy(desc(auditLog.id))
      .limit(clampListLimit(options.limit))

  return {
    async append(entry) {
      // An audit entry is written by code, never typed by a person: a bad one is a programming error, so it throws.
      const parsed = parse(NewAuditEntrySchema, entry)
      if (!parsed.ok)
        throw new TypeError(
          `Audit entry refused: ${parsed.errors.map((found) => `${found.path}: ${found.message}`).join('; ')}`,
        )
      const [row] = await db.insert(auditLog).values(parsed.value).returning()
      if (!row) throw new Error('The database stored no audit entry')
      return row
    },

    async listForPerson(personId, options) {
      return list({ ...options, personId })
    },

    async listRecent(options) {
      return list(options)
    },

    async listPeopleInLog() {
      // A join, not a scan of the log in code: the log runs to millions of entries, the people to thousands.
      return db
        .selectDistinct({ id: people.id, displayName: people.displayName })
        .from(auditLog)
        .innerJoin(people, eq(people.id, auditLog.personId))
        .orderBy(asc(people.displayName), asc(people.id))
    },
  }
}
