import type { AnyDatabaseHandle } from '@open-sds/db'
import { afterEach, describe, expect, it } from 'vitest'
import { registerCitizen } from '~/.server/auth/accounts'
import type { AppContext } from '~/.server/context'
import { openPortalDatabase, portalEngines } from './support/engines'
import { refuseInserts } from './support/portal-sql'

const now = new Date('2026-05-12T10:00:00Z')

// Issue 13: a failure after the account was made left an account that could never get its record.
describe.each(portalEngines())('signing up on $name is one transaction', (engine) => {
  let handle: AnyDatabaseHandle | undefined
  let database: { remove(): Promise<void> } | undefined

  afterEach(async () => {
    await handle?.close()
    await database?.remove()
    handle = undefined
    database = undefined
  })

  async function fresh() {
    const made = await engine.freshDatabase()
    database = made
    return made
  }

  it('leaves no account behind when the person’s record cannot be made', async () => {
    const at = await fresh()
    await refuseInserts(at, 'people')
    const opened = await openPortalDatabase(at)
    handle = opened
    const context = { database: opened } as unknown as AppContext
    const refused: unknown = await registerCitizen(
      context,
      { displayName: 'Ada Lovelace', email: 'ada@example.net', password: 'correct horse battery' },
      now,
    ).then(
      () => undefined,
      (error: unknown) => error,
    )
    // The database's own refusal: on PostgreSQL drizzle wraps it ("Failed query: …") and gives it as the cause.
    expect([refused, (refused as { cause?: unknown } | undefined)?.cause].map(String).join(' | ')).toMatch(
      /the disk is full/,
    )
    expect(await opened.repos.users.findByEmail('ada@example.net')).toBeUndefined()
    expect(await opened.repos.audit.listRecent()).toEqual([])
  })

  it('makes the account, the record, the link between them and both audit entries together', async () => {
    const opened = await openPortalDatabase(await fresh())
    handle = opened
    const context = { database: opened, config: { publicUrl: 'https://care.example.gov.uk' } } as unknown as AppContext
    expect(
      await registerCitizen(
        context,
        { displayName: 'Ada Lovelace', email: 'ada@example.net', password: 'correct horse battery' },
        now,
      ),
    ).toEqual({ created: true })
    const user = await opened.repos.users.findByEmail('ada@example.net')
    expect(user).toBeDefined()
    const people = await opened.repos.people.listForUser(user?.id ?? '')
    expect(people.map((person) => [person.displayName, person.relationship])).toEqual([['Ada Lovelace', 'self']])
    expect((await opened.repos.audit.listRecent()).map((entry) => entry.action).sort()).toEqual([
      'person.create',
      'user.sign-up',
    ])
    // With them, the link to confirm the address (issue 15); the account waits for it.
    expect(user?.emailVerifiedAt).toBeNull()
    expect((await opened.repos.outbox.listRecent()).map((message) => [message.purpose, message.toAddress])).toEqual([
      ['verify-email', 'ada@example.net'],
    ])
    expect(
      await registerCitizen(
        context,
        { displayName: 'Someone Else', email: 'ADA@example.net', password: 'another long password' },
        now,
      ),
    ).toEqual({ created: false })
    // The owner is told instead, and nothing of theirs changes.
    expect((await opened.repos.outbox.listRecent()).map((message) => message.purpose).sort()).toEqual([
      'sign-up-existing-account',
      'verify-email',
    ])
    expect((await opened.repos.users.findByEmail('ada@example.net'))?.displayName).toBe('Ada Lovelace')
  })
})
