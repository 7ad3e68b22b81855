import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../src/index.js'
import { migrationsBefore, useTempDatabases } from './helpers.js'
import { refusal } from './engines.js'

const temp = useTempDatabases()

// Migration 0036 (issue 15) asks new personal accounts to prove their address, and rebuilds account_tokens and
// outbox_messages for their new purposes. Accounts already in use must keep signing in, and links and messages already
// stored must come through whole and still refuse change.
describe('migration 0036: proved addresses, review notices and the new message purposes, on a database in use', () => {
  it('counts every existing account as proved, keeps links and messages, and keeps them append-only', async () => {
    const earlier = migrationsBefore('_verified-email-review-notices', temp.folder())
    const path = join(temp.folder(), 'portal.db')
    const old = openDatabase({ path, migrationsFolder: earlier.folder })
    try {
      const run = (text: string) => old.sqlite.prepare(text).run()
      run(
        "insert into users (id, email, display_name, password_hash, role, created_at) values ('u', 'u@example.org', 'U', 'x', 'citizen', 1700000000000)",
      )
      run(
        `insert into account_tokens (token_hash, user_id, purpose, created_at, expires_at) values ('${'a'.repeat(64)}', 'u', 'password-reset', 0, 1)`,
      )
      run(
        "insert into outbox_messages (id, to_address, subject, body, purpose, created_at) values ('m', 'u@example.org', 'Reset', 'Body', 'password-reset', 0)",
      )
    } finally {
      old.close()
    }
    const handle = openDatabase({ path })
    try {
      const all = (text: string) => handle.sqlite.prepare(text).all()
      expect(all('select id, email_verified_at from users')).toEqual([{ id: 'u', email_verified_at: 1700000000000 }])
      expect(all('select user_id, purpose from account_tokens')).toEqual([{ user_id: 'u', purpose: 'password-reset' }])
      expect(all('select id, purpose from outbox_messages')).toEqual([{ id: 'm', purpose: 'password-reset' }])
      expect(all('pragma foreign_key_check')).toEqual([])
      expect(await refusal(() => handle.sqlite.prepare("update outbox_messages set subject = 'x'").run())).toMatch(
        'a message in the outbox cannot be changed',
      )
      expect(await refusal(() => handle.sqlite.prepare('delete from outbox_messages').run())).toMatch(
        'a message in the outbox cannot be removed',
      )
      expect(
        await refusal(() => handle.sqlite.prepare("update account_tokens set purpose = 'set-password'").run()),
      ).toMatch('an account link can only be marked used, once')
      expect(await refusal(() => handle.sqlite.prepare('delete from account_tokens').run())).toMatch(
        'an account link cannot be removed',
      )
      handle.sqlite
        .prepare(
          "insert into outbox_messages (id, to_address, subject, body, purpose, created_at) values ('v', 'u@example.org', 'Confirm', 'Body', 'verify-email', 2)",
        )
        .run()
    } finally {
      handle.close()
    }
  })
})
