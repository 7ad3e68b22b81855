import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PortalClient } from '@open-sds/portal-harness'
import { portalEngines } from './support/engines'
import { portalSql } from './support/portal-sql'
import type { RunningPortal } from './support/portal-process'
import { page, signedIn } from './support/support-plan'
import { confirmEmail } from './support/verify-email'

// Issue 18, "Proxy access": a person can ask for someone to act for them; the council verifies and records the
// relationship and its scope, and either side can end it (decision 035). Runs on SQLite and PostgreSQL.
describe.each(portalEngines())('proxy access on $name', (engine) => {
  let portal: RunningPortal
  let person: PortalClient
  let practitioner: PortalClient
  let personId: string

  const requestIdFor = async (email: string) =>
    String((await portalSql(portal, 'select id from proxy_requests where proxy_email = ?', email))[0]?.id)
  const linkFor = async (email: string) =>
    String(
      (
        await portalSql(
          portal,
          "select link from outbox_messages where to_address = ? and purpose = 'proxy-invitation'",
          email,
        )
      )[0]?.link,
    )
  const audited = async (action: string, requestId: string) =>
    (
      await portalSql(
        portal,
        'select action from audit_log where action = ? and resource = ?',
        action,
        `proxy-request:${requestId}`,
      )
    ).length
  async function newAccount(name: string, email: string): Promise<PortalClient> {
    const client = new PortalClient(portal.url)
    await client.submit('/sign-up', { displayName: name, email, password: 'correct horse battery' })
    await confirmEmail(portal, client, email)
    await client.signIn(email, 'correct horse battery')
    return client
  }
  async function askAndGrant(email: string, scope: string): Promise<string> {
    await person.submit('/my-care/act-for-me/new', { name: 'Sam Example', email, relationship: 'Son', scope })
    const requestId = await requestIdFor(email)
    const granted = await practitioner.submit(`/work/proxy-requests/${requestId}`, {
      intent: 'grant',
      seen: '0',
      verification: 'Phoned her on the number we hold',
      scope,
    })
    expect(granted.status).toBe(302)
    return requestId
  }

  beforeAll(async () => {
    portal = await engine.start()
    person = await signedIn(portal, 'citizen')
    practitioner = await signedIn(portal, 'practitioner')
    personId = /href="\/people\/([^"/]+)"/.exec(await page(person, '/my-care'))?.[1] ?? ''
  })

  afterAll(async () => {
    await portal?.stop()
  })

  it('takes a request from the person’s account, refusing a wrong email by name with what was typed kept, into the front door’s queue', async () => {
    expect(await page(person, '/my-care')).toContain('href="/my-care/act-for-me"')
    const wrong = await person.submit('/my-care/act-for-me/new', {
      name: 'Sam Example',
      email: 'sam at example',
      relationship: 'Son',
      scope: 'see-records',
    })
    expect(wrong.status).toBe(400)
    const wrongPage = await wrong.text()
    expect(wrongPage).toContain('Enter their email address in the right form, like name@example.com')
    expect(wrongPage).toContain('value="Sam Example"')
    expect(wrongPage).toContain('value="sam at example"')
    expect(await portalSql(portal, 'select id from proxy_requests')).toEqual([])

    const asked = await person.submit('/my-care/act-for-me/new', {
      name: 'Sam Example',
      email: 'Sam.Proxy@Example.net',
      relationship: 'Son',
      scope: 'see-records',
    })
    expect(asked.headers.get('location')).toBe('/my-care/act-for-me?done=asked')
    const requestId = await requestIdFor('sam.proxy@example.net')
    expect(
      await portalSql(
        portal,
        'select t.name as team, w.kind, w.person_id from work_items w join teams t on t.id = w.team_id where w.subject = ?',
        `proxy-request:${requestId}`,
      ),
    ).toEqual([{ team: 'Adult social care front door', kind: 'proxy-request', person_id: personId }])
    expect(await audited('proxy.ask', requestId)).toBe(1)
    const list = await page(person, '/my-care/act-for-me')
    expect(list).toContain('Sam Example')
    expect(list).toContain('Waiting for the council to check')
  })

  it('lets a practitioner in the front door check and grant it (no wider than asked), sending the proxy a link', async () => {
    const requestId = await requestIdFor('sam.proxy@example.net')
    const [item] = await portalSql(portal, 'select id from work_items where subject = ?', `proxy-request:${requestId}`)
    expect(await page(practitioner, `/work/items/${String(item?.id)}`)).toContain(
      `href="/work/proxy-requests/${requestId}"`,
    )
    const unchecked = await practitioner.submit(`/work/proxy-requests/${requestId}`, {
      intent: 'grant',
      seen: '0',
      verification: '',
      scope: 'see-records',
    })
    expect(unchecked.status).toBe(400)
    expect(await unchecked.text()).toContain('Say how you checked the relationship')
    const wider = await practitioner.submit(`/work/proxy-requests/${requestId}`, {
      intent: 'grant',
      seen: '0',
      verification: 'Phoned her',
      scope: 'everything',
    })
    expect(await wider.text()).toContain('You cannot grant more than the person asked for')
    const granted = await practitioner.submit(`/work/proxy-requests/${requestId}`, {
      intent: 'grant',
      seen: '0',
      verification: 'Phoned her on the number we hold',
      scope: 'see-records',
    })
    expect(granted.status).toBe(302)
    expect(await linkFor('sam.proxy@example.net')).toMatch(/^\/acting-for\/accept\?token=[\w-]{43}$/)
    expect(await audited('proxy.grant', requestId)).toBe(1)
    const [closed] = await portalSql(
      portal,
      "select e.event from work_item_events e join work_items w on w.id = e.item_id where w.subject = ? and e.event = 'closed'",
      `proxy-request:${requestId}`,
    )
    expect(closed?.event).toBe('closed')
  })

  it('lets only the account with the address the person gave accept, then act within the scope and no further', async () => {
    const link = await linkFor('sam.proxy@example.net')
    const requestId = await requestIdFor('sam.proxy@example.net')
    expect(await page(new PortalClient(portal.url), link)).not.toContain('Alex Morgan')
    const someoneElse = await signedIn(portal, 'representative')
    expect(await page(someoneElse, link)).toContain('This link was sent to a different email address')
    const refused = await someoneElse.submit(link, { token: new URL(link, portal.url).searchParams.get('token') ?? '' })
    expect(refused.status).toBe(400)
    expect(await audited('proxy.accept-refused', requestId)).toBe(1)

    const sam = await newAccount('Sam Example', 'sam.proxy@example.net')
    expect((await sam.get(`/people/${personId}`)).status).toBe(404)
    const accepted = await sam.submit(link, { token: new URL(link, portal.url).searchParams.get('token') ?? '' })
    expect(accepted.headers.get('location')).toBe('/acting-for?done=accepted')
    expect(await audited('proxy.accept', requestId)).toBe(1)
    expect((await sam.get(`/people/${personId}`)).status).toBe(200)
    expect((await sam.get(`/people/${personId}/self-assessment`)).status).toBe(200)
    // See my records only: sending a form for her is refused where access is checked, in words.
    const start = await sam.submit(`/people/${personId}/self-assessment`, {})
    expect(start.status).toBe(403)
    expect(await start.text()).toContain('not fill in or send forms for them')
    // The link works once.
    expect(await page(sam, link)).toContain('This has already been accepted')
    // The practitioner sees on the person's record who acts for them, and how far, linked to the request to end it.
    const record = await page(practitioner, `/people/${personId}`)
    expect(record).toContain('Who may act for them')
    expect(record).toContain(`<a class="govuk-link" href="/work/proxy-requests/${requestId}">`)
    expect(record).toContain('<strong>Acts for them</strong>')
    expect(record).toContain('but not change or send them')

    // The proxy steps down from their own page: it stops working at once.
    expect(await page(sam, '/acting-for')).toContain('Stop acting for')
    const down = await sam.submit('/acting-for', { requestId, seen: '2' })
    expect(down.headers.get('location')).toBe('/acting-for?done=ended')
    expect((await sam.get(`/people/${personId}`)).status).toBe(404)
    expect(await audited('proxy.end', requestId)).toBe(1)
    expect(await page(practitioner, `/people/${personId}`)).not.toContain(`href="/work/proxy-requests/${requestId}"`)
    expect(await page(person, '/my-care/act-for-me')).toContain('Ended')
  })

  it('lets a proxy who may send forms send them, a practitioner end it only with a reason, and the person end it', async () => {
    const requestId = await askAndGrant('kim.proxy@example.net', 'send-forms')
    const kim = await newAccount('Kim Example', 'kim.proxy@example.net')
    const link = await linkFor('kim.proxy@example.net')
    await kim.submit(link, { token: new URL(link, portal.url).searchParams.get('token') ?? '' })
    const start = await kim.submit(`/people/${personId}/self-assessment`, {})
    expect(start.status).toBe(302)
    // Safeguarding and risk pages need "everything": refused in words to a proxy who may send forms.
    const safeguarding = await kim.get(`/people/${personId}/safeguarding`)
    expect(safeguarding.status).toBe(403)
    expect(await safeguarding.text()).toContain('You cannot see safeguarding information for this person')
    // A representative recorded before proxy access (the demo's Ravi) keeps everything they had.
    const ravi = await signedIn(portal, 'representative')
    const mother = /href="\/people\/([^"/]+)"/.exec(await page(ravi, '/my-care'))?.[1] ?? ''
    expect((await ravi.get(`/people/${mother}/safeguarding`)).status).toBe(200)

    const noReason = await practitioner.submit(`/work/proxy-requests/${requestId}`, { intent: 'end', seen: '2' })
    expect(noReason.status).toBe(400)
    expect(await noReason.text()).toContain('Say why you are ending their access')
    expect((await kim.get(`/people/${personId}`)).status).toBe(200)

    const list = await page(person, '/my-care/act-for-me')
    expect(list).toContain('Stop them acting for you')
    const ended = await person.submit('/my-care/act-for-me', { requestId, seen: '2' })
    expect(ended.headers.get('location')).toBe('/my-care/act-for-me?done=ended')
    expect((await kim.get(`/people/${personId}`)).status).toBe(404)
    // History is kept: every step, in order, never changed.
    expect(
      await portalSql(portal, 'select step from proxy_events where request_id = ? order by seq', requestId),
    ).toEqual([{ step: 'granted' }, { step: 'accepted' }, { step: 'ended' }])
  })

  it('lets a practitioner refuse a request only with a reason; the person sees it refused, and no link is sent', async () => {
    await person.submit('/my-care/act-for-me/new', {
      name: 'Lee Stranger',
      email: 'lee.proxy@example.net',
      relationship: 'Neighbour',
      scope: 'everything',
    })
    const requestId = await requestIdFor('lee.proxy@example.net')
    const noReason = await practitioner.submit(`/work/proxy-requests/${requestId}`, { intent: 'refuse', seen: '0' })
    expect(noReason.status).toBe(400)
    expect(await noReason.text()).toContain('Say why you are refusing the request')
    const refused = await practitioner.submit(`/work/proxy-requests/${requestId}`, {
      intent: 'refuse',
      seen: '0',
      reason: 'Alex told us on the phone they did not ask for this',
    })
    expect(refused.status).toBe(302)
    expect(await audited('proxy.refuse', requestId)).toBe(1)
    expect(await linkFor('lee.proxy@example.net')).toBe('undefined')
    expect(await page(person, '/my-care/act-for-me')).toContain('Refused')

    // A request the person cancels before the council decides leaves the front door's queue.
    await person.submit('/my-care/act-for-me/new', {
      name: 'Pat Morgan',
      email: 'pat.proxy@example.net',
      relationship: 'Sister',
      scope: 'see-records',
    })
    const cancelledId = await requestIdFor('pat.proxy@example.net')
    const cancelled = await person.submit('/my-care/act-for-me', { requestId: cancelledId, seen: '0' })
    expect(cancelled.headers.get('location')).toBe('/my-care/act-for-me?done=ended')
    expect(
      await portalSql(
        portal,
        'select e.event from work_item_events e join work_items w on w.id = e.item_id where w.subject = ?',
        `proxy-request:${cancelledId}`,
      ),
    ).toEqual([{ event: 'closed' }])
    // Refused is final: it cannot be granted afterwards.
    const late = await practitioner.submit(`/work/proxy-requests/${requestId}`, {
      intent: 'grant',
      seen: '1',
      verification: 'Phoned',
      scope: 'see-records',
    })
    expect(late.status).toBe(400)
    expect(await late.text()).toContain('This request was refused')
  })
})
