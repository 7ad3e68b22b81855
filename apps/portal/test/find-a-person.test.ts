import { demoAccounts, demoPeople } from '@open-sds/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PortalClient } from '@open-sds/portal-harness'
import { demoAccount } from './support/demo-account'
import { portalEngines } from './support/engines'
import { htmlOf } from './support/page-html'
import type { RunningPortal } from './support/portal-process'
import { portalSql } from './support/portal-sql'

// Find a person (issue 18): staff search by name, tolerant of accents and slips, date of birth, part of a postcode,
// NHS number or reference; results tell people apart and no more; every search and every record opened is audited.
// The demo people: Alex Morgan (12 April 1961, NM1 2AB, 999 000 0018), Priya Shah, Joe Whitfield (seed.ts).
const alex = demoPeople.find((person) => person.key === 'alex')!
const priya = demoPeople.find((person) => person.key === 'priya')!

const EMPTY = {
  name: '',
  dateOfBirthDay: '',
  dateOfBirthMonth: '',
  dateOfBirthYear: '',
  postcode: '',
  nhsNumber: '',
  reference: '',
}

describe.each(portalEngines())('finding a person on $name', (engine) => {
  let portal: RunningPortal
  let practitioner: PortalClient
  const practitionerId = demoAccounts.find((account) => account.key === 'practitioner')!.id

  const lastEntry = async () =>
    (
      await portalSql(
        portal,
        'SELECT action, person_id AS person, cast(detail as text) AS detail FROM audit_log WHERE actor_user_id = ? ORDER BY id DESC LIMIT 1',
        practitionerId,
      )
    )[0]

  beforeAll(async () => {
    portal = await engine.start()
    practitioner = new PortalClient(portal.url)
    await practitioner.signIn(demoAccount('practitioner').email, demoAccount('practitioner').password)
  })

  afterAll(async () => {
    await portal?.stop()
  })

  it('finds a name typed with a slip, showing only the name, date of birth and postcode area', async () => {
    const response = await practitioner.submit('/find-a-person', { ...EMPTY, name: 'alex morgen' })
    expect(response.status).toBe(200)
    const html = await htmlOf(response)
    expect(html).toContain('1 person found')
    expect(html).toContain(`href="/find-a-person/${alex.id}"`)
    expect(html).toContain('12 April 1961')
    expect(html).toContain('NM1')
    // Not the whole postcode, nor the NHS number: enough to tell people apart, no more.
    expect(html).not.toContain('NM1 2AB')
    expect(html).not.toContain('9990000018')
    // What was typed stays in the form.
    expect(html).toContain('value="alex morgen"')
    const entry = await lastEntry()
    expect(entry).toMatchObject({ action: 'person.search', person: null })
    // The audit entry names the fields used, never what was typed in them.
    expect(String(entry?.detail)).toContain('"fields":["name"]')
    expect(String(entry?.detail)).not.toContain('morgen')
  })

  it('finds by date of birth, postcode, NHS number and reference', async () => {
    const find = async (fields: Partial<typeof EMPTY>) =>
      htmlOf(await practitioner.submit('/find-a-person', { ...EMPTY, ...fields }))
    expect(await find({ dateOfBirthDay: '3', dateOfBirthMonth: '9', dateOfBirthYear: '1938' })).toContain(
      `href="/find-a-person/${priya.id}"`,
    )
    expect(await find({ postcode: 'nm4' })).toContain(`href="/find-a-person/${priya.id}"`)
    expect(await find({ nhsNumber: '999 000 0018' })).toContain(`href="/find-a-person/${alex.id}"`)
    // The demo people's ids share their first 8 characters, so those find all three; the whole reference finds one.
    expect(await find({ reference: alex.id.slice(0, 8) })).toContain(`href="/find-a-person/${alex.id}"`)
    const byReference = await find({ reference: alex.id.toUpperCase() })
    expect(byReference).toContain(`href="/find-a-person/${alex.id}"`)
    expect(byReference).not.toContain(`href="/find-a-person/${priya.id}"`)
  })

  it('refuses a search with too few letters, naming the field, keeping what was typed, and audits it', async () => {
    const response = await practitioner.submit('/find-a-person', { ...EMPTY, name: 'a', nhsNumber: '999 000 0019' })
    expect(response.status).toBe(400)
    const html = await htmlOf(response)
    expect(html).toContain('Enter at least 2 letters of the name')
    expect(html).toContain('href="#name"')
    expect(html).toContain('This is not a real NHS number: check each digit')
    expect(html).toContain('value="999 000 0019"')
    expect(await lastEntry()).toMatchObject({ action: 'person.search.refused' })
    const nothing = await htmlOf(await practitioner.submit('/find-a-person', EMPTY))
    expect(nothing).toContain('Enter a name, date of birth, postcode, NHS number or reference')
    const halfDate = await htmlOf(await practitioner.submit('/find-a-person', { ...EMPTY, dateOfBirthYear: '1961' }))
    expect(halfDate).toContain('The date of birth must include a day and a month')
    expect(halfDate).toContain('href="#dateOfBirthDay"')
  })

  it('writes down each record opened from the results, with whose it is', async () => {
    const response = await practitioner.get(`/find-a-person/${priya.id}`)
    expect(response.status).toBe(200)
    const html = await htmlOf(response)
    expect(html).toContain('Priya Shah')
    expect(html).toContain('NM4 7QT')
    expect(await lastEntry()).toMatchObject({ action: 'person.search.open', person: priya.id })
    expect((await practitioner.get('/find-a-person/no-such-person')).status).toBe(404)
  })

  it('is for staff only: a person using services is told there is no such page', async () => {
    const citizen = new PortalClient(portal.url)
    await citizen.signIn(demoAccount('citizen').email, demoAccount('citizen').password)
    const response = await citizen.get('/find-a-person')
    expect(response.status).toBe(404)
    expect((await citizen.get(`/find-a-person/${alex.id}`)).status).toBe(404)
  })
})
