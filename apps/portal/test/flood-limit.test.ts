import type { AnyDatabaseHandle } from '@open-sds/db'
import { afterEach, describe, expect, it } from 'vitest'
import { portalDatabase, type AppContext } from '~/.server/context'
import { anonymousAnswerFlood, concernFlood } from '~/.server/flood-limit'
import { openPortalDatabase, portalEngines } from './support/engines'
import type { DatabaseLocation } from './support/portal-sql'

const now = new Date('2026-05-12T10:20:00Z')

// Issue 13: counted in one process's memory, each of a council's portal processes let through its own ten.
describe.each(portalEngines())('the hourly flood limits of public forms on $name', (engine) => {
  const handles: AnyDatabaseHandle[] = []
  const databases: { remove(): Promise<void> }[] = []

  afterEach(async () => {
    for (const handle of handles.splice(0)) await handle.close()
    for (const database of databases.splice(0)) await database.remove()
  })

  async function freshDatabase(): Promise<DatabaseLocation> {
    const database = await engine.freshDatabase()
    databases.push(database)
    return database
  }

  /** One portal process's view of the database: its own connection, as a second process would have. */
  async function processOn(database: DatabaseLocation): Promise<AppContext> {
    const handle = await openPortalDatabase(database)
    handles.push(handle)
    return { database: portalDatabase(handle) } as unknown as AppContext
  }

  it('are shared by two portal processes on one database: ten concerns between them, then the rest are marked', async () => {
    const database = await freshDatabase()
    const first = await processOn(database)
    const second = await processOn(database)
    const marks: (string | null)[] = []
    for (let sent = 0; sent < 6; sent += 1) {
      marks.push(await concernFlood.count(first, '203.0.113.9', now))
      marks.push(await concernFlood.count(second, '203.0.113.9', now))
    }
    expect(marks.slice(0, 10)).toEqual(Array(10).fill(null))
    const [eleventh, twelfth] = marks.slice(10)
    expect(eleventh).toEqual(expect.any(String))
    // One flood, one group, whichever process took it, so triage sees it together.
    expect(twelfth).toBe(eleventh)
  })

  it('count each address and each form on its own, and start again the next hour', async () => {
    const context = await processOn(await freshDatabase())
    for (let sent = 0; sent < 10; sent += 1) await concernFlood.count(context, '203.0.113.9', now)
    expect(await concernFlood.count(context, '198.51.100.7', now)).toBeNull()
    expect(await anonymousAnswerFlood.count(context, '203.0.113.9', now)).toBeNull()
    expect(await concernFlood.count(context, '203.0.113.9', now)).toEqual(expect.any(String))
    expect(await concernFlood.count(context, '203.0.113.9', new Date('2026-05-12T11:00:00Z'))).toBeNull()
  })
})
