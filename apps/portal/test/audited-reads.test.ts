import { demoAccounts, demoPeople } from '@open-sds/db'
import { describe, expect, it } from 'vitest'
import { PortalClient } from '@open-sds/portal-harness'
import { demoAccount } from './support/demo-account'
import { portalEngines, portalFor } from './support/engines'
import type { RunningPortal } from './support/portal-process'
import { portalSql } from './support/portal-sql'
import { completeSelfAssessment } from './support/self-assessment'

const alex = demoPeople.find((person) => person.key === 'alex')?.id ?? ''

type Entry = { actor: string | null; person: string | null; action: string }

async function entriesAfter(portal: RunningPortal, id: number): Promise<{ last: number; entries: Entry[] }> {
  const rows = await portalSql(
    portal,
    'SELECT id, actor_user_id AS actor, person_id AS person, action FROM audit_log WHERE id > ? ORDER BY id',
    id,
  )
  const entries = rows.map(({ actor, person, action }) => ({ actor, person, action }) as Entry)
  return { last: Number(rows.at(-1)?.id ?? id), entries }
}

async function signedIn(portal: RunningPortal, key: string): Promise<{ client: PortalClient; userId: string }> {
  const client = new PortalClient(portal.url)
  const signIn = await client.signIn(demoAccount(key).email, demoAccount(key).password)
  expect(signIn.status).toBe(302)
  const userId = demoAccounts.find((account) => account.key === key)?.id
  if (!userId) throw new Error(`No demo account ${key}`)
  return { client, userId }
}

/** Opens each page and collects what the audit log gained meanwhile: who, whose record and what. */
async function walk(portal: RunningPortal, client: PortalClient, pages: string[]) {
  const seen: { page: string; status: number; entries: Entry[] }[] = []
  let last = (await entriesAfter(portal, 0)).last
  for (const page of pages) {
    const response = await client.get(page)
    await response.arrayBuffer()
    const after = await entriesAfter(portal, last)
    last = after.last
    seen.push({ page, status: response.status, entries: after.entries })
  }
  return seen
}

/** The practitioner's link to Alex's sent self-assessment; Alex sends one first if none is there yet. */
async function sentAssessmentLink(portal: RunningPortal, practitioner: PortalClient): Promise<string> {
  const link = async () =>
    /href="(\/practitioner\/assessments\/[^"]+)"/.exec(await (await practitioner.get('/practitioner')).text())?.[1]
  const found = await link()
  if (found) return found
  await completeSelfAssessment((await signedIn(portal, 'citizen')).client, alex)
  return (await link()) ?? ''
}

const unaudited = (seen: Awaited<ReturnType<typeof walk>>, userId: string) =>
  seen
    .filter(({ entries }) => !entries.some((entry) => entry.actor === userId && entry.person === alex))
    .map(({ page }) => page)

// Issue 13: every read of a person's record is audited, every self-assessment and financial-assessment page included.
describe.each(portalEngines())(
  'on $name, every page of a person’s record that is opened is in the audit log, with who opened it and whose it is',
  (engine) => {
    const portal = portalFor(engine)

    it('as the person: their record, each self-assessment and financial-assessment page, plan, risks and budget', async () => {
      const { client, userId } = await signedIn(portal, 'citizen')
      const started = await client.submit(`/people/${alex}/self-assessment`, {})
      const firstQuestion = started.headers.get('location') ?? ''
      expect(firstQuestion).toMatch(/\/self-assessment\/[^/]+$/)
      expect((await client.submit(`/people/${alex}/financial-assessment`, {})).status).toBe(302)
      const pages = [
        `/people/${alex}`,
        `/people/${alex}/self-assessment`,
        firstQuestion,
        `/people/${alex}/self-assessment/check`,
        `/people/${alex}/financial-assessment`,
        `/people/${alex}/financial-assessment/about-you`,
        `/people/${alex}/financial-assessment/capital`,
        `/people/${alex}/financial-assessment/evidence`,
        `/people/${alex}/financial-assessment/check`,
        `/people/${alex}/plan`,
        `/people/${alex}/risks`,
        `/people/${alex}/safeguarding`,
      ]
      const seen = await walk(portal, client, pages)
      expect(seen.map(({ page, status }) => [page, status])).toEqual(pages.map((page) => [page, 200]))
      expect(unaudited(seen, userId)).toEqual([])

      await completeSelfAssessment(client, alex)
      const budget = await walk(portal, client, [`/people/${alex}/budget`])
      expect(budget.map(({ status }) => status)).toEqual([200])
      expect(unaudited(budget, userId)).toEqual([])
    })

    it('as their practitioner: the record, the assessment sent to them and the risks', async () => {
      const { client, userId } = await signedIn(portal, 'practitioner')
      const assessment = await sentAssessmentLink(portal, client)
      const pages = [`/people/${alex}`, assessment, `/people/${alex}/risks`]
      const seen = await walk(portal, client, pages)
      expect(seen.map(({ page, status }) => [page, status])).toEqual(pages.map((page) => [page, 200]))
      expect(unaudited(seen, userId)).toEqual([])
    })
  },
)
