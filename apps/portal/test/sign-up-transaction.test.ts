import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openDatabase, type DatabaseHandle } from '@open-sds/db'
import { afterEach, describe, expect, it } from 'vitest'
import { registerCitizen } from '~/.server/auth/accounts'
import type { AppContext } from '~/.server/context'

let folder: string
let handle: DatabaseHandle

afterEach(() => {
  handle?.close()
  rmSync(folder, { recursive: true, force: true })
})

const now = new Date('2026-05-12T10:00:00Z')

// Issue 13: a failure after the account was made left an account that could never get its record.
describe('signing up is one transaction', () => {
  it('leaves no account behind when the person’s record cannot be made', async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'open-sds-sign-up-'))
    handle = openDatabase({ path: path.join(folder, 'portal.sqlite') })
    handle.sqlite.exec(
      "CREATE TRIGGER refuse_people BEFORE INSERT ON people BEGIN SELECT RAISE(ABORT, 'the disk is full'); END",
    )
    const context = { database: handle } as unknown as AppContext
    await expect(
      registerCitizen(
        context,
        { displayName: 'Ada Lovelace', email: 'ada@example.net', password: 'correct horse battery' },
        now,
      ),
    ).rejects.toThrow(/the disk is full/)
    expect(await handle.repos.users.findByEmail('ada@example.net')).toBeUndefined()
    expect(await handle.repos.audit.listRecent()).toEqual([])
  })

  it('makes the account, the record, the link between them and both audit entries together', async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'open-sds-sign-up-'))
    handle = openDatabase({ path: path.join(folder, 'portal.sqlite') })
    const context = { database: handle } as unknown as AppContext
    expect(
      await registerCitizen(
        context,
        { displayName: 'Ada Lovelace', email: 'ada@example.net', password: 'correct horse battery' },
        now,
      ),
    ).toEqual({ created: true })
    const user = await handle.repos.users.findByEmail('ada@example.net')
    expect(user).toBeDefined()
    const people = await handle.repos.people.listForUser(user?.id ?? '')
    expect(people.map((person) => [person.displayName, person.relationship])).toEqual([['Ada Lovelace', 'self']])
    expect((await handle.repos.audit.listRecent()).map((entry) => entry.action).sort()).toEqual([
      'person.create',
      'user.sign-up',
    ])
    expect(
      await registerCitizen(
        context,
        { displayName: 'Someone Else', email: 'ADA@example.net', password: 'another long password' },
        now,
      ),
    ).toEqual({ created: false })
  })
})
