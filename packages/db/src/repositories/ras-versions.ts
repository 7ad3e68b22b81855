import { randomUUID } from 'node:crypto'
import { asc, eq, sql } from 'drizzle-orm'
import { PublishRasVersionSchema, type PublishRasVersion, type RasVersion } from '../records.js'
import { fail, ok, parse, type Result } from '@open-sds/kernel'
import { first, type Store, type Tables } from '../store.js'

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

type RasVersionRow = Tables['rasVersions']['$inferSelect']

// The configuration and calibration come back parsed from JSON, exactly as stored.
const toRasVersion = (row: RasVersionRow): RasVersion => row

// Versions are never deleted, so the rowid only grows: it orders two versions published in the same millisecond as
// they were published. SQLite has one of its own; on PostgreSQL it is an identity column (migrations-pg/0002).
const inEffectOrder = (table: Tables['rasVersions']) =>
  [asc(table.effectiveFrom), asc(table.publishedAt), asc(sql`${table}.rowid`)] as const

export function createRasVersionsRepository({ db, t }: Store): RasVersionsRepository {
  const { rasVersions, users } = t
  return {
    async publish(input, now) {
      const parsed = parse(PublishRasVersionSchema, input)
      if (!parsed.ok) return parsed
      const published = parsed.value
      if (!first(await db.select({ id: users.id }).from(users).where(eq(users.id, published.publishedByUserId)))) {
        return fail({ path: 'publishedByUserId', message: 'No account has this id' })
      }
      // ON CONFLICT rather than look-then-insert: two admins publishing the same version at once cannot both win.
      const [row] = await db
        .insert(rasVersions)
        .values({ id: randomUUID(), ...published, publishedAt: now })
        .onConflictDoNothing({ target: [rasVersions.configId, rasVersions.version] })
        .returning()
      return row
        ? ok(toRasVersion(row))
        : fail({ path: 'version', message: duplicateRasVersionMessage(published.configId, published.version) })
    },

    async list() {
      const rows = await db
        .select()
        .from(rasVersions)
        .orderBy(...inEffectOrder(rasVersions))
      return rows.map(toRasVersion)
    },
  }
}
