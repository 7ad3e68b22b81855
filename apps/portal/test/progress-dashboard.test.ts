import { todayInEngland } from '@open-sds/kernel'
import { seedDecidedSelfAssessment, type AnyDatabaseHandle } from '@open-sds/db'
import { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshlyCounted } from './support/counted-figures'
import { demoAccount as account } from './support/demo-account'
import { openPortalDatabase, portalEngines } from './support/engines'
import type { RunningPortal } from './support/portal-process'
import { htmlOf } from './support/page-html'

// The progress dashboard (decisions 011 and 022): counted by the portal's worker, shown with when it was counted,
// suppressed as @open-sds/coproduction publishes it, downloadable as CSV, and counted again when asked. On SQLite
// and, given a test server, on PostgreSQL (decisions 021 and 026).

const DAY = 86_400_000
const text = htmlOf
const eligibleRow = (html: string) => /<th[^>]*>People with eligible needs<\/th><td[^>]*>([^<]*)<\/td>/.exec(html)?.[1]

/**
 * Records `count` new people, each with a self-assessment a practitioner decided eligible twenty days ago, through the
 * repositories of the portal's own database (as the eligibility pages would store them).
 */
async function eligiblePeople(database: AnyDatabaseHandle, count: number, label: string): Promise<void> {
  const practitionerId = (await database.repos.users.findByEmail(account('practitioner').email))?.id ?? ''
  const daysAgo = (days: number) => new Date(Date.now() - days * DAY)
  for (let index = 0; index < count; index += 1) {
    const person = await database.repos.people.create(
      { displayName: `${label} ${String(index + 1)}`, dateOfBirth: '1960-01-01' },
      daysAgo(40),
    )
    if (!person.ok) throw new Error(`test setup: ${JSON.stringify(person.errors)}`)
    await seedDecidedSelfAssessment(database, {
      personId: person.value.id,
      practitionerId,
      weeklyPence: 25_000,
      eligible: true,
      startedAt: daysAgo(30),
      submittedAt: daysAgo(29),
      decidedAt: daysAgo(20),
    })
  }
}

describe.each(portalEngines())('the progress dashboard on $name', (engine) => {
  let portal: RunningPortal
  let database: AnyDatabaseHandle
  let admin: PortalClient

  beforeAll(async () => {
    portal = await engine.start({ env: { OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county' } })
    database = await openPortalDatabase(portal)
    admin = new PortalClient(portal.url)
    await admin.signIn(account('council-admin').email, account('council-admin').password)
  })

  afterAll(async () => {
    await database?.close()
    await portal?.stop()
  })

  // First, before anyone opens the page (opening it would itself ask for a count).
  it('a freshly started portal has counted the dashboard without anyone asking, so the first visit shows figures', async () => {
    const deadline = Date.now() + 20_000
    let counted = await database.repos.figureCounts.find('progress-dashboard', todayInEngland(new Date()))
    while (counted?.countedAt == null && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      counted = await database.repos.figureCounts.find('progress-dashboard', todayInEngland(new Date()))
    }
    expect(counted?.countedAt, 'the dashboard was not counted within 20 seconds of the start').toBeInstanceOf(Date)
    expect(counted?.problem).toBeNull()
    // Asked for by the service itself, with its audit entry (no account).
    const asked = (await database.repos.audit.listRecent({ limit: 50 })).filter(
      (entry) => entry.action === 'figures.count-requested' && entry.resource.startsWith('figures:progress-dashboard:'),
    )
    expect(asked.map((entry) => entry.actorUserId)).toEqual([null])

    const html = await text(await admin.get('/admin/progress'))
    expect(html).toMatch(/Counted at \d\d:\d\d on \d+ \w+ \d{4}/)
    expect(html).not.toContain('These figures are being counted')
    expect(eligibleRow(html)).toBe('0')
  })

  it('the page and its CSV hide a handful of eligible people', async () => {
    await eligiblePeople(database, 3, 'Handful')
    const html = await freshlyCounted(admin, '/admin/progress')
    expect(html).toMatch(/Counted at \d\d:\d\d on \d+ \w+ \d{4}/)
    expect(eligibleRow(html)).toBe('*')
    expect(html).toContain('How it is counted')
    expect(html).toContain('<svg')
    const csv = await (await admin.get('/admin/progress.csv')).text()
    expect(csv.split('\r\n')[1]).toMatch(/^People with eligible needs,\*,,,/)
    expect(csv).not.toMatch(/^People with eligible needs,3,/m)
  })

  it('a recount asked for after a change counts it: six eligible people are shown, on the page and in the CSV', async () => {
    await eligiblePeople(database, 3, 'More')
    const html = await freshlyCounted(admin, '/admin/progress')
    expect(eligibleRow(html)).toBe('6')
    const csv = await (await admin.get('/admin/progress.csv')).text()
    expect(csv.split('\r\n')[1]).toMatch(/^People with eligible needs,6,/)
  })
})
