import { randomUUID } from 'node:crypto'
import { asc, eq, sql } from 'drizzle-orm'
import { PublishRasVersionSchema, type PublishRasVersion, type RasVersion } from '../records.js'
import { fail, ok, parse, type Result } from '@open-sds/kernel'
import { rasVersions, users } from '../schema.js'
import type { SqliteDb } from '../sqlite-db.js'

export const duplicateRasVersionMessage = (configId: string, version: string) =>
  `Version ${version} of RAS ${configId} has already been published: choose a new version`

export interface RasVersionsRepository {
  /**
   * Publishes a new version of a RAS configuration: the configuration and its calibration summary exactly as given,
   * and the date it takes effect. A version once published is never changed; a correction is a new version.
   */
  publish(input: PublishRasVersion, now: Date): Promise<Result<RasVersion>>
  /** Every published version of every configuration, by the date it takes effect, then the order they were published. */
  list(): Promise<RasVersion[]>
}

type RasVersionRow = typeof rasVersions.$inferSelect

// The configuration and calibration come back parsed from JSON, exactly as stored.
const toRasVersion = (row: RasVersionRow): RasVersion => row

// Versions are never deleted, so SQLite's rowid only grows: it orders two versions published in the same millisecond
// as they were published. A PostgreSQL version would use an identity column.
const inEffectOrder = [
  asc(rasVersions.effectiveFrom),
  asc(rasVersions.publishedAt),
  asc(sql`${rasVersions}.rowid`),
] as const

export function createRasVersionsRepository(db: SqliteDb): RasVersionsRepository {
  return {
    async publish(input, now) {
      const parsed = parse(PublishRasVersionSchema, input)
      if (!parsed.ok) return parsed
      const published = parsed.value
      if (!db.select({ id: users.id }).from(users).where(eq(users.id, published.publishedByUserId)).get()) {
        return fail({ path: 'publishedByUserId', message: 'No account has this id' })
      }
      // ON CONFLICT rather than look-then-insert: two admins publishing the same version at once cannot both win.
      const row = db
        .insert(rasVersions)
        .values({ id: randomUUID(), ...published, publishedAt: now })
        .onConflictDoNothing({ target: [rasVersions.configId, rasVersions.version] })
        .returning()
        .get()
      return row
        ? ok(toRasVersion(row))
        : fail({ path: 'version', message: duplicateRasVersionMessage(published.configId, published.version) })
    },

    async list() {
      return db
        .select()
        .from(rasVersions)
        .orderBy(...inEffectOrder)
        .all()
        .map(toRasVersion)
    },
  }
}
