import { join } from 'node:path'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { openDatabase, openPostgresDatabase } from '../src/index.js'
import { postgresServer } from './engines.js'
import { runCommand, useTempDatabases } from './helpers.js'

// Moving a council across (issue 12, decision 021): `open-sds-db copy-to-postgres --from <file> --to <url>`, tried on
// the demo seed against the throwaway test server.
const temp = useTempDatabases()
const server = postgresServer()

const run = runCommand

async function seededFile(): Promise<string> {
  const path = join(temp.folder(), 'portal.db')
  expect((await run(['seed', path])).code).toBe(0)
  return path
}

async function query(url: string, text: string, parameters: unknown[] = []) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(text, parameters)).rows as Record<string, unknown>[]
  } finally {
    await client.end()
  }
}

/** Every table's row count in a SQLite file, by plain SQL. */
function sqliteCounts(path: string): Record<string, number> {
  const handle = openDatabase({ path, migrate: false })
  try {
    const tables = handle.sqlite
      .prepare(
        `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'`,
      )
      .all() as { name: string }[]
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        (handle.sqlite.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n,
      ]),
    )
  } finally {
    handle.close()
  }
}

describe('open-sds-db copy-to-postgres', () => {
  it('says how to call it when --from or --to is missing', async () => {
    const result = await run(['copy-to-postgres', '--from', 'portal.db'])
    expect(result.code).toBe(2)
    expect(result.err).toContain('copy-to-postgres needs --from <database-file> --to <postgres-url>.')
  })

  it('refuses a target that is not PostgreSQL’s, without echoing a password', async () => {
    const result = await run(['copy-to-postgres', '--from', 'portal.db', '--to', 'mysql://council:s3cret@db/portal'])
    expect(result.code).toBe(2)
    expect(result.err).toContain('--to must be a PostgreSQL URL')
    expect(result.err).not.toContain('s3cret')
  })
})

describe.runIf(server)('open-sds-db copy-to-postgres on a PostgreSQL server', () => {
  const withPassword = (url: string) => {
    const shown = new URL(url)
    shown.password = 'not-needed-but-never-shown'
    return shown.href
  }

  it('copies the demo seed whole: the same rows in every table, ids and rowids kept, and the portal carries on there', async () => {
    const file = await seededFile()
    const url = await (server?.database() ?? Promise.reject(new Error('no server')))
    const result = await run(['copy-to-postgres', '--from', file, '--to', withPassword(url)])
    expect(result.err).toBe('')
    expect(result.code).toBe(0)
    expect(result.out).not.toContain('not-needed-but-never-shown')
    expect(result.out).toMatch(
      /^Copied .*portal\.db into postgres:\/\/open_sds@127\.0\.0\.1:\d+\/\w+: \d+ rows in \d+ tables\./,
    )

    // Counted independently of the command: every table that has rows in SQLite has as many on PostgreSQL.
    const counts = sqliteCounts(file)
    for (const [table, rows] of Object.entries(counts).filter(([, rows]) => rows > 0)) {
      const [found] = await query(url, `select count(*)::int as n from "${table}"`)
      expect({ table, rows: found?.n }).toEqual({ table, rows })
      expect(result.out).toContain(`  ${table}: ${rows} row`)
    }
    expect(counts.users).toBe(6)
    expect(counts.outcome_ratings).toBeGreaterThan(0)

    // Ids and values kept; SQLite's rowid in the identity column named rowid.
    const sqlite = openDatabase({ path: file, migrate: false })
    const ratings = sqlite.sqlite.prepare('select rowid, id, comment from outcome_ratings order by rowid').all()
    const user = sqlite.sqlite
      .prepare(`select id, email, password_hash, created_at from users where email = 'finance@example.org'`)
      .get() as Record<string, unknown>
    sqlite.close()
    expect(await query(url, 'select rowid::int as rowid, id, comment from outcome_ratings order by rowid')).toEqual(
      ratings,
    )
    expect(
      await query(
        url,
        `select id, email, password_hash, created_at::bigint as created_at from users where email = $1`,
        ['finance@example.org'],
      ),
    ).toEqual([{ ...user, created_at: String(user.created_at) }])

    // The repositories read it back, and new rows are numbered after the copied ones (sequences reset).
    const handle = await openPostgresDatabase({ url })
    try {
      expect((await handle.repos.users.findByEmail('finance@example.org'))?.id).toBe(user.id)
      const before = await query(url, 'select max(id)::int as id from audit_log')
      await handle.repos.audit.append({
        at: new Date(),
        action: 'audit.read',
        resource: 'audit-log',
        actorUserId: null,
      })
      const after = await query(url, 'select max(id)::int as id from audit_log')
      expect(Number(after[0]?.id)).toBe(Number(before[0]?.id ?? 0) + 1)
    } finally {
      await handle.close()
    }
  })

  it('refuses a target that already holds rows, and changes nothing there', async () => {
    const file = await seededFile()
    const url = await (server?.database() ?? Promise.reject(new Error('no server')))
    expect((await run(['copy-to-postgres', '--from', file, '--to', url])).code).toBe(0)
    const before = await query(url, 'select count(*)::int as n from people')
    const again = await run(['copy-to-postgres', '--from', file, '--to', url])
    expect(again.code).toBe(1)
    expect(again.err).toMatch(
      /already holds rows \(in .*people.*\)\. Copy only into a new, empty database: nothing has been copied\./,
    )
    expect(await query(url, 'select count(*)::int as n from people')).toEqual(before)
  })

  it('undoes the whole copy when a table does not match after copying (a value changed on the way in)', async () => {
    const file = await seededFile()
    const url = await (server?.database() ?? Promise.reject(new Error('no server')))
    await (await openPostgresDatabase({ url })).close()
    // Something on the target that alters what is written: the content checksum must notice.
    await query(
      url,
      `create function mangle() returns trigger language plpgsql as $$ begin new.display_name := new.display_name || '!'; return new; end $$;
       create trigger mangle before insert on people for each row execute function mangle();`,
    )
    const result = await run(['copy-to-postgres', '--from', file, '--to', url])
    expect(result.code).toBe(1)
    expect(result.err).toMatch(
      /was undone, so the PostgreSQL database is empty again: the table people does not match after copying \(3 rows in SQLite, 3 in PostgreSQL, with different content\)/,
    )
    for (const table of ['users', 'people', 'person_access'])
      expect(await query(url, `select count(*)::int as n from ${table}`)).toEqual([{ n: 0 }])
  })
})
