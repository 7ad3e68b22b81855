import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { demoPeople, UnauditedWriteError } from '@open-sds/db'
import { describe, expect, it } from 'vitest'
import { portalDatabase } from '~/.server/context'
import { PortalClient, csrfTokenIn } from '@open-sds/portal-harness'
import { demoAccount } from './support/demo-account'
import { openPortalDatabase, portalEngines, portalFor } from './support/engines'
import type { RunningPortal } from './support/portal-process'
import { countIn, refuseAuditEntriesOf } from './support/portal-sql'

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
describe.each(portalEngines())('on $name, the portal cannot store a change without its audit entry', (engine) => {
  it('gives request handlers repositories whose writes refuse outside withAudit', async () => {
    const at = await engine.freshDatabase()
    const handle = await openPortalDatabase(at)
    try {
      const database = portalDatabase(handle)
      // @ts-expect-error a write is not on the repositories outside withAudit, so a route cannot call it there
      const startDraft: unknown = database.repos.assessments.startDraft
      expect(typeof startDraft).toBe('function')
      const sneaky = database.repos.people as unknown as typeof handle.repos.people
      await expect(sneaky.create({ displayName: 'Ada' }, new Date())).rejects.toThrow(UnauditedWriteError)
      expect(await countIn(at, 'SELECT count(*) AS n FROM people')).toBe(0)
      const made = await database.withAudit(
        (repos) => repos.people.create({ displayName: 'Ada' }, new Date()),
        (created) => (created.ok ? { at: new Date(), action: 'person.create', resource: 'person:ada' } : undefined),
      )
      expect(made.ok).toBe(true)
      expect(await countIn(at, 'SELECT count(*) AS n FROM people')).toBe(1)
    } finally {
      await handle.close()
      await at.remove()
    }
  })
})

describe('the portal cannot store a change without its audit entry', () => {
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
        if (!/[.-](read|list|view|check|preview|download|export|refused|read-by-person|search|open)'$/.test(action))
          separate.push(`${relative}: appends ${action} on its own`)
      }
    }
    expect(separate).toEqual([])
  })
})

async function citizen(portal: RunningPortal): Promise<PortalClient> {
  const client = new PortalClient(portal.url)
  const signedIn = await client.signIn(demoAccount('citizen').email, demoAccount('citizen').password)
  expect(signedIn.status).toBe(302)
  return client
}

describe.each(portalEngines())('on $name, when the audit entry cannot be stored, neither is the change', (engine) => {
  const portal = portalFor(engine)

  it('starting a self-assessment leaves no draft behind', async () => {
    const client = await citizen(portal)
    const drafts = () => countIn(portal, 'SELECT count(*) AS n FROM assessments WHERE person_id = ?', alex)
    const restore = await refuseAuditEntriesOf(portal, 'assessment.start')
    try {
      const refused = await client.submit(`/people/${alex}/self-assessment`, {})
      expect(refused.status).toBe(500)
      expect(await drafts()).toBe(0)
    } finally {
      await restore()
    }
    const started = await client.submit(`/people/${alex}/self-assessment`, {})
    expect(started.status).toBe(302)
    expect(await drafts()).toBe(1)
    expect(
      await countIn(
        portal,
        "SELECT count(*) AS n FROM audit_log WHERE action = 'assessment.start' AND person_id = ?",
        alex,
      ),
    ).toBe(1)
  })

  it('starting a financial assessment leaves no draft behind', async () => {
    const client = await citizen(portal)
    const drafts = () => countIn(portal, 'SELECT count(*) AS n FROM financial_assessments WHERE person_id = ?', alex)
    const before = await drafts()
    const restore = await refuseAuditEntriesOf(portal, 'financial-assessment.start')
    try {
      const refused = await client.submit(`/people/${alex}/financial-assessment`, {})
      expect(refused.status).toBe(500)
      expect(await drafts()).toBe(before)
    } finally {
      await restore()
    }
    const started = await client.submit(`/people/${alex}/financial-assessment`, {})
    expect(started.status).toBe(302)
    expect(await drafts()).toBe(before + 1)
  })

  it('signing in starts no session when its audit entry cannot be stored', async () => {
    const sessions = () => countIn(portal, 'SELECT count(*) AS n FROM sessions')
    const before = await sessions()
    const restore = await refuseAuditEntriesOf(portal, 'user.sign-in')
    try {
      const refused = await new PortalClient(portal.url).signIn(
        demoAccount('citizen').email,
        demoAccount('citizen').password,
      )
      expect(refused.status).toBe(500)
      expect(await sessions()).toBe(before)
    } finally {
      await restore()
    }
  })

  it('signing out keeps the session when its audit entry cannot be stored', async () => {
    const client = await citizen(portal)
    const restore = await refuseAuditEntriesOf(portal, 'user.sign-out')
    try {
      const token = csrfTokenIn(await (await client.get('/my-care')).text())
      expect((await client.post('/sign-out', { csrf: token })).status).toBe(500)
    } finally {
      await restore()
    }
    // Still signed in: the session was not ended without a record of who ended it.
    expect((await client.get('/my-care')).status).toBe(200)
  })
})
