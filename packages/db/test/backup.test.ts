import { existsSync, readdirSync, writeFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupDatabase, type DatabaseHandle } from '../src/index.js'
import { at, useTempDatabases } from './helpers.js'

const temp = useTempDatabases()
const now = at('2025-04-01T09:00:00Z')

async function appendEntries(handle: DatabaseHandle, count: number, label: string) {
  for (let i = 0; i < count; i += 1) {
    await handle.repos.audit.append({
      at: now,
      action: 'person.read',
      resource: `${label}/${i}`,
      detail: { padding: 'x'.repeat(500) },
    })
  }
}

/** Keeps writing through `handle`, yielding to the event loop between writes, until stopped. */
function keepWriting(handle: DatabaseHandle) {
  let running = true
  let written = 0
  const done = (async () => {
    while (running) {
      await handle.repos.audit.append({ at: now, action: 'person.update', resource: `during/${written}` })
      written += 1
      await new Promise((resolve) => setImmediate(resolve))
    }
  })()
  return async () => {
    running = false
    await done
    return written
  }
}

const auditCount = (handle: DatabaseHandle) =>
  (handle.sqlite.prepare('select count(*) as n from audit_log').get() as { n: number }).n

describe('backupDatabase', () => {
  it('copies a file the portal is writing to through another connection, and the copy opens with the rows', async () => {
    const folder = temp.folder()
    const source = join(folder, 'portal.db')
    const portal = temp.open(source)
    await appendEntries(portal, 2000, 'before')
    const stop = keepWriting(portal)
    const result = await backupDatabase(source, join(folder, 'backups', 'portal-backup.db'))
    const writtenDuring = await stop()
    expect(writtenDuring).toBeGreaterThan(0)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.pages).toBeGreaterThan(100)
    expect(result.value.bytes).toBe(result.value.pages * 4096)
    expect(readdirSync(join(folder, 'backups'))).toEqual(['portal-backup.db'])
    const copy = temp.open(result.value.destinationPath)
    expect(auditCount(copy)).toBeGreaterThanOrEqual(2000)
    expect(auditCount(copy)).toBeLessThanOrEqual(auditCount(portal))
    expect(copy.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
  })

  it('copies from the portal’s own handle while it keeps writing, without stopping it', async () => {
    const folder = temp.folder()
    const portal = temp.open(join(folder, 'portal.db'))
    await appendEntries(portal, 3000, 'before')
    const stop = keepWriting(portal)
    const result = await backupDatabase(portal, join(folder, 'copy.db'))
    const writtenDuring = await stop()
    expect(result.ok).toBe(true)
    // Small steps yield to the event loop, so the portal wrote while the copy was being made.
    expect(writtenDuring).toBeGreaterThan(1)
    const copy = temp.open(join(folder, 'copy.db'))
    expect(auditCount(copy)).toBeGreaterThanOrEqual(3000)
    expect(copy.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
  })

  it('refuses to overwrite an existing file, which is left untouched', async () => {
    const folder = temp.folder()
    const portal = temp.open(join(folder, 'portal.db'))
    const destination = join(folder, 'precious.db')
    writeFileSync(destination, 'yesterday’s backup')
    expect(await backupDatabase(portal, destination)).toEqual({
      ok: false,
      errors: [
        {
          path: 'destinationPath',
          message: `A file already exists at ${destination}. Choose another name for the backup, or allow overwriting (--overwrite on the command line).`,
        },
      ],
    })
    expect(readFileSync(destination, 'utf8')).toBe('yesterday’s backup')
    expect(readdirSync(folder).sort()).toEqual(['portal.db', 'portal.db-shm', 'portal.db-wal', 'precious.db'])
  })

  it('overwrites when asked to', async () => {
    const folder = temp.folder()
    const portal = temp.open(join(folder, 'portal.db'))
    await appendEntries(portal, 3, 'kept')
    const destination = join(folder, 'nightly.db')
    writeFileSync(destination, 'old')
    const result = await backupDatabase(join(folder, 'portal.db'), destination, { overwrite: true })
    expect(result.ok).toBe(true)
    expect(auditCount(temp.open(destination))).toBe(3)
  })

  it('refuses to back up over the database itself, even with overwrite', async () => {
    const folder = temp.folder()
    const portal = temp.open(join(folder, 'portal.db'))
    const result = await backupDatabase(portal, join(folder, 'portal.db'), { overwrite: true })
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'destinationPath',
          message: 'The backup cannot be written over the database it is a backup of. Choose another path.',
        },
      ],
    })
  })

  it('says plainly when there is no database to back up, and writes nothing', async () => {
    const folder = temp.folder()
    const missing = join(folder, 'missing.db')
    const result = await backupDatabase(missing, join(folder, 'copy.db'))
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'source',
          message: `There is no database file at ${missing}. Check the path of the database to back up.`,
        },
      ],
    })
    expect(existsSync(join(folder, 'copy.db'))).toBe(false)
  })
})
