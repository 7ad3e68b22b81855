import { alreadyLinkedMessage, demoAccounts, demoPeople } from '@open-sds/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PortalClient } from '@open-sds/portal-harness'
import { portalEngines } from './support/engines'
import type { RunningPortal } from './support/portal-process'
import { portalSql } from './support/portal-sql'
import { signedIn, text } from './support/support-plan'

// Issue 18, "Find a person": "A concern about someone not yet known can be linked to an existing record or create
// one, as the concern page promises." The demo's Alex Morgan (12 April 1961, NM1 2AB) and Priya Shah are on record.
const alex = demoPeople.find((person) => person.key === 'alex')!
const priya = demoPeople.find((person) => person.key === 'priya')!
const practitionerId = demoAccounts.find((account) => account.key === 'practitioner')!.id

const SEARCH = {
  intent: 'search',
  name: '',
  dateOfBirthDay: '',
  dateOfBirthMonth: '',
  dateOfBirthYear: '',
  postcode: '',
  nhsNumber: '',
  reference: '',
}

describe.each(portalEngines())('linking a safeguarding concern to a person on $name', (engine) => {
  let portal: RunningPortal
  let lead: PortalClient

  const reportAbout = async (personName: string, personAddress: string) => {
    const reported = await new PortalClient(portal.url).submit('/report-a-concern', {
      whatHappened: 'Post piling up behind the door; not seen for a week.',
      inImmediateDanger: 'no',
      ageBand: '75-84',
      relationship: 'friend-or-neighbour',
      anonymous: 'yes',
      personName,
      personAddress,
    })
    expect(reported.status, await reported.clone().text()).toBe(302)
    const reference = new URL(reported.headers.get('location') ?? '', portal.url).searchParams.get('reference') ?? ''
    return { reference, page: `/safeguarding/concerns/${reference}`, link: `/safeguarding/concerns/${reference}/link` }
  }

  const auditOf = async (reference: string) =>
    portalSql(
      portal,
      "SELECT action, person_id AS person, cast(detail as text) AS detail FROM audit_log WHERE resource = ? AND action LIKE 'safeguarding-concern.link%' ORDER BY id",
      `safeguarding-concern:${reference}`,
    )

  beforeAll(async () => {
    portal = await engine.start()
    lead = await signedIn(portal, 'practitioner')
  })

  afterAll(async () => {
    await portal?.stop()
  })

  it('finds the record with the same search and its minimum, links it once, and shows it on the record', async () => {
    const concern = await reportAbout('Alex Morgan', '12 Mill Lane, Northmoor')
    const before = await text(await lead.get(concern.page))
    expect(before).toContain('Alex Morgan (not on our records)')
    expect(before).toContain(`href="${concern.link}"`)
    expect(before).toContain('find their record, or create one')

    const tooLittle = await lead.submit(concern.link, { ...SEARCH, name: 'a' })
    expect(tooLittle.status).toBe(400)
    expect(await text(tooLittle)).toContain('value="a"')
    const searches = await portalSql(
      portal,
      "SELECT action FROM audit_log WHERE actor_user_id = ? AND action LIKE 'person.search%' ORDER BY id DESC LIMIT 1",
      practitionerId,
    )
    expect(searches[0]?.action).toBe('person.search.refused')

    const found = await lead.submit(concern.link, { ...SEARCH, name: 'alex morgen' })
    expect(found.status).toBe(200)
    const foundPage = await text(found)
    expect(foundPage).toContain('1 person found')
    expect(foundPage).toContain(`name="personId" value="${alex.id}"`)

    const linked = await lead.submit(concern.link, { intent: 'link', personId: alex.id })
    expect(linked.status, await linked.clone().text()).toBe(302)
    const after = await text(await lead.get(concern.page))
    expect(after).toContain('Alex Morgan (on record: linked by')
    expect(after).not.toContain('find their record, or create one')
    expect(after).toContain('Share with the person')
    expect(after).toMatch(/Linked to Alex Morgan's record by .+ \(found by search\)/)

    // A second tab, still showing the search, tries to link it to someone else: told plainly, nothing changed.
    const again = await lead.submit(concern.link, { intent: 'link', personId: priya.id })
    expect(again.status).toBe(409)
    expect(await text(again)).toContain(alreadyLinkedMessage)
    expect(await text(await lead.get(concern.page))).toContain('Alex Morgan (on record: linked by')

    // Audited with the person in the detail only, never in the person column the person's own history reads.
    const entries = await auditOf(concern.reference)
    expect(entries.map((entry) => [entry.action, entry.person])).toEqual([
      ['safeguarding-concern.link', null],
      ['safeguarding-concern.link-refused', null],
    ])
    expect(JSON.parse(String(entries[0]?.detail))).toEqual({ how: 'found', personId: alex.id })

    // On the record, for a safeguarding-authorised member of staff.
    expect(await text(await lead.get(`/find-a-person/${alex.id}`))).toContain(`href="${concern.page}"`)
  })

  it('creates a record from what the concern says, refusing a wrong postcode with what was typed kept', async () => {
    const concern = await reportAbout('Edith Crane', '4 Quarry Row, Northmoor NM3 7QX')
    const offered = await text(await lead.get(concern.link))
    expect(offered).toContain('value="Edith Crane"')
    expect(offered).toContain('value="NM3 7QX"')

    const wrong = await lead.submit(concern.link, {
      intent: 'create',
      newName: 'Edith Crane',
      newBirthDay: '3',
      newBirthMonth: '',
      newBirthYear: '1941',
      newPostcode: 'not a postcode',
    })
    expect(wrong.status).toBe(400)
    const wrongPage = await text(wrong)
    expect(wrongPage).toContain('<a href="#newBirthDay">The date of birth must include a month</a>')
    expect(wrongPage).toContain('<a href="#newPostcode">Enter a real postcode, like NM1 2AB, or leave it empty</a>')
    expect(wrongPage).toContain('value="not a postcode"')
    expect(wrongPage).toContain('value="1941"')
    expect(await portalSql(portal, "SELECT id FROM people WHERE display_name = 'Edith Crane'")).toEqual([])

    const created = await lead.submit(concern.link, {
      intent: 'create',
      newName: 'Edith Crane',
      newBirthDay: '3',
      newBirthMonth: '9',
      newBirthYear: '1941',
      newPostcode: 'nm3 7qx',
    })
    expect(created.status, await created.clone().text()).toBe(302)
    const [person] = await portalSql(portal, "SELECT id, date_of_birth FROM people WHERE display_name = 'Edith Crane'")
    expect(person?.date_of_birth).toBe('1941-09-03')
    expect(await text(await lead.get(concern.page))).toContain('Edith Crane (on record: linked by')
    // The new record is found by "Find a person" straight away, by its postcode.
    const search = await lead.submit('/find-a-person', { ...SEARCH, postcode: 'NM3 7QX' })
    expect(await text(search)).toContain(`href="/find-a-person/${String(person?.id)}"`)
    const entries = await auditOf(concern.reference)
    expect(entries.map((entry) => entry.action)).toEqual(['safeguarding-concern.link'])
    expect(JSON.parse(String(entries[0]?.detail))).toEqual({ how: 'created', personId: person?.id })
    const made = await portalSql(
      portal,
      "SELECT action FROM audit_log WHERE person_id = ? AND action IN ('person.create', 'person.return-details.update') ORDER BY id",
      person?.id,
    )
    expect(made.map((entry) => entry.action)).toEqual(['person.create', 'person.return-details.update'])
    // Now linked, the page says so and offers nothing more.
    expect(await text(await lead.get(concern.link))).toContain("This concern is already linked to Edith Crane's record")
  })
})
