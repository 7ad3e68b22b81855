import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PortalClient } from '@open-sds/portal-harness'
import { demoPeople } from '@open-sds/db'
import { portalEngines } from './support/engines'
import { portalSql } from './support/portal-sql'
import type { RunningPortal } from './support/portal-process'
import { demoAccount } from './support/demo-account'
import { page, signedIn } from './support/support-plan'
import { confirmedByFinance, sendFinancialAssessment } from './support/financial-assessment'

// Issue 15, "Secure messages": new messages notified without their content, to the practitioners and finance officers
// who work with the person; a chatty thread sends each of them one notice until they read it, not one a message.
const alex = demoPeople.find((person) => person.key === 'alex')?.id ?? ''
const thread = `/people/${alex}/messages`
const steps = {
  'about-you': { age: '40', pensionCreditAge: 'no', couple: 'no', disabilityPremium: 'no', costOfCare: '300' },
  capital: { savings: '1000', savingsJoint: 'no' },
  income: { esa: '200', careBenefit: 'none' },
  housing: { rent: '90' },
  costs: { basis: 'none' },
}

describe.each(portalEngines())('new message notices to staff on $name', (engine) => {
  let portal: RunningPortal
  let person: PortalClient
  let dana: PortalClient

  /** How many "You have a new message" notices each address has been sent. */
  const noticesTo = async () => {
    const rows = await portalSql(
      portal,
      "select to_address, subject, body from outbox_messages where purpose = 'new-message' and link = ?",
      thread,
    )
    for (const row of rows) {
      expect(row.subject).toBe('You have a new message')
      expect(String(row.body)).not.toContain('Monday')
    }
    const counts: Record<string, number> = {}
    for (const row of rows) counts[String(row.to_address)] = (counts[String(row.to_address)] ?? 0) + 1
    return counts
  }
  const write = async (body: string) => expect((await person.submit(thread, { body })).status).toBe(302)

  beforeAll(async () => {
    portal = await engine.start()
    person = await signedIn(portal, 'citizen')
    dana = await signedIn(portal, 'practitioner')
    // The finance officer confirms Alex's charge, so works with him.
    await sendFinancialAssessment(person, alex, steps)
    await confirmedByFinance(portal, alex)
  })

  afterAll(async () => {
    await portal?.stop()
  })

  it('tells the practitioner and the finance officer who confirmed the charge of the first message, and not again while it is unread', async () => {
    await write('Can my personal assistant start on Monday?')
    const practitioner = demoAccount('practitioner').email
    const finance = demoAccount('finance').email
    expect(await noticesTo()).toEqual({ [practitioner]: 1, [finance]: 1 })
    await write('Also, Monday is a bank holiday.')
    await write('Sorry, one more thing about Monday.')
    expect(await noticesTo()).toEqual({ [practitioner]: 1, [finance]: 1 })
  })

  it('tells a member of staff again once they have read the thread, and only them', async () => {
    const practitioner = demoAccount('practitioner').email
    const finance = demoAccount('finance').email
    expect(await page(dana, thread)).toContain('Sorry, one more thing about Monday.')
    await write('Thank you for reading: and what about Tuesday?')
    expect(await noticesTo()).toEqual({ [practitioner]: 2, [finance]: 1 })
  })
})
