import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { usage } from '../src/cli-run.js'
import { demoAccounts, openDatabase } from '../src/index.js'
import { runCommand, useTempDatabases } from './helpers.js'

const temp = useTempDatabases()

const run = runCommand

describe('open-sds-db command', () => {
  it('migrates a new database file', async () => {
    const path = join(temp.folder(), 'data', 'portal.db')
    const result = await run(['migrate', path])
    expect(result).toEqual({ code: 0, out: `The database at ${path} is up to date.`, err: '' })
    const handle = openDatabase({ path, migrate: false })
    expect(handle.sqlite.prepare(`select count(*) as n from sqlite_master where name = 'audit_log'`).get()).toEqual({
      n: 1,
    })
    handle.close()
  })

  it('seeds the demo data and lists the demo sign-ins; a second seed adds nothing', async () => {
    const path = join(temp.folder(), 'portal.db')
    const first = await run(['seed', path])
    expect(first.code).toBe(0)
    expect(first.out).toContain('6 new accounts, 3 new people, 5 new access grants')
    for (const account of demoAccounts) expect(first.out).toContain(`${account.email}  ${account.password}`)
    expect((await run(['seed', path])).out).toContain('0 new accounts, 0 new people, 0 new access grants')
  })

  it('backs up, and refuses to overwrite without --overwrite', async () => {
    const folder = temp.folder()
    const path = join(folder, 'portal.db')
    await run(['migrate', path])
    const destination = join(folder, 'backup.db')
    const first = await run(['backup', path, destination])
    expect(first.code).toBe(0)
    expect(first.out).toMatch(new RegExp(`^Backed up .* to ${destination} \\(\\d+ bytes\\)\\.$`))
    const again = await run(['backup', path, destination])
    expect(again).toEqual({
      code: 1,
      out: '',
      err: `A file already exists at ${destination}. Choose another name for the backup, or allow overwriting (--overwrite on the command line).`,
    })
    expect((await run(['backup', path, destination, '--overwrite'])).code).toBe(0)
  })

  it('shows the usage on bad arguments, with exit code 2', async () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['migrate'],
      ['migrate', 'a.db', 'b.db'],
      ['backup', 'a.db'],
      ['seed', 'a.db', '--force'],
      ['migrate', 'a.db', '--overwrite'],
    ]) {
      const result = await run(args)
      expect(result.code).toBe(2)
      expect(result.err).toContain(usage)
      expect(result.out).toBe('')
    }
    expect(existsSync('a.db')).toBe(false)
  })

  it('prints the usage on help, with exit code 0', async () => {
    expect(await run(['help'])).toEqual({ code: 0, out: usage, err: '' })
  })

  it('fails with a plain message and exit code 1 when the database cannot be opened', async () => {
    const folder = temp.folder()
    writeFileSync(join(folder, 'data'), 'a file')
    const result = await run(['migrate', join(folder, 'data', 'portal.db')])
    expect(result.code).toBe(1)
    expect(result.err).toMatch(
      /^Cannot use .*portal\.db for the database: the folder .* could not be created because a file \(not a folder\) is in the way/,
    )
  })
})
