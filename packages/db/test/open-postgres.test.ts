import { createServer } from 'node:net'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import {
  connectDatabase,
  DatabaseOpenError,
  hashSessionToken,
  loginAttemptKey,
  openPostgresDatabase,
  postgresMigrationsFolder,
} from '../src/index.js'
import { postgresServer } from './engines.js'
import { at, createPerson, createUser, migrationsBefore } from './helpers.js'

const journal = JSON.parse(readFileSync(join(postgresMigrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
  entries: { tag: string }[]
}
const migrationCount = journal.entries.length
const lastTag = journal.entries.at(-1)?.tag ?? ''

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})
const tempFolder = () => {
  const made = mkdtempSync(join(tmpdir(), 'open-sds-pg-'))
  folders.push(made)
  return made
}

async function refusal(opening: Promise<{ close(): unknown }>): Promise<DatabaseOpenError> {
  try {
    const handle = await opening
    await handle.close()
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error
    throw error
  }
  throw new Error('expected a DatabaseOpenError')
}

/** A local port nothing listens on: the system hands it out, and it is closed again before use. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe('DATABASE_URL that cannot be PostgreSQL’s', () => {
  it('refuses a URL that cannot be read, saying how to write one', async () => {
    const error = await refusal(openPostgresDatabase({ url: 'localhost:5432/open_sds' }))
    expect(error.message).toMatch(/^DATABASE_URL starts with localhost:\/\/ but the portal runs only on PostgreSQL/)
    expect((await refusal(openPostgresDatabase({ url: 'not a url at all' }))).message).toBe(
      'DATABASE_URL is not a URL the portal can read. Write it as postgres://user:password@host:5432/database, ' +
        'with any special characters in the password percent-encoded, or leave DATABASE_URL unset to use SQLite.',
    )
  })

  it('refuses another kind of database, pointing SQLite users at DATABASE_PATH', async () => {
    const error = await refusal(connectDatabase({ url: 'mysql://sam:secret@db.example.org/open_sds', path: 'x' }))
    expect(error.message).toContain('DATABASE_URL starts with mysql:// but the portal runs only on PostgreSQL')
    expect(error.message).toContain('set DATABASE_PATH')
    expect(error.message).not.toContain('secret')
  })

  it('refuses a URL with no database name', async () => {
    const error = await refusal(openPostgresDatabase({ url: 'postgres://sam:secret@127.0.0.1:5432' }))
    expect(error.message).toBe(
      'DATABASE_URL names the server 127.0.0.1:5432 but no database. Add the database’s name after the port, like ' +
        'postgres://user:password@127.0.0.1:5432/open_sds.',
    )
  })

  it('says nothing is listening when the server cannot be reached, and never shows the password', async () => {
    const port = await closedPort()
    const error = await refusal(openPostgresDatabase({ url: `postgres://sam:s3cret-word@127.0.0.1:${port}/open_sds` }))
    expect(error.message).toBe(
      `Cannot connect to the database postgres://sam@127.0.0.1:${port}/open_sds: nothing is accepting connections at ` +
        `127.0.0.1:${port}. Check that PostgreSQL is running there and that the host and port in DATABASE_URL are right.`,
    )
    expect(error.path).toBe(`postgres://sam@127.0.0.1:${port}/open_sds`)
  })

  it('leaves SQLite as it was when there is no DATABASE_URL (the demo needs nothing more)', async () => {
    const path = join(tempFolder(), 'portal.db')
    const handle = await connectDatabase({ url: '  ', path })
    expect(handle.engine).toBe('sqlite')
    expect(handle.path).toBe(path)
    await handle.close()
  })
})

const server = postgresServer()

describe.each(server ? [server] : [])('opening PostgreSQL on the test server', (server) => {
  it('connects with DATABASE_URL, migrates an empty database and runs the repositories', async () => {
    const url = await server.database()
    const handle = await connectDatabase({ url, path: 'not-used.db' })
    try {
      expect(handle.engine).toBe('postgresql')
      const created = await handle.repos.users.create(
        { email: 'dana@example.org', displayName: 'Dana', passwordHash: 'h', role: 'practitioner' },
        new Date('2026-01-05T09:00:00Z'),
      )
      expect(created.ok).toBe(true)
      expect(await handle.repos.users.findByEmail('DANA@example.org')).toMatchObject({ displayName: 'Dana' })
    } finally {
      await handle.close()
    }
  })

  it('says so when the database does not exist', async () => {
    const url = new URL(server.serverUrl)
    url.pathname = '/no_such_database'
    const error = await refusal(openPostgresDatabase({ url: url.href }))
    expect(error.message).toMatch(
      /^Cannot connect to the database postgres:\/\/open_sds@127\.0\.0\.1:\d+\/no_such_database: the server has no database called no_such_database\. Create it \(createdb no_such_database\) or correct its name in DATABASE_URL\.$/,
    )
  })

  it('says so when the server refuses the user', async () => {
    const url = new URL(server.serverUrl)
    url.username = 'nobody_here'
    const error = await refusal(openPostgresDatabase({ url: url.href }))
    expect(error.message).toMatch(
      /: the server refused the user name or password for nobody_here\. Check them in DATABASE_URL\.$/,
    )
  })

  it('brings a database left by an earlier release up to date, or refuses it when told not to migrate', async () => {
    const url = await server.database()
    const earlier = migrationsBefore(lastTag, tempFolder(), postgresMigrationsFolder)
    await (await openPostgresDatabase({ url, migrationsFolder: earlier.folder })).close()

    const behind = await refusal(openPostgresDatabase({ url, migrate: false }))
    expect(behind.message).toMatch(/^The database postgres:\/\/open_sds@127\.0\.0\.1:\d+\/\w+ is one migration behind/)
    expect(behind.message).toContain('Nothing has been changed. Take a backup, then migrate it')

    const handle = await openPostgresDatabase({ url })
    try {
      const applied = await handle.pool.query('select count(*)::int as n from drizzle.__drizzle_migrations')
      expect(applied.rows).toEqual([{ n: earlier.allCount }])
    } finally {
      await handle.close()
    }
  })

  it('refuses a database migrated by a newer version, and changes nothing', async () => {
    const url = await server.database()
    await (await openPostgresDatabase({ url })).close()
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      await client.query(`insert into drizzle.__drizzle_migrations (hash, created_at) values ('from-the-future', $1)`, [
        Date.parse('2100-01-01'),
      ])
      const error = await refusal(openPostgresDatabase({ url }))
      expect(error.message).toMatch(/has a change to its tables from a newer version of Open SDS than this one/)
      expect(error.message).toContain('Run the newer version, or restore the backup taken before the upgrade')
      const { rows } = await client.query('select count(*)::int as n from drizzle.__drizzle_migrations')
      expect(rows).toEqual([{ n: migrationCount + 1 }])
    } finally {
      await client.end()
    }
  })

  it('lets two processes starting together migrate one new database: one does it, the other finds it done', async () => {
    const url = await server.database()
    const handles = await Promise.all([openPostgresDatabase({ url }), openPostgresDatabase({ url })])
    try {
      const { rows } = await handles[0].pool.query('select count(*)::int as n from drizzle.__drizzle_migrations')
      expect(rows).toEqual([{ n: migrationCount }])
    } finally {
      await Promise.all(handles.map((handle) => handle.close()))
    }
  })
})

// Decision 030: the figure counter's worker opens a background connection, so that on a small machine a long count
// keeps to one of the server's cores and the pages still get the other. The pages' pool keeps the server's settings.
describe.each(server ? [server] : [])('a background connection for counting, beside the pages’ pool', (server) => {
  type Session = { settings: Record<string, string>; plan: string }
  // The session's settings, and the plan of a count the planner would split over parallel workers if it may (costs
  // lowered on this session alone, so a small table is enough to tempt it).
  async function session(pool: pg.Pool): Promise<Session> {
    const client = await pool.connect()
    try {
      const settings: Record<string, string> = {}
      for (const name of ['max_parallel_workers_per_gather', 'jit', 'statement_timeout']) {
        const { rows } = await client.query<Record<string, string>>(`show ${name}`)
        settings[name] = rows[0]?.[name] ?? ''
      }
      await client.query('reset all')
      settings.afterResetAll = (
        await client.query<Record<string, string>>('show max_parallel_workers_per_gather')
      ).rows[0]!.max_parallel_workers_per_gather!
      await client.query(
        'set parallel_setup_cost = 0; set parallel_tuple_cost = 0; set min_parallel_table_scan_size = 0',
      )
      const { rows } = await client.query<{ 'QUERY PLAN': string }>('explain select count(*) from users')
      await client.query('reset all')
      return { settings, plan: rows.map((row) => row['QUERY PLAN']).join('\n') }
    } finally {
      client.release()
    }
  }

  it('runs the count without parallel workers or JIT, while the pages’ pool plans with the server’s defaults', async () => {
    const url = await server.database()
    const pages = await connectDatabase({ url, path: 'not-used.db' })
    const counting = await connectDatabase({ url, path: 'not-used.db', migrate: false, background: true })
    try {
      if (pages.engine !== 'postgresql' || counting.engine !== 'postgresql') throw new Error('expected PostgreSQL')
      const forPages = await session(pages.pool)
      const forCounting = await session(counting.pool)
      expect(forPages.settings).toMatchObject({ max_parallel_workers_per_gather: '2', jit: 'on', afterResetAll: '2' })
      expect(forPages.plan).toMatch(/Gather/)
      // Held for the whole session: a RESET ALL returns to them, not to the server's.
      expect(forCounting.settings).toMatchObject({
        max_parallel_workers_per_gather: '0',
        jit: 'off',
        afterResetAll: '0',
      })
      expect(forCounting.plan).not.toMatch(/Gather/)
      // One connection, so the counts a figure runs side by side take turns rather than a core each.
      expect(counting.pool.options.max).toBe(1)
      expect(pages.pool.options.max).toBe(10)
    } finally {
      await counting.close()
      await pages.close()
    }
  })

  it('keeps the options the operator’s DATABASE_URL already gives', async () => {
    const url = new URL(await server.database())
    url.searchParams.set('options', '-c statement_timeout=120000')
    await (await connectDatabase({ url: url.href, path: 'not-used.db' })).close()
    const counting = await connectDatabase({ url: url.href, path: 'not-used.db', migrate: false, background: true })
    try {
      if (counting.engine !== 'postgresql') throw new Error('expected PostgreSQL')
      expect((await session(counting.pool)).settings).toMatchObject({
        statement_timeout: '2min',
        max_parallel_workers_per_gather: '0',
        jit: 'off',
      })
    } finally {
      await counting.close()
    }
  })
})

// Issue 12: "several portal processes, one database". Each handle here has its own connection pool, as each portal
// process would; what one writes through the repositories, the other sees at once, because nothing that matters is
// held in a process's memory. (SQLite has one writer process by design, so this is PostgreSQL's alone.)

const now = at('2026-03-02T10:00:00Z')

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
