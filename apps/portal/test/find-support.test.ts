import { PortalClient } from '@open-sds/portal-harness'
import { describe, expect, it } from 'vitest'
import { openPortalDatabase, portalEngines, portalFor } from './support/engines'
import { schemaErrors } from './support/oruk-schemas'
import { htmlOf } from './support/page-html'

// Issue 17, "People finding support": public pages to search by need, by words and near a place (the plugin's
// towns and postcode districts), with filters for age and cost; each service's page with how to contact it, when it
// is open and what it costs. Bad input: "A search with no results says so and suggests what to change."

const DEMENTIA = 'd1700000-0000-4000-8002-000000000004'
const NORTHMOOR_BEFRIENDERS = 'd1700000-0000-4000-8006-000000000001'

/** The names of the services a results page lists, in order. */
const namesOn = (html: string) =>
  [...html.matchAll(/href="\/find-support\/services\/[^"]+">([^<]+)<\/a>/g)].map((match) => match[1] ?? '')

describe.each(portalEngines())('finding local support on $name', (engine) => {
  const portal = portalFor(engine)
  const search = async (query: Record<string, string>) => {
    const answer = await new PortalClient(portal.url).get(`/find-support?${new URLSearchParams(query).toString()}`)
    return { status: answer.status, html: await htmlOf(answer) }
  }

  it('is linked from the start page and searches by words, nearest first from a town or a postcode', async () => {
    expect(await htmlOf(await new PortalClient(portal.url).get('/'))).toContain('href="/find-support"')
    const empty = await search({})
    expect(empty.status).toBe(200)
    expect(empty.html).toContain('Find local support')
    expect(empty.html).not.toContain('services found')

    const befriending = await search({ words: 'befrienders' })
    expect(befriending.html).toMatch(/\d+ services found/)
    expect(namesOn(befriending.html).every((name) => name.endsWith('Befrienders'))).toBe(true)

    const eastby = await search({ place: 'eastby', within: '1' })
    const names = namesOn(eastby.html)
    expect(names.length).toBeGreaterThan(3)
    expect(names.every((name) => name.startsWith('Eastby '))).toBe(true)
    const miles = [...eastby.html.matchAll(/([\d.]+) miles from Eastby/g)].map((match) => Number(match[1]))
    expect(miles).toEqual([...miles].sort((a, b) => a - b))
    expect(miles.length).toBe(names.length)
    // A whole postcode finds its district, which the county's list puts in the same place.
    expect(namesOn((await search({ place: 'NM6 3LP', within: '1' })).html)).toEqual(names)
  })

  it('narrows by need, age and cost, and says when nothing matches and what to change', async () => {
    const dementia = await search({ need: DEMENTIA })
    expect(namesOn(dementia.html).length).toBeGreaterThan(0)
    expect(namesOn(dementia.html).every((name) => name.endsWith('Memory Café'))).toBe(true)
    const free = await search({ cost: 'free' })
    expect(free.html).not.toMatch(/From £/)
    expect(namesOn(free.html)).not.toContain('Northmoor Dial-a-Ride')
    // Strength and Balance Classes are for 55 and over.
    expect(namesOn((await search({ words: 'strength', age: '40' })).html)).toEqual([])
    expect(namesOn((await search({ words: 'strength', age: '70' })).html).length).toBeGreaterThan(0)
    // Nothing found says what to change for this search, with the count worked out.
    const strength = /(\d+) services found/.exec((await search({ words: 'strength' })).html)?.[1]
    const tooYoung = (await search({ words: 'strength', age: '40' })).html
    expect(tooYoung).toContain(`Without the age, ${String(strength)} services match`)
    expect(tooYoung).toContain('href="/find-support?words=strength#results"')

    const nothing = await search({ words: 'skydiving', need: DEMENTIA })
    expect(nothing.status).toBe(200)
    expect(nothing.html).toContain('No services found')
    // No one loves skydiving here, but dementia support there is: the suggestion says how much.
    expect(nothing.html).toMatch(/Without the words, \d+ services match/)
    expect(nothing.html).not.toContain('With any kind of support')
  })

  it('names each wrong field and keeps what was typed', async () => {
    const wrong = await search({ words: 'lunch club', place: 'Leeds', age: 'sixty', cost: 'cheap' })
    expect(wrong.status).toBe(400)
    expect(wrong.html).toContain('<title>Error: Find local support')
    expect(wrong.html).toContain('We do not know “Leeds”'.replace(/[“”]/g, '&quot;'))
    expect(wrong.html).toContain('Enter an age in whole years, like 67')
    expect(wrong.html).toContain('Choose any cost, free or paid')
    expect(wrong.html).toContain('value="lunch club"')
    expect(wrong.html).toContain('value="Leeds"')
    expect(wrong.html).toContain('value="sixty"')
    expect((await search({ need: 'not-a-term' })).html).toContain('Choose a kind of support from the list')
  })

  it('shows a service with how to get in touch, when it is open and what it costs; a closed one is not found', async () => {
    const page = await new PortalClient(portal.url).get(`/find-support/services/${NORTHMOOR_BEFRIENDERS}`)
    expect(page.status).toBe(200)
    const html = await htmlOf(page)
    expect(html).toContain('<h1 class="govuk-heading-l">Northmoor Befrienders</h1>')
    expect(html).toContain('Northmoor Volunteer Centre')
    expect(html).toMatch(/href="tel:01632960101"/)
    expect(html).toContain('Mondays and Thursdays, 10am to 4pm')
    expect(html).toContain('Free')
    expect(html).toContain('18 and over')
    expect(html).toContain('Befriending and company')
    // It visits people at home: said from its ORUK service area, as the listing form's wording has it.
    expect(html).toContain('Visits people at home in Northmoor and surrounding villages')
    expect(html).toContain('Checked by the council on 1 October 2026')
    // Service 7 is defunct in the demo directory; an unknown id likewise.
    for (const id of ['d1700000-0000-4000-8006-000000000007', 'no-such-service']) {
      expect((await new PortalClient(portal.url).get(`/find-support/services/${id}`)).status).toBe(404)
    }
  })

  it('finds a service changed since the last search: the index the search keeps in memory follows the directory', async () => {
    expect(namesOn((await search({ words: 'zebra' })).html)).toEqual([])
    const database = await openPortalDatabase(portal)
    try {
      const befrienders = await database.repos.directory.getService(NORTHMOOR_BEFRIENDERS)
      const renamed = await database.repos.directory.putService(
        { ...befrienders, name: 'Northmoor Zebra Befrienders' },
        new Date(),
      )
      expect(renamed.ok).toBe(true)
    } finally {
      await database.close()
    }
    expect(namesOn((await search({ words: 'zebra' })).html)).toEqual(['Northmoor Zebra Befrienders'])
    expect(namesOn((await search({ words: 'befrienders' })).html)).not.toContain('Northmoor Befrienders')
  })

  it('shows an address’s two lines as two lines, and the feed joins them into ORUK’s one street line', async () => {
    const database = await openPortalDatabase(portal)
    try {
      const befrienders = await database.repos.directory.getService(NORTHMOOR_BEFRIENDERS)
      const [site] = befrienders?.service_at_locations ?? []
      const [address] = site?.location?.addresses ?? []
      if (!befrienders || !site?.location || !address) throw new Error('the demo befrienders have no address')
      const twoLines = { ...address, address_1: 'Unit 4, The Old Mill', address_2: '2 Market Street' }
      const stored = await database.repos.directory.putService(
        { ...befrienders, service_at_locations: [{ ...site, location: { ...site.location, addresses: [twoLines] } }] },
        new Date(),
      )
      expect(stored.ok).toBe(true)
    } finally {
      await database.close()
    }
    const html = await htmlOf(await new PortalClient(portal.url).get(`/find-support/services/${NORTHMOOR_BEFRIENDERS}`))
    expect(html).toMatch(/Unit 4, The Old Mill<\/span><span><br\/>2 Market Street<\/span>/)
    const fed = (await (await fetch(`${portal.url}/oruk/services/${NORTHMOOR_BEFRIENDERS}`)).json()) as {
      service_at_locations: { location: { addresses: Record<string, unknown>[] } }[]
    }
    const sent = fed.service_at_locations[0]?.location.addresses[0]
    expect(sent?.address_1).toBe('Unit 4, The Old Mill, 2 Market Street')
    expect(sent).not.toHaveProperty('address_2')
    expect(schemaErrors('service.json', fed)).toEqual([])
    const full = (await (await fetch(`${portal.url}/oruk/services?full=true&search=Befrienders`)).json()) as {
      contents: (typeof fed)[]
    }
    const listed = full.contents.find((one) => JSON.stringify(one).includes('The Old Mill'))
    expect(listed?.service_at_locations[0]?.location.addresses[0]).toEqual(sent)
  })
})
