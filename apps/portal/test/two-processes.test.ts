import { PortalClient, csrfTokenIn } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAccount as account } from './support/demo-account'
import { newPostgresDatabase, seedPostgres, testPostgresUrl } from './support/engines'
import { startPortal, type RunningPortal } from './support/portal-process'
import {
  expectedVersionIn,
  page,
  personWithAgreedBudget,
  reviewOfferedIn,
  signedIn,
  submittedPlan,
  text,
} from './support/support-plan'

// Issue 12: nothing that matters is held in one process's memory. Two portal processes on one PostgreSQL database,
// as a council runs them behind a load balancer: what one of them does, the other sees at once (decision 021).
// Runs when the run has a test server (scripts/with-postgres.sh; required under CI by support/postgres-required.ts).
const serverUrl = testPostgresUrl()

describe.runIf(serverUrl)('two portal processes on one PostgreSQL database', () => {
  let first: RunningPortal
  let second: RunningPortal
  let drop: () => Promise<void>
  let nextAddress = 1
  /** A browser at an address no other test uses, whose requests go to the first process. */
  const browser = () => new PortalClient(first.url, { 'X-Forwarded-For': `203.0.113.${nextAddress++}` })

  beforeAll(async () => {
    const database = await newPostgresDatabase(serverUrl ?? '')
    drop = database.drop
    // Behind one proxy (the load balancer), so each test can be a client at its own address.
    const options = { databaseUrl: database.url, seed: false, env: { TRUST_PROXY: '1' } }
    ;[first, second] = await Promise.all([startPortal(options), startPortal(options)])
    await seedPostgres(database.url)
  })

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()])
    await drop?.()
  })

  it('counts failed sign-ins made through either process: a wait earned through one is enforced by the other', async () => {
    const target = account('finance')
    const guesser = browser()
    // Wrong guesses through the first process until it asks for a wait of several seconds.
    let wait = 0
    for (let attempt = 1; attempt <= 20 && wait < 4; attempt += 1) {
      const response = await guesser.signIn(target.email, `wrong guess ${attempt}`)
      if (response.status === 429) {
        wait = Number(/Wait (\d+) seconds? and try again/.exec(await text(response))?.[1])
        if (wait < 4) await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 200))
      } else expect(response.status).toBe(401)
    }
    expect(wait).toBeGreaterThanOrEqual(4)
    // The second process has never seen this browser, and still turns away even the right password.
    const refused = await guesser.through(second.url).signIn(target.email, target.password)
    expect(refused.status).toBe(429)
    expect(await text(refused)).toMatch(/Wait \d+ seconds? and try again/)
    // The owner, from an address with no failures, signs in through either.
    expect((await browser().through(second.url).signIn(target.email, target.password)).status).toBe(302)
  }, 60_000)

  it('ends a session everywhere: signed in through one, signed out through the other, refused by the first', async () => {
    const citizen = account('citizen')
    const onFirst = browser()
    expect((await onFirst.signIn(citizen.email, citizen.password)).status).toBe(302)
    const onSecond = onFirst.through(second.url)
    // The session made by the first process opens pages on the second.
    const there = await onSecond.get('/my-care')
    expect(there.status).toBe(200)
    expect(await text(there)).toContain('Alex Morgan')
    const cookieBefore = onFirst.cookieHeader()
    const signedOut = await onSecond.post('/sign-out', { csrf: csrfTokenIn(await page(onSecond, '/my-care')) })
    expect(signedOut.status).toBe(302)
    // The old cookie, replayed to the first process, no longer opens anything.
    const replayed = await fetch(new URL('/my-care', first.url), {
      redirect: 'manual',
      headers: { Cookie: cookieBefore },
    })
    expect(replayed.status).toBe(302)
    expect(replayed.headers.get('location')).toMatch(/^\/sign-in/)
  })

  it('accepts a form from one process posted to the other, signed out and signed in', async () => {
    const citizen = account('citizen')
    const visitor = browser()
    // Signed out: the token in the first process's sign-in form signs in through the second.
    const token = csrfTokenIn(await page(visitor, '/sign-in'))
    const signIn = await visitor
      .through(second.url)
      .post('/sign-in', { csrf: token, email: citizen.email, password: citizen.password })
    expect(signIn.status).toBe(302)
    expect(signIn.headers.get('location')).toBe('/my-care')
    // Signed in: the second process's sign-out form is accepted by the first; a forged token by neither.
    const sessionToken = csrfTokenIn(await page(visitor.through(second.url), '/my-care'))
    expect((await visitor.post('/sign-out', { csrf: 'forged-token-forged-token-forged-token-abcd' })).status).toBe(403)
    expect((await visitor.post('/sign-out', { csrf: sessionToken })).status).toBe(302)
  })

  it('lets exactly one of two practitioners approving the same plan version through the two processes win', async () => {
    const { rep, dana, id } = await personWithAgreedBudget(first)
    const practitionerPlan = await submittedPlan(rep, dana, id)
    const colleague = await signedIn(second, 'practitioner')
    const [viewA, viewB] = await Promise.all([page(dana, practitionerPlan), page(colleague, practitionerPlan)])
    const planVersion = /name="planVersion" value="(\d+)"/.exec(viewA)?.[1] ?? ''
    const approve = (client: PortalClient, view: string) =>
      client.post(practitionerPlan, {
        csrf: csrfTokenIn(view),
        intent: 'approve',
        expectedVersion: expectedVersionIn(view),
        planVersion,
        ...reviewOfferedIn(view),
      })
    const [a, b] = await Promise.all([approve(dana, viewA), approve(colleague, viewB)])
    expect([a.status, b.status].sort()).toEqual([302, 409])
    expect(await text(a.status === 409 ? a : b)).toMatch(
      /(already been changed by Dana Ellis|changed by someone else|Read it again before agreeing it)/,
    )
    // Both processes show the one approval.
    for (const client of [dana, colleague])
      expect((await page(client, practitionerPlan)).match(/Agreed by the council \(version/g)).toHaveLength(1)
  }, 120_000)
})
