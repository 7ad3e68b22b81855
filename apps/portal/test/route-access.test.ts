import { demoAccounts } from '@open-sds/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PortalClient } from './support/http-client'
import { startPortal, type RunningPortal } from './support/portal-process'
import { completeSelfAssessment } from './support/self-assessment'

type Who = 'anonymous' | 'citizen' | 'practitioner' | 'finance-officer' | 'council-admin' | 'ulo-admin'
const EVERYONE: Who[] = ['anonymous', 'citizen', 'practitioner', 'finance-officer', 'council-admin', 'ulo-admin']
const STAFF_AND_CITIZENS = EVERYONE.filter((who) => who !== 'anonymous')

/**
 * The specification of who gets in where, written independently of the portal's own access table.
 * `ok` is what an allowed visitor gets (a page, or a redirect to where they belong).
 */
type Expectation = { routeId: string; path: (ids: Ids) => string; allowed: Who[]; ok: number }
type Ids = { citizensPerson: string; firstQuestion: string; sentAssessment: string }

const SPEC: Expectation[] = [
  { routeId: 'routes/_index', path: () => '/', allowed: EVERYONE, ok: 200 },
  { routeId: 'routes/pages.$slug', path: () => '/pages/accessibility-statement', allowed: EVERYONE, ok: 200 },
  { routeId: 'routes/brand[.]css', path: () => '/brand.css', allowed: EVERYONE, ok: 200 },
  { routeId: 'routes/ping', path: () => '/ping', allowed: EVERYONE, ok: 200 },
  // The catch-all answers every unknown address with the service's own 404 page.
  { routeId: 'routes/$', path: () => '/no/such/page', allowed: EVERYONE, ok: 404 },
  { routeId: 'routes/sign-up', path: () => '/sign-up', allowed: ['anonymous'], ok: 200 },
  { routeId: 'routes/sign-in', path: () => '/sign-in', allowed: ['anonymous'], ok: 200 },
  { routeId: 'routes/sign-out', path: () => '/sign-out', allowed: STAFF_AND_CITIZENS, ok: 302 },
  { routeId: 'routes/account', path: () => '/account', allowed: STAFF_AND_CITIZENS, ok: 302 },
  { routeId: 'routes/my-care', path: () => '/my-care', allowed: ['citizen'], ok: 200 },
  { routeId: 'routes/people.$personId', path: (ids) => `/people/${ids.citizensPerson}`, allowed: ['citizen', 'practitioner'], ok: 200 },
  { routeId: 'routes/people_.$personId.self-assessment._index', path: (ids) => `/people/${ids.citizensPerson}/self-assessment`, allowed: ['citizen'], ok: 200 },
  { routeId: 'routes/people_.$personId.self-assessment.$questionId', path: (ids) => `/people/${ids.citizensPerson}/self-assessment/${ids.firstQuestion}`, allowed: ['citizen'], ok: 200 },
  { routeId: 'routes/people_.$personId.self-assessment.check', path: (ids) => `/people/${ids.citizensPerson}/self-assessment/check`, allowed: ['citizen'], ok: 200 },
  // With no budget yet, the budget page sends the person to their self-assessment.
  { routeId: 'routes/people_.$personId.budget', path: (ids) => `/people/${ids.citizensPerson}/budget`, allowed: ['citizen'], ok: 302 },
  { routeId: 'routes/practitioner_.assessments.$assessmentId', path: (ids) => `/practitioner/assessments/${ids.sentAssessment}`, allowed: ['practitioner'], ok: 200 },
  { routeId: 'routes/practitioner', path: () => '/practitioner', allowed: ['practitioner'], ok: 200 },
  { routeId: 'routes/finance', path: () => '/finance', allowed: ['finance-officer'], ok: 200 },
  { routeId: 'routes/admin._index', path: () => '/admin', allowed: ['council-admin'], ok: 200 },
  { routeId: 'routes/admin.ras', path: () => '/admin/ras', allowed: ['council-admin'], ok: 200 },
  { routeId: 'routes/admin.audit', path: () => '/admin/audit', allowed: ['council-admin'], ok: 200 },
  { routeId: 'routes/organisation', path: () => '/organisation', allowed: ['ulo-admin'], ok: 200 },
]

let portal: RunningPortal
const clients = new Map<Who, PortalClient>()
let ids: Ids

beforeAll(async () => {
  portal = await startPortal()
  clients.set('anonymous', new PortalClient(portal.url))
  for (const who of STAFF_AND_CITIZENS) {
    const account = demoAccounts.find((candidate) => candidate.role === who && candidate.key !== 'representative')
    if (!account) throw new Error(`No demo account for ${who}`)
    const client = new PortalClient(portal.url)
    const response = await client.signIn(account.email, account.password)
    expect(response.status, `${who} signs in`).toBe(302)
    clients.set(who, client)
  }
  const myCare = await (await clients.get('citizen')!.get('/my-care')).text()
  const personId = /href="\/people\/([^"/]+)"/.exec(myCare)?.[1]
  if (!personId) throw new Error('The citizen has no record link')
  // The representative sends a self-assessment for someone on the practitioner's caseload, so the decision page
  // exists; the citizen starts one of their own, so its question and check pages exist to be walked.
  const representative = new PortalClient(portal.url)
  const rep = demoAccounts.find((candidate) => candidate.key === 'representative')!
  await representative.signIn(rep.email, rep.password)
  const repsPerson = /href="\/people\/([^"/]+)"/.exec(await (await representative.get('/my-care')).text())?.[1]
  if (!repsPerson) throw new Error('The representative has no one to act for')
  await completeSelfAssessment(representative, repsPerson)
  const caseload = await (await clients.get('practitioner')!.get('/practitioner')).text()
  const sentAssessment = /href="\/practitioner\/assessments\/([^"]+)"/.exec(caseload)?.[1]
  if (!sentAssessment) throw new Error('The practitioner sees no sent self-assessment')
  const citizen = clients.get('citizen')!
  const started = await citizen.submit(`/people/${personId}/self-assessment`, {})
  const firstQuestion = /\/self-assessment\/([^/?]+)$/.exec(started.headers.get('location') ?? '')?.[1]
  if (!firstQuestion) throw new Error(`Starting the self-assessment did not lead to a question: ${started.status} ${started.headers.get('location')}`)
  ids = { citizensPerson: personId, firstQuestion, sentAssessment }
})

afterAll(async () => {
  await portal?.stop()
})

describe('every route, for every role', () => {
  it('lists every route the portal has (a new route must say who may use it)', async () => {
    const buildPath = `../${process.env.OPEN_SDS_BUILD_DIR ?? 'build'}/server/index.js`
    const build = (await import(/* @vite-ignore */ buildPath)) as { routes: Record<string, unknown> }
    const routeIds = Object.keys(build.routes).filter((id) => id !== 'root').sort()
    expect(routeIds).toEqual(SPEC.map((entry) => entry.routeId).sort())
  })

  for (const entry of SPEC) {
    for (const who of EVERYONE) {
      const allowed = entry.allowed.includes(who)
      it(`${entry.routeId}: ${who} ${allowed ? 'gets in' : 'is kept out'}`, async () => {
        const response = await clients.get(who)!.get(entry.path(ids))
        if (allowed) {
          expect(response.status).toBe(entry.ok)
        } else if (who === 'anonymous') {
          expect(response.status).toBe(302)
          expect(response.headers.get('location')).toMatch(/^\/sign-in\?returnTo=/)
        } else if (entry.routeId === 'routes/sign-in' || entry.routeId === 'routes/sign-up') {
          // Someone already signed in is sent to their own page instead.
          expect(response.status).toBe(302)
          expect(response.headers.get('location')).toBe('/account')
        } else {
          expect(response.status).toBe(403)
        }
      })
    }
  }

  it("gives a not-found, not a forbidden, for a record the viewer has no relationship with, so its existence is not disclosed", async () => {
    const practitioner = clients.get('practitioner')!
    const stranger = new PortalClient(portal.url)
    await stranger.submit('/sign-up', { displayName: 'Sam Stranger', email: 'sam.stranger@example.net', password: 'a long enough password' })
    const strangersPage = await (await stranger.get('/my-care')).text()
    const strangersRecord = /href="\/people\/([^"/]+)"/.exec(strangersPage)?.[1]
    expect(strangersRecord).toBeDefined()
    expect((await practitioner.get(`/people/${strangersRecord}`)).status).toBe(404)
    expect((await clients.get('citizen')!.get(`/people/${strangersRecord}`)).status).toBe(404)
    expect((await practitioner.get('/people/no-such-person')).status).toBe(404)
  })
})
