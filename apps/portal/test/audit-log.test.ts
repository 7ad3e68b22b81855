import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { auditActions, demoAccounts, demoPeople, isAuditAction } from '@open-sds/db'
import { PortalClient } from '@open-sds/portal-harness'
import { describe, expect, it } from 'vitest'
import { demoAccount } from './support/demo-account'
import { portalEngines, portalFor } from './support/engines'
import type { RunningPortal } from './support/portal-process'
import { portalSql } from './support/portal-sql'
import { htmlOf } from './support/page-html'

const alex = demoPeople.find((person) => person.key === 'alex')
const citizenId = demoAccounts.find((account) => account.key === 'citizen')?.id ?? ''
const adminId = demoAccounts.find((account) => account.key === 'council-admin')?.id ?? ''

async function signedIn(portal: RunningPortal, key: string): Promise<PortalClient> {
  const client = new PortalClient(portal.url)
  expect((await client.signIn(demoAccount(key).email, demoAccount(key).password)).status).toBe(302)
  return client
}

const text = htmlOf

/** The cells of each row of the page's audit table, tags removed. */
const tableRows = (html: string) =>
  [...(html.split('<tbody')[1] ?? '').matchAll(/<tr class="govuk-table__row">([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) =>
      (cell[1] ?? '').replace(/<span class="govuk-visually-hidden">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, ''),
    ),
  )

async function lastEntry(portal: RunningPortal, action: string) {
  // The detail as text on both engines (node-postgres would hand PostgreSQL's json column over already parsed).
  const [row] = await portalSql(
    portal,
    'SELECT actor_user_id AS actor, person_id AS person, CAST(detail AS TEXT) AS detail FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1',
    action,
  )
  return row as { actor: string; person: string | null; detail: string } | undefined
}

describe.each(portalEngines())('$name', (engine) => {
  const portal = portalFor(engine)

  // Issue 19: the audit log read in codes and ids; it now reads in names, plain words and GOV.UK times.
  describe('the audit log in plain words', () => {
    it('names who did it and to whom, says what in words and when as a date and time, never a code', async () => {
      const citizen = await signedIn(portal, 'citizen')
      expect((await citizen.get(`/people/${alex?.id}`)).status).toBe(200)
      const admin = await signedIn(portal, 'council-admin')
      const html = await text(await admin.get('/admin/audit'))
      const rows = tableRows(html)
      const opened = rows.find((row) => row[2] === 'Opened the record')
      expect(opened?.[1]).toBe(`${demoAccount('citizen').displayName} (${demoAccount('citizen').email})`)
      expect(opened?.[3]).toBe('Alex Morgan')
      expect(opened?.[0]).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4} at \d{1,2}:\d{2}(am|pm)$/)
      expect(html).toContain(`href="/admin/audit?person=${alex?.id}"`)
      for (const row of rows) expect(isAuditAction(row[2] ?? '')).toBe(false)
      expect(html).not.toMatch(/>(person\.read|user\.sign-in)</)
    })

    it('narrows the log by person, by who did it and by what they did, with a GET form that needs no script', async () => {
      const citizen = await signedIn(portal, 'citizen')
      await citizen.get(`/people/${alex?.id}`)
      const admin = await signedIn(portal, 'council-admin')
      const page = await text(await admin.get('/admin/audit'))
      expect(page).toMatch(/<form method="get" action="\/admin\/audit"/)
      expect(page).toContain('<label class="govuk-label govuk-label--s" for="actor">Who did it</label>')
      const filtered = await text(
        await admin.get(`/admin/audit?person=${alex?.id}&actor=${citizenId}&action=person.read`),
      )
      const rows = tableRows(filtered)
      expect(rows.length).toBeGreaterThan(0)
      expect(new Set(rows.map((row) => `${row[1]} | ${row[2]} | ${row[3]}`))).toEqual(
        new Set([
          `${demoAccount('citizen').displayName} (${demoAccount('citizen').email}) | Opened the record | Alex Morgan`,
        ]),
      )
      // The choices stay chosen, so the person sees what they filtered by.
      expect(filtered).toMatch(/<option value="person\.read" selected="">Opened the record<\/option>/)
    })

    it('names a filter that is not among its choices, and still shows the log', async () => {
      const admin = await signedIn(portal, 'council-admin')
      const response = await admin.get('/admin/audit?action=person.teleport')
      expect(response.status).toBe(200)
      const html = await text(response)
      expect(html).toContain('There is a problem')
      expect(html).toContain('<a href="#action">Choose what was done from the list</a>')
      expect(tableRows(html).length).toBeGreaterThan(0)
    })

    // A hundred and one pages read one after another: the timeout leaves room for a busy machine.
    it('pages back through a filtered log, keeping the filters', async () => {
      const admin = await signedIn(portal, 'council-admin')
      for (let reading = 0; reading < 101; reading += 1) await admin.get('/admin/audit')
      const first = await text(await admin.get(`/admin/audit?actor=${adminId}&action=audit.read`))
      const older = /href="(\/admin\/audit\?actor=[^"]+&amp;action=audit\.read&amp;before=\d+)"/.exec(first)?.[1]
      expect(older).toBeDefined()
      const second = tableRows(await text(await admin.get((older ?? '').replaceAll('&amp;', '&'))))
      expect(second.length).toBeGreaterThan(0)
      expect(new Set(second.map((row) => row[2]))).toEqual(new Set(['Read the audit log']))
    }, 90_000)

    it('downloads the filtered entries as CSV in names and words, with the code for analysts, and audits it', async () => {
      const citizen = await signedIn(portal, 'citizen')
      await citizen.get(`/people/${alex?.id}`)
      const admin = await signedIn(portal, 'council-admin')
      const response = await admin.get(`/admin/audit.csv?person=${alex?.id}&action=person.read`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toContain('text/csv')
      const lines = (await response.text()).trimEnd().split('\r\n')
      expect(lines[0]).toBe('When,Who,What,About,Action code,Record,Time (UTC)')
      expect(lines.length).toBeGreaterThan(1)
      for (const line of lines.slice(1)) expect(line).toContain(',Opened the record,Alex Morgan,person.read,')
      expect(lines[1]).toContain(`${demoAccount('citizen').displayName} (${demoAccount('citizen').email})`)
      const download = await lastEntry(portal, 'audit.download')
      expect(download?.actor).toBe(adminId)
      expect(download?.person).toBe(alex?.id)
      expect(JSON.parse(download?.detail ?? '{}')).toMatchObject({ action: 'person.read', entries: lines.length - 1 })
    })

    it('records each reading of the log with what was looked for', async () => {
      const admin = await signedIn(portal, 'council-admin')
      await admin.get(`/admin/audit?actor=${citizenId}`)
      const read = await lastEntry(portal, 'audit.read')
      expect(read?.actor).toBe(adminId)
      expect(JSON.parse(read?.detail ?? '{}')).toMatchObject({ actor: citizenId })
    })

    it('is for council administrators only, the download too', async () => {
      const citizen = await signedIn(portal, 'citizen')
      expect((await citizen.get('/admin/audit.csv')).status).toBe(403)
    })
  })

  // Issue 19: a person's record showed its history in codes for all but four actions.
  describe("a person's own record", () => {
    it('shows its history in the same plain words, never a code', async () => {
      const citizen = await signedIn(portal, 'citizen')
      await citizen.get(`/people/${alex?.id}/self-assessment`)
      const html = await text(await citizen.get(`/people/${alex?.id}`))
      const history = tableRows(html).map((row) => row[1])
      expect(history).toContain('Opened the record')
      for (const what of history) {
        expect(what).not.toMatch(/^[a-z-]+\.[a-z-.]+$/)
        expect(what).not.toBe('Did something this version no longer records')
      }
    })
  })
})

/** Every `action: 'x.y'` (or `` `x.${y}` ``) written in the portal and the db package. */
function writtenActionCodes(): string[] {
  const roots = ['../app', '../../../packages/db/src'].map((path) => fileURLToPath(new URL(path, import.meta.url)))
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : []
    })
  return roots.flatMap(files).flatMap((file) => {
    const source = readFileSync(file, 'utf8')
    if (!/(action|audit|AuditEntry|AUDITED)/i.test(source)) return []
    // A code after `action:` is one whatever its subject; elsewhere (a map of codes, an argument) the subject says.
    const afterAction = [...source.matchAll(/action: ['`]([a-z][a-z0-9-]*\.[a-z][a-z0-9.${}-]*)['`]/g)]
    const anywhere = [...source.matchAll(/['`]([a-z][a-z0-9-]*\.[a-z][a-z0-9.${}-]*)['`]/g)].filter((match) =>
      isCodeLike(match[1] ?? ''),
    )
    return [...afterAction, ...anywhere].map((match) => match[1] ?? '')
  })
}

const isCodeLike = (code: string) =>
  /^(assessment|audit|budget|client-level-data|comment|demo-data|eligibility|figures|financial-[a-z]+|person|positive-risk|progress|ras|request|safeguarding[a-z0-9-]*|short-term-support|support-plan|survey[a-z-]*|user|you-said-we-did)\./.test(
    code,
  ) && !/\.(js|ts|tsx|json|csv|server)$/.test(code)

describe('the words for every audit code', () => {
  it('has words for every code written anywhere, templated ones included', () => {
    const written = writtenActionCodes()
    expect(written.length).toBeGreaterThan(40)
    const known = new Set<string>(auditActions)
    const missing = written.filter((code) => {
      if (!code.includes('${')) return !known.has(code)
      // `comment.${decision}`: some code with that start and end has words.
      const [start = '', end = ''] = code.split(/\$\{[^}]*\}/)
      return !auditActions.some((action) => action.startsWith(start) && action.endsWith(end))
    })
    expect(missing).toEqual([])
  })
})
