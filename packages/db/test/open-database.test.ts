import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DatabaseOpenError, migrationsFolder, openDatabase } from '../src/index.js'
import { migrationsBefore, useTempDatabases } from './helpers.js'

/** The newest migration's tag, so "one behind" stays one behind whichever migration lands next. */
const lastMigrationTag = (): string =>
  (
    JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] }
  ).entries.at(-1)?.tag ?? ''

const migrationCount = (
  JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }
).entries.length

const temp = useTempDatabases()

function openError(run: () => unknown): DatabaseOpenError {
  try {
    run()
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error
    throw error
  }
  throw new Error('expected a DatabaseOpenError')
}

describe('openDatabase', () => {
  it('turns on WAL, foreign keys, a 5 second busy timeout and synchronous NORMAL', () => {
    const { sqlite } = temp.fresh()
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(1) // 1 is NORMAL
  })

  it('applies every migration to an empty file: the tables and the audit triggers exist', () => {
    const { sqlite } = temp.fresh()
    const names = sqlite
      .prepare(`select type, name from sqlite_master where type in ('table', 'trigger') and name not like 'sqlite_%'`)
      .all()
      .map((row) => (row as { name: string }).name)
    expect(names).toEqual(
      expect.arrayContaining([
        'users',
        'people',
        'person_access',
        'sessions',
        'login_attempts',
        'audit_log',
        'audit_log_no_update',
        'audit_log_no_delete',
      ]),
    )
  })

  it('is idempotent on reopen: no migration runs twice and the data stays', async () => {
    const path = join(temp.folder(), 'portal.db')
    const first = temp.open(path)
    await first.repos.users.create(
      { email: 'kept@example.org', displayName: 'Kept', passwordHash: 'h', role: 'citizen' },
      new Date('2025-01-01T00:00:00Z'),
    )
    const applied = first.sqlite.prepare('select count(*) as n from __drizzle_migrations').get()
    first.close()
    const second = temp.open(path)
    expect(second.sqlite.prepare('select count(*) as n from __drizzle_migrations').get()).toEqual(applied)
    expect(await second.repos.users.findByEmail('kept@example.org')).toBeDefined()
  })

  it('refuses a database migrated by a newer version of Open SDS, and changes nothing', () => {
    const path = join(temp.folder(), 'portal.db')
    const first = temp.open(path)
    first.sqlite
      .prepare(`insert into __drizzle_migrations (hash, created_at) values ('from-the-future', ?)`)
      .run(Date.parse('2100-01-01'))
    first.close()
    const error = openError(() => temp.open(path))
    expect(error.message).toBe(
      `The database ${path} has a change to its tables from a newer version of Open SDS than this one (it has ` +
        `${migrationCount + 1} migrations; this version knows ${migrationCount}). Nothing has been changed. Run the ` +
        'newer version, or restore the backup taken before the upgrade to use this one.',
    )
  })

  it('refuses a database an earlier release left when told not to migrate it, and migrates it otherwise', () => {
    const path = join(temp.folder(), 'portal.db')
    const earlier = migrationsBefore(lastMigrationTag(), temp.folder())
    openDatabase({ path, migrationsFolder: earlier.folder }).close()
    expect(openError(() => temp.open(path, { migrate: false })).message).toBe(
      `The database ${path} is one migration behind this version of Open SDS, and was opened without migrating. ` +
        'Nothing has been changed. Take a backup, then migrate it (`open-sds-db migrate`, or open it with migrate on) ' +
        'before using it with this version.',
    )
    const { sqlite } = temp.open(path)
    expect(sqlite.prepare('select count(*) as n from __drizzle_migrations').get()).toEqual({ n: earlier.allCount })
  })

  it('does not migrate when asked not to', () => {
    const { sqlite } = temp.open(join(temp.folder(), 'bare.db'), { migrate: false })
    expect(sqlite.prepare(`select count(*) as n from sqlite_master where name = 'users'`).get()).toEqual({ n: 0 })
  })

  it('creates a missing parent folder, several levels deep', async () => {
    const path = join(temp.folder(), 'not', 'yet', 'there', 'portal.db')
    const handle = temp.open(path)
    expect(handle.path).toBe(path)
    expect(await handle.repos.users.list()).toEqual([])
  })

  it('gives a plain DatabaseOpenError naming the path when a file stands where the folder should be', () => {
    const root = temp.folder()
    writeFileSync(join(root, 'data'), 'I am a file, not a folder')
    const path = join(root, 'data', 'portal.db')
    const error = openError(() => openDatabase({ path }))
    expect(error.path).toBe(path)
    expect(error.message).toContain(path)
    expect(error.message).toContain(join(root, 'data'))
    expect(error.message).toMatch(/a file \(not a folder\) is in the way/)
    expect(error.message).toMatch(/Move that file, or set the database path to somewhere else/)
  })

  it('explains when the file is not an SQLite database', () => {
    const path = join(temp.folder(), 'notes.db')
    writeFileSync(path, 'These are not the pages you are looking for. '.repeat(100))
    const error = openError(() => openDatabase({ path }))
    expect(error.message).toContain(path)
    expect(error.message).toMatch(/not an SQLite database/)
  })

  it('explains when the path is a folder', () => {
    const path = join(temp.folder(), 'a-folder.db')
    mkdirSync(path)
    const error = openError(() => openDatabase({ path }))
    expect(error.message).toMatch(/Check the path is a file, not a folder/)
  })

  it('explains when the migrations cannot be found (a bundled portal must say where they are)', () => {
    const path = join(temp.folder(), 'portal.db')
    const error = openError(() => openDatabase({ path, migrationsFolder: join(temp.folder(), 'nowhere') }))
    expect(error.message).toMatch(/migrations are missing/)
    expect(error.message).toMatch(/pass migrationsFolder/)
  })

  it('opens a private in-memory database, migrated', async () => {
    const handle = openDatabase({ path: ':memory:' })
    expect(handle.path).toBe(':memory:')
    expect(handle.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(await handle.repos.audit.listRecent()).toEqual([])
    handle.close()
    handle.close()
    expect(handle.sqlite.open).toBe(false)
  })
})
