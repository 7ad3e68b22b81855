import { describe, expect, it } from 'vitest'
import { hashSessionToken, loginAttemptKey, openPostgresDatabase } from '../src/index.js'
import { postgresServer } from './engines.js'
import { at, createPerson, createUser } from './helpers.js'

// Issue 12: "several portal processes, one database". Each handle here has its own connection pool, as each portal
// process would; what one writes through the repositories, the other sees at once, because nothing that matters is
// held in a process's memory. (SQLite has one writer process by design, so this is PostgreSQL's alone.)

const now = at('2026-03-02T10:00:00Z')
const server = postgresServer()

describe.each(server ? [server] : [])('two portal processes on one PostgreSQL database', (server) => {
  async function twoProcesses() {
    const url = await server.database()
    const first = await openPostgresDatabase({ url, maxConnections: 2 })
    const second = await openPostgresDatabase({ url, maxConnections: 2 })
    return { first, second, close: () => Promise.all([first.close(), second.close()]) }
  }

  it('a sign-out in one process ends the session in the other', async () => {
    const { first, second, close } = await twoProcesses()
    try {
      const user = await createUser(first, 'sam@example.org')
      const tokenHash = hashSessionToken('sam-laptop')
      await first.repos.sessions.create(tokenHash, user.id, at('2026-03-02T11:00:00Z'), now)
      expect((await second.repos.sessions.findValid(tokenHash, now))?.user.id).toBe(user.id)
      expect(await second.repos.sessions.delete(tokenHash)).toBe(true)
      expect(await first.repos.sessions.findValid(tokenHash, now)).toBeUndefined()
    } finally {
      await close()
    }
  })

  it('failed sign-ins recorded by either process count towards one limit', async () => {
    const { first, second, close } = await twoProcesses()
    try {
      const key = loginAttemptKey.ip('203.0.113.9')
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 === 0 ? first : second).repos.loginAttempts.record(key, at(`2026-03-02T10:00:0${i}Z`), false),
        ),
      )
      expect(await first.repos.loginAttempts.countFailuresSince(key, now)).toBe(10)
      expect(await second.repos.loginAttempts.countFailuresSince(key, now)).toBe(10)
    } finally {
      await close()
    }
  })

  it('of two processes recording one person’s own account at once, exactly one succeeds', async () => {
    const { first, second, close } = await twoProcesses()
    try {
      const person = await createPerson(first, 'Priya Shah')
      const [priya, impostor] = [
        await createUser(first, 'priya@example.org'),
        await createUser(second, 'x@example.org'),
      ]
      const results = await Promise.all([
        first.repos.people.grantAccess(priya.id, person.id, 'self', now),
        second.repos.people.grantAccess(impostor.id, person.id, 'self', now),
      ])
      expect(results.filter((result) => result.ok)).toHaveLength(1)
      expect(results.find((result) => !result.ok)).toEqual({
        ok: false,
        errors: [{ path: 'relationship', message: 'Another account is already this person’s own account' }],
      })
    } finally {
      await close()
    }
  })
})
