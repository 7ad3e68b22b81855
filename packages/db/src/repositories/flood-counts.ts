import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import { eq, lt, sql } from 'drizzle-orm'
import { first, rowsChanged, type Store } from '../store.js'

const HOUR_MS = 60 * 60 * 1000

/** One more use of a public form from one address: how many that address has sent this hour, and its flood group. */
export type FloodCount = { count: number; floodGroup: string }

export interface FloodCountsRepository {
  /**
   * Counts one more from `address` for the limit `limitName` in the clock hour of `now`, shared by every process using
   * this database. The same address gets the same flood group for the rest of that hour. The address is stored only
   * as a hash keyed with that hour's random key; counts and keys of earlier hours are deleted here (decision 023).
   */
  count(limitName: string, address: string, now: Date): Promise<FloodCount>
  /** Deletes the counts and keys of hours before the one holding `now`; returns how many counts went. */
  prune(now: Date): Promise<number>
}

const hourOf = (now: Date) => Math.floor(now.getTime() / HOUR_MS)

export function createFloodCountsRepository({ db, t }: Store): FloodCountsRepository {
  const { floodCounts, floodHourKeys } = t

  const prune = async (hour: number): Promise<number> => {
    await db.delete(floodHourKeys).where(lt(floodHourKeys.hour, hour))
    return rowsChanged(await db.delete(floodCounts).where(lt(floodCounts.hour, hour)))
  }

  // Two processes may make the hour's key at once: the first insert wins and both then read the same key.
  const keyOfHour = async (hour: number): Promise<string> => {
    await db
      .insert(floodHourKeys)
      .values({ hour, key: randomBytes(32).toString('base64url') })
      .onConflictDoNothing()
    const row = first(
      await db.select({ key: floodHourKeys.key }).from(floodHourKeys).where(eq(floodHourKeys.hour, hour)),
    )
    if (!row) throw new Error(`The flood key of hour ${hour} was not stored`)
    return row.key
  }

  return {
    async count(limitName, address, now) {
      const hour = hourOf(now)
      await prune(hour)
      const key = await keyOfHour(hour)
      const addressHash = createHmac('sha256', key).update(`${limitName}\n${address}`).digest('base64url')
      // One statement counts and reads back, so two processes counting together each see their own increment.
      const row = first(
        await db
          .insert(floodCounts)
          .values({ limitName, hour, addressHash, count: 1, floodGroup: randomUUID() })
          .onConflictDoUpdate({
            target: [floodCounts.limitName, floodCounts.hour, floodCounts.addressHash],
            set: { count: sql`${floodCounts.count} + 1` },
          })
          .returning({ count: floodCounts.count, floodGroup: floodCounts.floodGroup }),
      )
      if (!row) throw new Error('The flood count was not stored')
      return { count: row.count, floodGroup: row.floodGroup }
    },

    async prune(now) {
      return prune(hourOf(now))
    },
  }
}
