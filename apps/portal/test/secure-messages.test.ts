import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PortalClient } from '@open-sds/portal-harness'
import { demoPeople } from '@open-sds/db'
import { portalEngines } from './support/engines'
import { countIn, portalSql } from './support/portal-sql'
import type { RunningPortal } from './support/portal-process'
import { demoAccount } from './support/demo-account'
import { page, signedIn } from './support/support-plan'
import { confirmEmail } from './support/verify-email'

// Issue 15, "Secure messages": a thread between a person (or their representative) and the staff who work with them,
// visible only to them, every read audited, new messages notified without their content.
const alex = demoPeople.find((person) => person.key === 'alex')?.id ?? ''
const priya = demoPeople.find((person) => person.key === 'priya')?.id ?? ''
const thread = (personId: string) => `/people/${personId}/messages`
const WORDS = 'Can my personal assistant start at nine on Mondays?'

describe.each(portalEngines())('secure messages on $name', (engine) => {
  let portal: RunningPortal
  let person: PortalClient
  let dana: PortalClient

  const audited = (action: string, personId: string) =>
    countIn(portal, 'select count(*) as n from audit_log where action = ? and person_id = ?', action, personId)
  const notices = () =>
    portalSql(
      portal,
      "select to_address, subject, body, link, channel from outbox_messages where purpose = 'new-message' order by created_at",
    )

  beforeAll(async () => {
    portal = await engine.start()
    person = await signedIn(portal, 'citizen')
    dana = await signedIn(portal, 'practitioner')
  })

  afterAll(async () => {
    await portal?.stop()
  })

  it('refuses an empty or too long message by its field, keeping what was typed, and stores and sends nothing', async () => {
    expect(await page(person, '/my-care')).toContain(`href="${thread(alex)}"`)
    const empty = await person.submit(thread(alex), { body: '   ' })
    expect(empty.status).toBe(400)
    const emptyPage = await empty.text()
    expect(emptyPage).toContain('<a href="#body">Enter your message</a>')
    const long = 'I need to tell you about my week. '.repeat(160)
    const tooLong = await person.submit(thread(alex), { body: long })
    expect(tooLong.status).toBe(400)
    const longPage = await tooLong.text()
    expect(longPage).toContain('Your message must be 5,000 characters or fewer')
    expect(longPage).toContain('I need to tell you about my week. I need to tell you')
    expect(await countIn(portal, 'select count(*) as n from secure_messages')).toBe(0)
    expect(await notices()).toEqual([])
  })

  it('takes the person’s message and tells the practitioner with them on her caseload, without its words', async () => {
    const sent = await person.submit(thread(alex), { body: WORDS })
    expect(sent.status).toBe(302)
    expect(sent.headers.get('location')).toBe(`${thread(alex)}?sent=1#message-1`)
    expect(await page(person, `${thread(alex)}?sent=1`)).toContain('Your message has been sent')
    expect(await audited('message.send', alex)).toBe(1)
    const told = await notices()
    expect(told).toHaveLength(1)
    expect(told[0]).toMatchObject({
      to_address: demoAccount('practitioner').email,
      subject: 'You have a new message',
      link: thread(alex),
      channel: 'email',
    })
    expect(String(told[0]?.body)).toContain(`${thread(alex)}`)
    expect(String(told[0]?.body)).not.toContain('personal assistant')
    expect(String(told[0]?.body)).not.toContain('Alex')
  })

  it('shows the practitioner whom she has messages from until she reads them, and records each read', async () => {
    const list = await page(dana, '/work/messages')
    expect(list).toContain(`<a class="govuk-link" href="${thread(alex)}">Alex Morgan</a>`)
    expect(await page(dana, '/work/caseload')).toContain('Messages (1)')
    const before = await audited('message-thread.read', alex)
    const opened = await page(dana, thread(alex))
    expect(opened).toContain(WORDS)
    expect(opened).toContain('Messages with Alex Morgan')
    expect(await audited('message-thread.read', alex)).toBe(before + 1)
    expect(await page(dana, '/work/messages')).toContain('There are no messages for you to read.')
  })

  it('sends the practitioner’s answer to the person’s account, who reads it with who wrote it', async () => {
    const answer = await dana.submit(thread(alex), { body: 'Yes, from next Monday. I will tell the agency.' })
    expect(answer.status).toBe(302)
    const told = await notices()
    expect(told).toHaveLength(2)
    expect(told[1]).toMatchObject({ to_address: demoAccount('citizen').email, subject: 'You have a new message' })
    expect(String(told[1]?.body)).not.toContain('agency')
    const read = await page(person, thread(alex))
    expect(read).toContain('Dana Ellis, the council')
    expect(read).toContain('Yes, from next Monday.')
    expect(read.indexOf(WORDS)).toBeLessThan(read.indexOf('Yes, from next Monday.'))
  })

  it('answers 404 to anyone outside the thread: another person’s account, a finance officer with no assessment, an administrator', async () => {
    const ravi = await signedIn(portal, 'representative')
    expect((await ravi.get(thread(alex))).status).toBe(404)
    expect((await ravi.submit(thread(alex), { body: 'Hello' })).status).toBe(404)
    expect((await ravi.get(thread(priya))).status).toBe(200)
    const chris = await signedIn(portal, 'finance')
    expect((await chris.get(thread(alex))).status).toBe(404)
    const admin = await signedIn(portal, 'council-admin')
    expect((await admin.get(thread(alex))).status).toBe(404)
    expect((await dana.get(thread('no-such-person'))).status).toBe(404)
    expect(await countIn(portal, 'select count(*) as n from secure_messages')).toBe(2)
  })

  it('lets a proxy who may only see records read the thread but not write in it', async () => {
    const email = 'sam.reader@example.net'
    await person.submit('/my-care/act-for-me/new', {
      name: 'Sam Reader',
      email,
      relationship: 'Son',
      scope: 'see-records',
    })
    const [request] = await portalSql(portal, 'select id from proxy_requests where proxy_email = ?', email)
    const requestId = String(request?.id)
    await dana.submit(`/work/proxy-requests/${requestId}`, {
      intent: 'grant',
      seen: '0',
      verification: 'Phoned Alex on the number we hold',
      scope: 'see-records',
    })
    const [invitation] = await portalSql(
      portal,
      "select link from outbox_messages where to_address = ? and purpose = 'proxy-invitation'",
      email,
    )
    const link = String(invitation?.link)
    const sam = new PortalClient(portal.url)
    await sam.submit('/sign-up', { displayName: 'Sam Reader', email, password: 'correct horse battery' })
    await confirmEmail(portal, sam, email)
    await sam.signIn(email, 'correct horse battery')
    await sam.submit(link, { token: new URL(link, portal.url).searchParams.get('token') ?? '' })
    const read = await page(sam, thread(alex))
    expect(read).toContain(WORDS)
    expect(read).not.toContain('Send the message')
    expect((await sam.submit(thread(alex), { body: 'Hello from Sam' })).status).toBe(403)
    expect(await countIn(portal, 'select count(*) as n from secure_messages')).toBe(2)
  })
})
