import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { openPostgresDatabase, postgresMigrationsFolder } from '@open-sds/db'
import { freePort } from '@open-sds/portal-harness'
import { afterEach, describe, expect, it } from 'vitest'
import { adminQuery, newPostgresDatabase, testPostgresUrl } from './support/engines'
import { runPortalExpectingExit, startPortal } from './support/portal-process'

// Issue 12: a wrong DATABASE_URL, an unreachable server, a refused login, a database at an older or newer migration
// than the code: the built portal refuses to start with one plain paragraph on stderr, exit code 1, no stack trace,
// and never the password (decision 021).
const PASSWORD = 'Tr0ub4dor-and-3'

function expectPlainRefusal(result: { code: number | null; output: string }, message: RegExp) {
  expect(result.code).toBe(1)
  expect(result.output).toMatch(message)
  expect(result.output).not.toContain(PASSWORD)
  expect(result.output).not.toMatch(/^\s+at /m)
  // One paragraph: the message, with no blank line and no dump of the error object after it.
  expect(result.output.trim()).not.toMatch(/\n\s*\n/)
}

const portalDir = fileURLToPath(new URL('..', import.meta.url))
/** Runs one of the portal's commands (scripts/*.js) and gives its exit code and output. */
function runScript(script: string, args: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, [`scripts/${script}`, ...args], {
    cwd: portalDir,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    encoding: 'utf8',
  })
  return { code: run.status, output: `${run.stderr}${run.stdout}` }
}

describe('DATABASE_URL the portal cannot use: it refuses to start, saying what to do', () => {
  it('a URL that is not PostgreSQL’s names the setting, not its value', async () => {
    const result = await runPortalExpectingExit({ DATABASE_URL: `mysql://council:${PASSWORD}@db.example/portal` })
    expectPlainRefusal(result, /DATABASE_URL: must be a PostgreSQL address like postgres:\/\/user:password@host/)
  })

  it('a URL without a database name', async () => {
    const result = await runPortalExpectingExit({ DATABASE_URL: `postgres://council:${PASSWORD}@db.example:5432` })
    expectPlainRefusal(result, /DATABASE_URL: must be a PostgreSQL address/)
  })

  it('a server that is not there: says where it looked, without the password', async () => {
    const port = await freePort()
    const result = await runPortalExpectingExit({
      DATABASE_URL: `postgres://council:${PASSWORD}@127.0.0.1:${port}/open_sds`,
    })
    expectPlainRefusal(
      result,
      new RegExp(
        `^Cannot connect to the database postgres://council@127\\.0\\.0\\.1:${port}/open_sds: nothing is accepting connections at 127\\.0\\.0\\.1:${port}`,
      ),
    )
  })

  it('the database set-up and the uprating command use DATABASE_URL too, and refuse the same way', async () => {
    const port = await freePort()
    const env = { DATABASE_URL: `postgres://council:${PASSWORD}@127.0.0.1:${port}/open_sds` }
    for (const [script, args] of [
      ['db-setup.js', ['--no-seed']],
      ['uprate.js', ['2026-04-06']],
    ] as const) {
      const result = runScript(script, [...args], env)
      expectPlainRefusal(result, /^Cannot connect to the database postgres:\/\/council@127\.0\.0\.1:\d+\/open_sds/)
    }
  })

  it('DATABASE_MIGRATE must be true or false', async () => {
    const result = await runPortalExpectingExit({ DATABASE_MIGRATE: 'sometimes' })
    expectPlainRefusal(result, /DATABASE_MIGRATE must be "true" or "false", not "sometimes"\./)
  })
})

const serverUrl = testPostgresUrl()
const cleanUps: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp()
})

/** A new database on the test server with the password-free URL a portal would be given, and a way to run SQL on it. */
async function database(server: string) {
  const created = await newPostgresDatabase(server)
  cleanUps.push(created.drop)
  return {
    url: created.url,
    sql: (text: string, parameters: unknown[] = []) => adminQuery(created.url, text, parameters),
  }
}

describe.runIf(serverUrl)('a PostgreSQL server that will not have the portal', () => {
  const server = serverUrl ?? ''

  it('refuses a login the server does not know, naming the user and not the password', async () => {
    const url = new URL(server)
    url.username = 'no_such_council'
    url.password = PASSWORD
    const result = await runPortalExpectingExit({ DATABASE_URL: url.href })
    expectPlainRefusal(
      result,
      /the server refused the user name or password for no_such_council\. Check them in DATABASE_URL/,
    )
  })

  it('a database that does not exist: says how to create it', async () => {
    const url = new URL(server)
    url.pathname = '/no_such_database'
    const result = await runPortalExpectingExit({ DATABASE_URL: url.href })
    expectPlainRefusal(result, /has no database called no_such_database\. Create it \(createdb no_such_database\)/)
  })

  it('a database migrated by a newer version: refused, and nothing changed', async () => {
    const { url, sql } = await database(server)
    expect(runScript('db-setup.js', ['--no-seed'], { DATABASE_URL: url }).code).toBe(0)
    await sql(`insert into drizzle.__drizzle_migrations (hash, created_at) values ('from-a-newer-version', $1)`, [
      Date.parse('2100-01-01'),
    ])
    const before = (await sql('select count(*)::int as n from drizzle.__drizzle_migrations')).rows
    const result = await runPortalExpectingExit({ DATABASE_URL: url })
    expectPlainRefusal(result, /has a change to its tables from a newer version of Open SDS than this one/)
    expect((await sql('select count(*)::int as n from drizzle.__drizzle_migrations')).rows).toEqual(before)
  })

  it('a database one migration behind, with DATABASE_MIGRATE=false: refused; the set-up command migrates it', async () => {
    const { url } = await database(server)
    // Migrated by a version that knew every migration but the latest.
    const earlier = mkdtempSync(path.join(os.tmpdir(), 'open-sds-earlier-'))
    cleanUps.push(async () => rmSync(earlier, { recursive: true, force: true }))
    cpSync(postgresMigrationsFolder, earlier, { recursive: true })
    const journalFile = path.join(earlier, 'meta', '_journal.json')
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] }
    writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, -1) }))
    await (await openPostgresDatabase({ url, migrationsFolder: earlier })).close()
    const refused = await runPortalExpectingExit({ DATABASE_URL: url, DATABASE_MIGRATE: 'false' })
    expectPlainRefusal(refused, /is one migration behind this version of Open SDS, and was opened without migrating/)
    // db-setup always migrates; the portal then starts with DATABASE_MIGRATE=false.
    expect(runScript('db-setup.js', ['--no-seed'], { DATABASE_URL: url }).code).toBe(0)
    const portal = await startPortal({ databaseUrl: url, seed: false, env: { DATABASE_MIGRATE: 'false' } })
    try {
      expect((await fetch(`${portal.url}/`)).status).toBe(200)
    } finally {
      await portal.stop()
    }
  })
})
