import { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { htmlOf } from './support/page-html'
import { startPortal, type RunningPortal } from './support/portal-process'

// Issue 17, "Plugin slot for the taxonomy, the place data and the content around the directory; the user-led
// organisation's example instance runs its own directory". The same portal, set up (db-setup, as a council or an
// organisation runs it) under each example plugin: each has its own kinds of support, services and words.

/** The names of the services a results page lists. */
const namesOn = (html: string) =>
  [...html.matchAll(/href="\/find-support\/services\/[^"]+">([^<]+)<\/a>/g)].map((match) => match[1] ?? '')
/** The kinds of support the search offers. */
const needsOn = (html: string) =>
  [
    ...(/<select[^>]*name="need"[^>]*>([\s\S]*?)<\/select>/.exec(html)?.[1] ?? '').matchAll(
      /<option value="[^"]+">([^<]+)</g,
    ),
  ].map((match) => match[1] ?? '')

describe('a directory run by the plugin’s organisation', () => {
  let riverside: RunningPortal
  let northmoor: RunningPortal
  const search = async (portal: RunningPortal, query: Record<string, string>) =>
    htmlOf(await new PortalClient(portal.url).get(`/find-support?${new URLSearchParams(query).toString()}`))

  beforeAll(async () => {
    ;[riverside, northmoor] = await Promise.all([
      startPortal({ env: { OPEN_SDS_PLUGINS: '@open-sds/plugin-example-ulo' } }),
      startPortal({ env: { OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county' } }),
    ])
  }, 180_000)

  afterAll(async () => {
    await Promise.all([riverside?.stop(), northmoor?.stop()])
  })

  it('the user-led organisation’s lists its own services under its own kinds of support, and none of the county’s', async () => {
    const all = await search(riverside, { cost: 'any' })
    const names = namesOn(all)
    expect(names).toEqual(
      expect.arrayContaining(['Peer Support Drop-in', 'Independent Advocacy', 'Scooter and Wheelchair Loans']),
    )
    expect(names.some((name) => name.startsWith('Northmoor') || name.startsWith('Eastby'))).toBe(false)
    expect([...needsOn(all)].sort()).toEqual([
      'Advocacy',
      'Employing a personal assistant',
      'Getting out and about',
      'Peer support',
    ])
    expect(all).toContain('collected by Riverside Disability Voice, a user-led organisation')
    // Near one of its own places.
    expect(namesOn(await search(riverside, { place: 'RV1', within: '1' }))).toContain('Peer Support Drop-in')
  })

  it('the county’s lists the county’s, with its own kinds of support and the portal’s own introduction', async () => {
    const all = await search(northmoor, { cost: 'any' })
    expect(namesOn(all).length).toBeGreaterThan(5)
    expect(namesOn(all).every((name) => /^(Northmoor|Moorside|Eastby|Fellbridge|Harlow Green) /.test(name))).toBe(true)
    expect(namesOn(all)).not.toContain('Peer Support Drop-in')
    expect(needsOn(all)).not.toContain('Peer support')
    // The county's kinds of support come from its plugin (plugins/example-county/src/directory.ts), not the demo data.
    expect(needsOn(all)).toEqual(expect.arrayContaining(['Befriending and company', 'Help at home']))
    expect(needsOn(all)).toHaveLength(8)
    expect(all).not.toContain('Riverside Disability Voice, a user-led organisation')
    expect(all).toContain('Groups, clubs, advice and help in the area')
  })

  it('says what to do if nothing fits in each plugin’s own words', async () => {
    const nothing = await search(riverside, { words: 'skydiving' })
    expect(nothing).toContain('No services found')
    expect(nothing).toContain('If nothing here fits')
    expect(nothing).toContain('Ring our peer supporters on 01632 960 500')
    const county = await search(northmoor, { words: 'skydiving' })
    expect(county).toContain('No services found')
    expect(county).toContain('Ring Northmoor adult social care on 01632 960 100')
    expect(county).not.toContain('peer supporters')
  })
})
