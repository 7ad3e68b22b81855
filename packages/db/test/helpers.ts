import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { runCli } from '../src/cli-run.js'
import {
  migrationsFolder,
  openDatabase,
  type DatabaseHandle,
  type FinancialOutcome,
  type Repositories,
} from '../src/index.js'
import { people } from '../src/schema.js'

export const at = (iso: string) => new Date(iso)
export const minutes = (n: number) => n * 60_000

/** Runs the open-sds-db command with a stand-in password hash and a fixed clock: its exit code and what it wrote. */
export async function runCommand(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(
    args,
    { out: (text) => out.push(text), err: (text) => err.push(text) },
    { hashPassword: (plain) => `test-only:${plain.length}`, now: () => at('2025-04-01T09:00:00Z') },
  )
  return { code, out: out.join('\n'), err: err.join('\n') }
}

/** A cheap scrypt cost so tests stay fast; the default cost is for real passwords. */
export const testScryptCost = { N: 2 ** 10, r: 8, p: 1 }

/**
 * Gives each test its own temporary folder and database files, closed and removed after the test.
 * Call once at the top of a test file.
 */
export function useTempDatabases() {
  const folders: string[] = []
  const handles: DatabaseHandle[] = []
  afterEach(() => {
    for (const handle of handles.splice(0)) handle.close()
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
  })
  const folder = () => {
    const made = mkdtempSync(join(tmpdir(), 'open-sds-db-'))
    folders.push(made)
    return made
  }
  const open = (path: string, options: { migrate?: boolean } = {}) => {
    const handle = openDatabase({ path, ...options })
    handles.push(handle)
    return handle
  }
  return {
    folder,
    open,
    /** A new database file in a new folder, migrated. */
    fresh: () => open(join(folder(), 'portal.db')),
  }
}

export async function createUser(handle: { repos: Repositories }, email: string, now = at('2025-04-01T09:00:00Z')) {
  const created = await handle.repos.users.create(
    { email, displayName: email.split('@')[0] ?? email, passwordHash: 'not-a-real-hash', role: 'citizen' },
    now,
  )
  if (!created.ok) throw new Error(`test setup: ${JSON.stringify(created.errors)}`)
  return created.value
}

export async function createPerson(
  handle: { repos: Repositories },
  displayName: string,
  now = at('2025-04-01T09:00:00Z'),
) {
  const created = await handle.repos.people.create({ displayName }, now)
  if (!created.ok) throw new Error(`test setup: ${JSON.stringify(created.errors)}`)
  return created.value
}

/**
 * An account as an earlier release stored it: only the columns every release has had, so a test can make one in a
 * database built by the earlier migrations (today's repository writes columns added since, such as email_verified_at).
 */
export async function createUserAsEarlierRelease(
  handle: Pick<DatabaseHandle, 'sqlite'>,
  email: string,
  now = at('2025-04-01T09:00:00Z'),
) {
  const user = {
    id: randomUUID(),
    email,
    displayName: email.split('@')[0] ?? email,
    role: 'citizen' as const,
    createdAt: now,
    disabledAt: null,
  }
  handle.sqlite
    .prepare('insert into users (id, email, display_name, password_hash, role, created_at) values (?, ?, ?, ?, ?, ?)')
    .run(user.id, user.email, user.displayName, 'not-a-real-hash', user.role, now.getTime())
  return user
}

/**
 * A person as an earlier release wrote one, for a database built by earlier migrations: the people row alone. Today's
 * `people.create` also writes the keys a person is found by (issue 18), in tables such a database does not have yet.
 */
export async function createPersonAsEarlierRelease(
  handle: Pick<DatabaseHandle, 'db'>,
  displayName: string,
  now = at('2025-04-01T09:00:00Z'),
) {
  const [row] = await handle.db.insert(people).values({ id: randomUUID(), displayName, createdAt: now }).returning()
  if (!row) throw new Error('test setup: no person row stored')
  return row
}

/**
 * A migrations folder holding only the migrations released before the one whose tag ends with `tagSuffix`, to build a
 * database as an earlier release left it. Returns the folder and how many migrations the full set has.
 */
export function migrationsBefore(tagSuffix: string, folder: string, all = migrationsFolder) {
  const journal = JSON.parse(readFileSync(join(all, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] }
  const upTo = journal.entries.findIndex((entry) => entry.tag.endsWith(tagSuffix))
  if (upTo < 1) throw new Error(`test setup: no migration after the first ends with ${tagSuffix}`)
  const earlier = join(folder, 'migrations')
  mkdirSync(join(earlier, 'meta'), { recursive: true })
  const entries = journal.entries.slice(0, upTo)
  for (const entry of entries) copyFileSync(join(all, `${entry.tag}.sql`), join(earlier, `${entry.tag}.sql`))
  writeFileSync(join(earlier, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }))
  return { folder: earlier, allCount: journal.entries.length }
}

/** A financial assessment's result as @open-sds/charging gives it, with this weekly charge. */
export const financialOutcome = (
  weeklyChargePence: number,
  overrides: Partial<FinancialOutcome> = {},
): FinancialOutcome => ({
  result: { weeklyChargePence, explanation: [{ text: `Charge ${weeklyChargePence}` }] },
  weeklyChargePence,
  weeklyCostOfCarePence: 30_000,
  rulesVersion: 'charging-rules-2026.1',
  policyName: 'Test policy',
  policyVersion: '1',
  ratesYear: '2025/26',
  assessedFor: '2025-09-01',
  ...overrides,
})
