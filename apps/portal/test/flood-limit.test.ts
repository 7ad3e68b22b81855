import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openDatabase, type DatabaseHandle } from '@open-sds/db'
import { afterEach, describe, expect, it } from 'vitest'
import { portalDatabase, type AppContext } from '~/.server/context'
import { anonymousAnswerFlood, concernFlood } from '~/.server/flood-limit'

let folder: string
const handles: DatabaseHandle[] = []

afterEach(() => {
  for (const handle of handles.splice(0)) handle.close()
  rmSync(folder, { recursive: true, force: true })
})

/** One portal process's view of the database file: its own connection, as a second process would have. */
function processOn(file: string): AppContext {
  const handle = openDatabase({ path: file })
  handles.push(handle)
  return { database: portalDatabase(handle) } as unknown as AppContext
}

const now = new Date('2026-05-12T10:20:00Z')

// Issue 13: counted in one process's memory, each of a council's portal processes let through its own ten.
describe('the hourly flood limits of public forms', () => {
  it('are shared by two portal processes on one database: ten concerns between them, then the rest are marked', async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'open-sds-flood-'))
    const file = path.join(folder, 'portal.sqlite')
    const first = processOn(file)
    const second = processOn(file)
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
    folder = mkdtempSync(path.join(os.tmpdir(), 'open-sds-flood-'))
    const context = processOn(path.join(folder, 'portal.sqlite'))
    for (let sent = 0; sent < 10; sent += 1) await concernFlood.count(context, '203.0.113.9', now)
    expect(await concernFlood.count(context, '198.51.100.7', now)).toBeNull()
    expect(await anonymousAnswerFlood.count(context, '203.0.113.9', now)).toBeNull()
    expect(await concernFlood.count(context, '203.0.113.9', now)).toEqual(expect.any(String))
    expect(await concernFlood.count(context, '203.0.113.9', new Date('2026-05-12T11:00:00Z'))).toBeNull()
  })
})
