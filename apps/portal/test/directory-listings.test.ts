import { csrfTokenIn } from '@open-sds/portal-harness'
import { describe, expect, it } from 'vitest'
import { portalEngines, portalFor } from './support/engines'
import { htmlOf } from './support/page-html'
import { schemaErrors } from './support/oruk-schemas'
import { countIn, portalSql } from './support/portal-sql'
import { signedIn } from './support/support-plan'

// Issue 17, "Keeping it true": organisations sign up and list their services; a council assurer reviews before
// publication and assured_date is recorded; a listing older than three months is flagged for review; every change
// goes back through review and keeps its history. Bad input: "a listing with a missing name, a bad email or URL, an
// unknown taxonomy term: refused with the field named". Decision 042.

const LUNCH_CLUBS = 'd1700000-0000-4000-8002-000000000001'

const listing = (overrides: Record<string, string> = {}) => ({
  name: 'Eastby Friday Lunch',
  description: 'A hot two-course lunch and company every Friday.',
  needs: LUNCH_CLUBS,
  email: 'lunch@eastby.example.org',
  url: 'https://eastby.example.org/lunch',
  ways: 'address',
  addressLine1: 'St Mary’s Hall, 3 Church Lane',
  town: 'Eastby',
  postcode: 'nm6 3lp',
  fridayOpens: '12pm',
  fridayCloses: '2:30pm',
  minimumAge: '60',
  cost: 'paid',
  costPounds: '4.50',
  ...overrides,
})

describe.each(portalEngines())('organisations list services and the council checks them, on $name', (engine) => {
  const portal = portalFor(engine)
  const audited = (action: string) => countIn(portal, 'select count(*) as n from audit_log where action = ?', action)

  it('signs up an organisation, refuses a bad listing by field with what was typed kept, and holds it for checking', async () => {
    const ann = await signedIn(portal, 'citizen')
    expect(await htmlOf(await ann.get('/find-support'))).toContain('href="/list-your-service"')
    const noName = await ann.submit('/list-your-service/sign-up', { kind: 'community group', description: 'Help' })
    expect(noName.status).toBe(400)
    expect(await htmlOf(noName)).toContain('Enter the name of your organisation')
    const signed = await ann.submit('/list-your-service/sign-up', {
      name: 'Eastby Good Neighbours',
      kind: 'community group',
      description: 'Neighbours helping neighbours in Eastby',
    })
    expect(signed.status).toBe(302)
    const newListing = signed.headers.get('location') ?? ''
    expect(newListing).toMatch(/^\/list-your-service\/[0-9a-f-]{36}\/new$/)

    const bad = await ann.submit(
      newListing,
      listing({
        name: '',
        email: 'lunch at eastby',
        url: 'eastby.example.org',
        needs: 'no-such-need',
        postcode: 'NM6',
        fridayCloses: '11am',
      }),
    )
    expect(bad.status).toBe(400)
    const badHtml = await htmlOf(bad)
    expect(badHtml).toContain('<title>Error: List a service')
    expect(badHtml).toContain('Enter the name of the service')
    expect(badHtml).toContain('Enter an email address in the correct format, like name@example.org')
    expect(badHtml).toContain('Enter a web address in the correct format, like https://example.org')
    expect(badHtml).toContain('Choose kinds of support from the list: one chosen is not in the directory')
    expect(badHtml).toContain('value="lunch at eastby"')
    expect(badHtml).toContain('value="eastby.example.org"')
    expect(badHtml).toContain('Enter a real postcode, like NM1 1AA')
    expect(badHtml).toContain('The closing time on Friday must be after the opening time')
    expect(badHtml).toContain('href="#fridayCloses"')
    expect(badHtml).toContain('A hot two-course lunch')
    expect(badHtml).toContain('value="NM6"')
    expect(badHtml).toContain('value="11am"')
    expect(badHtml).toContain('value="St Mary’s Hall, 3 Church Lane"')
    expect(badHtml).toMatch(/<input[^>]*(checked=""[^>]*value="address"|value="address"[^>]*checked="")/)

    const sent = await ann.submit(newListing, listing())
    expect(sent.status).toBe(302)
    const mine = await htmlOf(await ann.get(sent.headers.get('location') ?? ''))
    expect(mine).toContain('has been sent to the council')
    expect(mine).toContain('Waiting for the council to check it (version 1)')
    expect(await audited('directory.sign-up')).toBe(1)
    expect(await audited('directory.submit')).toBe(1)
    // Not published until checked: the public search does not find it.
    expect(await htmlOf(await ann.get('/find-support?words=friday'))).not.toContain('Eastby Friday Lunch')

    // Another account cannot open the organisation's pages.
    const other = await signedIn(portal, 'representative')
    expect((await other.get(newListing)).status).toBe(404)
  })

  it('gives each kind of organisation on the sign-up form a valid id that its label points to', async () => {
    const ann = await signedIn(portal, 'citizen')
    const html = await htmlOf(await ann.get('/list-your-service/sign-up'))
    const ids = [...html.matchAll(/ id="([^"]*)"/g)].map((match) => match[1] ?? '')
    // "user-led organisation" is a stored value with a space; an id may not hold one.
    expect(ids).toContain('kind-user-led-organisation')
    expect(html).toContain('for="kind-user-led-organisation"')
    expect(ids.filter((id) => /\s/.test(id))).toEqual([])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('is published by the council administrator with the day checked, and a change goes back through checking', async () => {
    const admin = await signedIn(portal, 'council-admin')
    expect(await htmlOf(await admin.get('/admin'))).toContain('href="/admin/directory"')
    const queue = await htmlOf(await admin.get('/admin/directory'))
    expect(queue).toContain('Waiting to be checked (1)')
    const [row] = await portalSql(portal, 'select service_id from directory_listing_versions where version = 1')
    const serviceId = String(row?.service_id)
    const page = `/admin/directory/${serviceId}`
    const review = await htmlOf(await admin.get(page))
    expect(review).toContain('Eastby Good Neighbours')
    expect(review).toContain('From £4.50')
    expect(review).toContain('St Mary’s Hall, 3 Church Lane, Eastby, NM6 3LP')
    expect(review).toContain('Fridays, midday to 2:30pm')
    const noReason = await admin.submit(page, { seen: '1', decision: 'returned' })
    expect(noReason.status).toBe(400)
    expect(await htmlOf(noReason)).toContain('Say what the organisation needs to change')
    expect((await admin.submit(page, { seen: '1', decision: 'published' })).status).toBe(302)
    expect(await audited('directory.publish')).toBe(1)

    const feed = (await (await fetch(new URL(`/oruk/services/${serviceId}`, portal.url))).json()) as Record<
      string,
      unknown
    >
    expect(feed).toMatchObject({
      name: 'Eastby Friday Lunch',
      assured_date: new Date().toISOString().slice(0, 10),
      assurer_email: 'directory@northmoor.example.org',
      organization: { name: 'Eastby Good Neighbours' },
      service_at_locations: [
        {
          location: {
            location_type: 'physical',
            // NM6's point in the council's places: the distance search measures from it.
            latitude: 53.944,
            longitude: -1.874,
            addresses: [{ address_1: 'St Mary’s Hall, 3 Church Lane', city: 'Eastby', postal_code: 'NM6 3LP' }],
          },
        },
      ],
      schedules: [{ freq: 'WEEKLY', byday: 'FR', opens_at: '12:00', closes_at: '14:30' }],
    })
    expect(schemaErrors('service.json', feed)).toEqual([])
    const shown = await htmlOf(await fetch(new URL(`/find-support/services/${serviceId}`, portal.url)))
    // A line typed with a comma in it stays one line; the town and postcode each have their own.
    expect(shown).toContain('St Mary’s Hall, 3 Church Lane</span><span><br/>Eastby</span><span><br/>NM6 3LP</span>')
    expect(shown).toContain('<li>Fridays, midday to 2:30pm</li>')
    expect(shown).toContain('From £4.50')
    const near = await htmlOf(await fetch(new URL('/find-support?words=friday&place=NM6+1AA&within=1', portal.url)))
    expect(near).toContain('Eastby Friday Lunch<')

    // The organisation changes it: the published listing stays as it was until checked again.
    const ann = await signedIn(portal, 'citizen')
    const [lister] = await portalSql(portal, 'select organization_id from directory_listers')
    const change = `/list-your-service/${String(lister?.organization_id)}/services/${serviceId}`
    expect(await htmlOf(await ann.get(change))).toContain('value="Eastby Friday Lunch"')
    expect((await ann.submit(change, listing({ name: 'Eastby Friday Lunch Club' }))).status).toBe(302)
    expect(await htmlOf(await ann.get('/find-support?words=friday'))).toContain('Eastby Friday Lunch<')
    // The assurer opened version 1 and decides after version 2 arrived: refused, nothing published, the choice kept.
    // A browser is sent back to the page (decision 055), which shows the refusal once.
    const token = csrfTokenIn(await htmlOf(await admin.get(page)))
    const browser = { 'Sec-Fetch-Dest': 'document', Accept: 'text/html' }
    const unseen = await admin.post(page, { csrf: token, seen: '1', decision: 'published' }, browser)
    expect(unseen.status).toBe(303)
    expect(unseen.headers.get('location')).toBe(page)
    const unseenHtml = await htmlOf(await admin.get(page))
    expect(unseenHtml).toMatch(/<title>Error: /)
    expect(unseenHtml).toContain('The organisation sent a new version (version 2) after you opened this page')
    expect(unseenHtml).toMatch(/<input[^>]*(checked=""[^>]*value="published"|value="published"[^>]*checked="")/)
    expect(await htmlOf(await admin.get(page))).not.toContain('after you opened this page')
    // A script calling the page is still answered 400 with the page.
    expect((await admin.submit(page, { seen: '1', decision: 'published' })).status).toBe(400)
    expect(await audited('directory.publish')).toBe(1)
    expect(await htmlOf(await ann.get('/find-support?words=friday'))).toContain('Eastby Friday Lunch<')
    expect((await admin.submit(page, { seen: '2', decision: 'returned', reason: 'Say which hall' })).status).toBe(302)
    const history = await htmlOf(await ann.get(change))
    expect(history).toMatch(/Version 2[\s\S]*Sent back on [^<]*: Say which hall[\s\S]*Version 1[\s\S]*Published on/)
    expect(await htmlOf(await ann.get('/list-your-service'))).toContain('What to change: Say which hall')
    expect(await countIn(portal, 'select count(*) as n from directory_listing_versions')).toBe(2)
  })

  it('flags a listing not checked for three months, and records it checked again', async () => {
    const admin = await signedIn(portal, 'council-admin')
    // The demo seed's fourth listing was last checked on 11 May 2026; its first on 1 October 2026.
    const old = { id: 'd1700000-0000-4000-8006-000000000004' }
    const [oldRow] = await portalSql(portal, 'select name from directory_services where id = ?', old.id)
    const [recentRow] = await portalSql(
      portal,
      'select name from directory_services where id = ?',
      'd1700000-0000-4000-8006-000000000001',
    )
    const due = await htmlOf(await admin.get('/admin/directory'))
    expect(due).toContain(`>${String(oldRow?.name)}</a>`)
    expect(due).not.toContain(`>${String(recentRow?.name)}</a>`)
    expect(await htmlOf(await admin.get(`/admin/directory/${old.id}`))).toContain(
      'This listing has not been checked in the last three months.',
    )
    expect((await admin.submit(`/admin/directory/${String(old?.id)}`, { intent: 'reassure' })).status).toBe(302)
    const feed = (await (await fetch(new URL(`/oruk/services/${String(old?.id)}`, portal.url))).json()) as {
      assured_date: string
    }
    expect(feed.assured_date).toBe(new Date().toISOString().slice(0, 10))
    expect(await audited('directory.reassure')).toBe(1)
    expect(await htmlOf(await admin.get('/admin/directory'))).not.toContain(`>${String(oldRow?.name)}</a>`)
  })

  it('tells the organisation and the assurer when people searching near a place will not find a listing', async () => {
    const ann = await signedIn(portal, 'citizen')
    const [lister] = await portalSql(portal, 'select organization_id from directory_listers')
    const organisation = String(lister?.organization_id)
    // SW1A is not in the example council's place list (NM1 to NM8 and its five towns), nor is London.
    const away = listing({
      name: 'Westminster Visiting Service',
      addressLine1: 'Unit 4, The Old Mill',
      addressLine2: '2 Abbey Road',
      town: 'London',
      postcode: 'sw1a 1aa',
    })
    const sent = await ann.submit(`/list-your-service/${organisation}/new`, away)
    expect(sent.status).toBe(302)
    // The Eastby lunch club from the tests above has two versions; this new listing has one.
    const [row] = await portalSql(
      portal,
      'select service_id from directory_listing_versions group by service_id having max(version) = 1',
    )
    const serviceId = String(row?.service_id)
    const warning =
      'People searching near a place will not find this service: its postcode district SW1A is not in this directory’s place list.'
    // The page the organisation lands on after sending says so beside the new listing, and only beside it.
    const landed = await htmlOf(await ann.get(String(sent.headers.get('location'))))
    expect(landed).toContain('“Westminster Visiting Service” has been sent to the council')
    expect(landed.split('will not find this service')).toHaveLength(2)
    expect(landed.indexOf(warning)).toBeGreaterThan(landed.indexOf('>Westminster Visiting Service<'))
    const mine = await htmlOf(await ann.get(`/list-your-service/${organisation}/services/${serviceId}`))
    expect(mine).toContain(warning)
    // The two typed lines come back as two lines to change.
    expect(mine).toContain('value="Unit 4, The Old Mill"')
    expect(mine).toContain('value="2 Abbey Road"')
    const admin = await signedIn(portal, 'council-admin')
    expect(await htmlOf(await admin.get(`/admin/directory/${serviceId}`))).toContain(warning)
    // A listing the place list knows carries no warning.
    const [eastby] = await portalSql(portal, 'select service_id from directory_listing_versions where version = 2')
    expect(await htmlOf(await admin.get(`/admin/directory/${String(eastby?.service_id)}`))).not.toContain(
      'will not find this service',
    )
  })
})
