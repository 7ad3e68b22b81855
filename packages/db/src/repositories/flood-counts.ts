import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import { lt, sql } from 'drizzle-orm'
import { floodCounts, floodHourKeys } from '../schema.js'
import type { SqliteDb } from '../sqlite-db.js'

const HOUR_MS = 60 * 60 * 1000

/** One more use of a public form from one address: how many that address has sent this hour, and its flood group. */
export type FloodCount = { count: number; floodGroup: string }

export interface FloodCountsRepository {
  /**
   * Counts one more from `address` for the limit `limitName` in the clock hour of `now`, shared by every process using
   * this database. The same address gets the same flood group for the rest of that hour. The address is stored only
   * as a hash keyed with that hour's random key; counts and keys of earlier hours are deleted here.
   */
  count(limitName: string, address: string, now: Date): Promise<FloodCount>
  /** Deletes the counts and keys of hours before the one holding `now`; returns how many counts went. */
  prune(now: Date): Promise<number>
}

export function createFloodCountsRepository(db: SqliteDb): FloodCountsRepository {
  const prune = (hour: number): number => {
    db.delete(floodHourKeys).where(lt(floodHourKeys.hour, hour)).run()
    return db.delete(floodCounts).where(lt(floodCounts.hour, hour)).run().changes
  }

  // Two processes may make the hour's key at once: the first insert wins and both then read the same key.
  const keyOfHour = (hour: number): string => {
    db.insert(floodHourKeys)
      .values({ hour, key: randomBytes(32).toString('base64url') })
      .onConflictDoNothing()
      .run()
    const row = db
      .select({ key: floodHourKeys.key })
      .from(floodHourKeys)
      .where(sql`${floodHourKeys.hour} = ${hour}`)
      .get()
    if (!row) throw new Error(`The flood key of hour ${hour} was not stored`)
    return row.key
  }

  return {
    async count(limitName, address, now) {
      const hour = Math.floor(now.getTime() / HOUR_MS)
      prune(hour)
      const addressHash = createHmac('sha256', keyOfHour(hour)).update(`${limitName}\n${address}`).digest('base64url')
      // One statement counts and reads back, so two processes counting together each see their own increment.
      const row = db
        .insert(floodCounts)
        .values({ limitName, hour, addressHash, count: 1, floodGroup: randomUUID() })
        .onConflictDoUpdate({
          target: [floodCounts.limitName, floodCounts.hour, floodCounts.addressHash],
          set: { count: sql`${floodCounts.count} + 1` },
        })
        .returning({ count: floodCounts.count, floodGroup: floodCounts.floodGroup })
        .get()
      return { count: row.count, floodGroup: row.floodGroup }
    },

    async prune(now) {
      return prune(Math.floor(now.getTime() / HOUR_MS))
    },
  }
}
