import { demoPeople } from '@open-sds/db'
import { PortalClient } from '@open-sds/portal-harness'
import { describe, expect, it } from 'vitest'
import { demoAccount } from './support/demo-account'
import { portalEngines, portalFor } from './support/engines'
import { htmlOf } from './support/page-html'
import { countIn, portalSql } from './support/portal-sql'
import { completeSelfAssessment } from './support/self-assessment'

// Issue 15, "What triggers one": a self-assessment received is told to the person, written in the transaction that
// stores it, with a link to their budget and nothing of what they answered.
const alex = demoPeople.find((person) => person.key === 'alex')?.id ?? ''

describe.each(portalEngines())('telling a person their self-assessment arrived, on $name', (engine) => {
  const portal = portalFor(engine, { env: { NODE_ENV: 'test' } })

  it('queues one message to their own account when they send it, linking to the budget', async () => {
    const citizen = demoAccount('citizen')
    const client = new PortalClient(portal.url)
    expect((await client.signIn(citizen.email, citizen.password)).status).toBe(302)
    const before = await portalSql(portal, "select id from outbox_messages where purpose = 'self-assessment-received'")
    expect(before).toEqual([])
    await completeSelfAssessment(client, alex)
    const told = await portalSql(
      portal,
      "select m.to_address, m.subject, m.body, m.link, d.status from outbox_messages m join outbox_deliveries d on d.message_id = m.id where m.purpose = 'self-assessment-received'",
    )
    expect(told).toHaveLength(1)
    expect(told[0]).toMatchObject({
      to_address: citizen.email,
      subject: 'We have your self-assessment',
      link: `/people/${alex}/budget`,
      status: 'queued',
    })
    expect(String(told[0]?.body)).toContain(`/people/${alex}/budget`)
  })

  it('sends it by text message, in Easy Read, once the person chooses so on their account page; a bad number is refused first', async () => {
    const citizen = demoAccount('citizen')
    const client = new PortalClient(portal.url)
    expect((await client.signIn(citizen.email, citizen.password)).status).toBe(302)
    expect(await htmlOf(await client.get('/account/details'))).toContain('href="/account/contact"')
    const wrong = await client.submit('/account/contact', {
      channel: 'sms',
      mobile: '01632 960 001',
      wording: 'easy-read',
    })
    expect(wrong.status).toBe(400)
    const page = await htmlOf(wrong)
    expect(page).toContain('Enter a UK mobile phone number, like 07700 900 982')
    expect(page).toContain('href="#mobile"')
    expect(page).toContain('value="01632 960 001"')
    expect(await countIn(portal, 'select count(*) as n from contact_preferences')).toBe(0)
    const missing = await client.submit('/account/contact', { channel: 'sms', mobile: '', wording: 'standard' })
    expect(await htmlOf(missing)).toContain('Enter a mobile phone number to get text messages')

    const saved = await client.submit('/account/contact', {
      channel: 'sms',
      mobile: '+44 7700 900 982',
      wording: 'easy-read',
    })
    expect(saved.headers.get('location')).toBe('/account/details?done=contact')
    expect(await htmlOf(await client.get('/account/details'))).toContain('Text message to 07700900982, in Easy Read')
    expect(await countIn(portal, "select count(*) as n from audit_log where action = 'user.contact-preference'")).toBe(
      1,
    )

    await completeSelfAssessment(client, alex)
    const told = await portalSql(
      portal,
      "select to_address, channel, wording, subject from outbox_messages where purpose = 'self-assessment-received' order by created_at desc",
    )
    expect(told[0]).toMatchObject({
      to_address: '07700900982',
      channel: 'sms',
      wording: 'easy-read',
      subject: 'We got your form',
    })
  })

  it('sends whoever reports a concern a receipt with its reference when they leave an email address or mobile, and nothing of what they reported', async () => {
    const report = (raiserContact: string, whatHappened: string) =>
      new PortalClient(portal.url).submit('/report-a-concern', {
        whatHappened,
        inImmediateDanger: 'no',
        ageBand: '75-84',
        relationship: 'friend-or-neighbour',
        anonymous: 'no',
        raiserName: 'Pat Jones',
        raiserContact,
      })
    const byEmail = await report('pat@example.org', 'Her neighbour takes her pension every week')
    expect(byEmail.status).toBe(302)
    const reference = new URL(byEmail.headers.get('location') ?? '', portal.url).searchParams.get('reference')
    await report('07700 900 123', 'He has bruises he will not explain')
    await report('01632 960 001', 'Nobody has seen her for a week')
    const receipts = await portalSql(
      portal,
      "select to_address, channel, subject, body from outbox_messages where purpose = 'concern-received' order by created_at",
    )
    expect(receipts.map(({ to_address, channel }) => ({ to_address, channel }))).toEqual([
      { to_address: 'pat@example.org', channel: 'email' },
      { to_address: '07700900123', channel: 'sms' },
    ])
    expect(receipts[0]?.subject).toBe(`We have your concern, reference ${reference ?? ''}`)
    expect(receipts.map(({ body }) => String(body)).join(' ')).not.toMatch(/pension|bruises/)
  })
})
