import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { demoPeople, openDatabase, UnauditedWriteError } from '@open-sds/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { portalDatabase } from '~/.server/context'
import { PortalClient, csrfTokenIn } from '@open-sds/portal-harness'
import { demoAccount } from './support/demo-account'
import { startPortal, type RunningPortal } from './support/portal-process'

const appFolder = fileURLToPath(new URL('../app', import.meta.url))
const alex = demoPeople.find((person) => person.key === 'alex')?.id ?? ''

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx)$/.test(name) ? [full] : []
  })
}

// Issues 11 and 13, decision 016: a change to someone's record is never stored without its audit row.
describe('the portal cannot store a change without its audit entry', () => {
  it('gives request handlers repositories whose writes refuse outside withAudit', async () => {
    const handle = openDatabase({ path: ':memory:' })
    try {
      const database = portalDatabase(handle)
      // @ts-expect-error a write is not on the repositories outside withAudit, so a route cannot call it there
      const startDraft: unknown = database.repos.assessments.startDraft
      expect(typeof startDraft).toBe('function')
      const sneaky = database.repos.people as unknown as typeof handle.repos.people
      await expect(sneaky.create({ displayName: 'Ada' }, new Date())).rejects.toThrow(UnauditedWriteError)
      expect(handle.sqlite.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 0 })
      const made = await database.withAudit(
        (repos) => repos.people.create({ displayName: 'Ada' }, new Date()),
        (created) => (created.ok ? { at: new Date(), action: 'person.create', resource: 'person:ada' } : undefined),
      )
      expect(made.ok).toBe(true)
    } finally {
      handle.close()
    }
  })

  it('appends audit entries on their own only for reads and refusals, never beside a change', () => {
    const separate: string[] = []
    for (const file of sourceFiles(appFolder)) {
      const source = readFileSync(file, 'utf8')
      const relative = path.relative(appFolder, file)
      // Straight to the database, around the repositories and the audit log: never from the portal.
      if (/database\.(db|sqlite)\b/.test(source)) separate.push(`${relative}: uses the database connection directly`)
      // The actions named where an entry is appended on its own (helpers that take the action from their caller
      // are read helpers: their callers' literal actions are checked here too).
      for (const call of source.matchAll(/(?:audit\.append|auditRead)\([\s\S]*?action: ('[^'\n]*'|[\w.]+)/g)) {
        const action = call[1] ?? ''
        if (!action.startsWith("'")) continue
        if (!/[.-](read|list|view|check|preview|download|export|refused|read-by-person)'$/.test(action))
          separate.push(`${relative}: appends ${action} on its own`)
      }
    }
    expect(separate).toEqual([])
  })
})

let portal: RunningPortal

beforeAll(async () => {
  portal = await startPortal()
})

afterAll(async () => {
  await portal?.stop()
})

/** Makes the database refuse audit entries with this action, as a full disk or a fault would, while the portal runs. */
function refuseAuditOf(action: string): () => void {
  const handle = openDatabase({ path: portal.databasePath, migrate: false })
  handle.sqlite.exec(
    `CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log WHEN NEW.action = '${action}' BEGIN SELECT RAISE(ABORT, 'the disk is full'); END`,
  )
  return () => {
    handle.sqlite.exec('DROP TRIGGER refuse_audit')
    handle.close()
  }
}

function count(sql: string, ...values: string[]): number {
  const handle = openDatabase({ path: portal.databasePath, migrate: false })
  try {
    return (handle.sqlite.prepare(sql).get(...values) as { n: number }).n
  } finally {
    handle.close()
  }
}

async function citizen(): Promise<PortalClient> {
  const client = new PortalClient(portal.url)
  const signedIn = await client.signIn(demoAccount('citizen').email, demoAccount('citizen').password)
  expect(signedIn.status).toBe(302)
  return client
}

describe('when the audit entry cannot be stored, neither is the change', () => {
  it('starting a self-assessment leaves no draft behind', async () => {
    const client = await citizen()
    const drafts = () => count('SELECT count(*) AS n FROM assessments WHERE person_id = ?', alex)
    const restore = refuseAuditOf('assessment.start')
    try {
      const refused = await client.submit(`/people/${alex}/self-assessment`, {})
      expect(refused.status).toBe(500)
      expect(drafts()).toBe(0)
    } finally {
      restore()
    }
    const started = await client.submit(`/people/${alex}/self-assessment`, {})
    expect(started.status).toBe(302)
    expect(drafts()).toBe(1)
    expect(count("SELECT count(*) AS n FROM audit_log WHERE action = 'assessment.start' AND person_id = ?", alex)).toBe(
      1,
    )
  })

  it('starting a financial assessment leaves no draft behind', async () => {
    const client = await citizen()
    const drafts = () => count('SELECT count(*) AS n FROM financial_assessments WHERE person_id = ?', alex)
    const before = drafts()
    const restore = refuseAuditOf('financial-assessment.start')
    try {
      const refused = await client.submit(`/people/${alex}/financial-assessment`, {})
      expect(refused.status).toBe(500)
      expect(drafts()).toBe(before)
    } finally {
      restore()
    }
    const started = await client.submit(`/people/${alex}/financial-assessment`, {})
    expect(started.status).toBe(302)
    expect(drafts()).toBe(before + 1)
  })

  it('signing out keeps the session when its audit entry cannot be stored', async () => {
    const client = await citizen()
    const restore = refuseAuditOf('user.sign-out')
    try {
      const token = csrfTokenIn(await (await client.get('/my-care')).text())
      expect((await client.post('/sign-out', { csrf: token })).status).toBe(500)
    } finally {
      restore()
    }
    // Still signed in: the session was not ended without a record of who ended it.
    expect((await client.get('/my-care')).status).toBe(200)
  })
})
