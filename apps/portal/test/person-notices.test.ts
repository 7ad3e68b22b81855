import { demoPeople } from '@open-sds/db'
import { PortalClient } from '@open-sds/portal-harness'
import { describe, expect, it } from 'vitest'
import { demoAccount } from './support/demo-account'
import { portalEngines, portalFor } from './support/engines'
import { portalSql } from './support/portal-sql'
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
})
