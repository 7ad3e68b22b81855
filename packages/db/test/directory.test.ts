import { describe, expect, it } from 'vitest'
import type { Service } from '@open-sds/directory'
import { demoDirectoryServices, seedDemoDirectory } from '../src/seed-directory.js'
import { demoDirectoryTaxonomy } from './directory-taxonomy.js'
import { countRows, testEngines } from './engines.js'

const now = new Date('2026-11-02T09:15:30.123Z')
const later = new Date('2026-11-20T14:00:00.000Z')
const [first, second, third] = demoDirectoryServices() as [Service, Service, Service]
const termOf = (service: Service) => service.attributes?.[0]?.taxonomy_term_id ?? ''

describe.each(testEngines())('the service directory on $name', (engine) => {
  it('keeps a fully nested ORUK service and gives it back whole, its organisation and terms joined', async () => {
    const handle = await engine.fresh()
    const { directory } = handle.repos
    expect((await directory.putTaxonomy(demoDirectoryTaxonomy)).ok).toBe(true)
    const stored = await directory.putService(first, now)
    expect(stored.ok).toBe(true)
    const back = await directory.getService(first.id)
    const term = demoDirectoryTaxonomy.taxonomy_terms?.find((t) => t.id === termOf(first))
    expect(back).toEqual({
      ...first,
      last_modified: '2026-11-02T09:15:30.123Z',
      attributes: [
        {
          ...first.attributes?.[0],
          taxonomy_term: { ...term, taxonomy_id: demoDirectoryTaxonomy.id, taxonomy: 'Northmoor needs' },
        },
      ],
    })
    expect(await directory.getService('d1700000-0000-4000-8999-000000000001')).toBeUndefined()
  })

  it('refuses a service whose organisation or taxonomy term is not in the directory, naming the field, storing nothing', async () => {
    const handle = await engine.fresh()
    const { directory } = handle.repos
    const { organization: _organization, ...withoutOrganization } = first
    const refused = await directory.putService(withoutOrganization, now)
    expect(refused.ok ? [] : refused.errors).toEqual([
      { path: 'organization_id', message: 'No organisation in the directory has this id' },
      { path: 'attributes.0.taxonomy_term_id', message: 'No taxonomy term in the directory has this id' },
    ])
    const badEmail = await directory.putService({ ...first, email: 'nobody' }, now)
    expect(badEmail.ok ? [] : badEmail.errors).toEqual([
      { path: 'email', message: 'Email must be an email address, for example name@example.com' },
    ])
    expect(await countRows(engine, handle, 'directory_services')).toBe(0)
    expect(await countRows(engine, handle, 'directory_organizations')).toBe(0)
  })

  it('lists services by name a page at a time, with the total, and by modified_after, words, term and organisation', async () => {
    const handle = await engine.fresh()
    const { directory } = handle.repos
    await directory.putTaxonomy(demoDirectoryTaxonomy)
    await directory.putService(first, now)
    await directory.putService(second, now)
    await directory.putService(third, later)
    const names = [first, second, third].map((s) => s.name).sort((a, b) => a.localeCompare(b))
    const page1 = await directory.listServices({ page: 1, perPage: 2 })
    const page2 = await directory.listServices({ page: 2, perPage: 2 })
    expect(page1.totalItems).toBe(3)
    expect([...page1.contents, ...page2.contents].map((s) => s.name)).toEqual(names)
    // A list item carries the service's own fields and its organisation, not the nested lists.
    expect(page1.contents[0]).not.toHaveProperty('schedules')
    expect(page1.contents[0]?.organization?.name).toBeTruthy()
    // The same page fully nested, as the feed's full=true gives it.
    const full = await directory.listFullServices({ page: 1, perPage: 2 })
    expect(full.contents.map((s) => s.id)).toEqual(page1.contents.map((s) => s.id))
    expect(full.contents[0]?.schedules).toHaveLength(1)
    const changed = await directory.listServices({ page: 1, perPage: 50, modifiedAfter: later })
    expect(changed.contents.map((s) => s.name)).toEqual([third.name])
    const words = await directory.listServices({ page: 1, perPage: 50, search: 'northmoor FRIEND' })
    expect(words.contents.map((s) => s.name)).toEqual(['Northmoor Friendship Club'])
    const byTerm = await directory.listServices({ page: 1, perPage: 50, taxonomyTermId: termOf(third) })
    expect(byTerm.contents.map((s) => s.id)).toEqual([third.id])
    const byTaxonomy = await directory.listServices({ page: 1, perPage: 50, taxonomyId: demoDirectoryTaxonomy.id })
    expect(byTaxonomy.totalItems).toBe(3)
    const byOrganization = await directory.listServices({
      page: 1,
      perPage: 50,
      organizationId: second.organization_id ?? '',
    })
    expect(byOrganization.contents.map((s) => s.id)).toEqual([second.id])
  })

  it('reads every service in page order a batch at a time from where the last batch ended, same names included', async () => {
    const handle = await engine.fresh()
    const { directory } = handle.repos
    await directory.putTaxonomy(demoDirectoryTaxonomy)
    const twin = { ...second, id: 'd1700000-0000-4000-8001-0000000000ff', name: first.name }
    for (const service of [third, twin, first, second]) await directory.putService(service, now)
    const paged = await directory.listFullServices({ page: 1, perPage: 50 })
    const read: Service[] = []
    let after
    let batches = 0
    do {
      const batch = await directory.fullServicesAfter({}, after, 3)
      read.push(...batch.contents)
      after = batch.after
      batches += 1
    } while (after !== undefined && batches < 10)
    // Four services, three at a time: a full batch says where to carry on, the short last one says nothing.
    expect(batches).toBe(2)
    expect(read).toEqual(paged.contents)
    const filtered = await directory.fullServicesAfter({ search: 'northmoor friend' }, undefined, 50)
    const pageFiltered = await directory.listFullServices({ search: 'northmoor friend', page: 1, perPage: 50 })
    expect(filtered.contents.length).toBeGreaterThan(0)
    expect(filtered).toEqual({ contents: pageFiltered.contents })
  })

  it('reads what changed after a point, oldest change first, services changed at one instant a batch at a time', async () => {
    const handle = await engine.fresh()
    const { directory } = handle.repos
    await directory.putTaxonomy(demoDirectoryTaxonomy)
    expect(await directory.lastChange()).toBeUndefined()
    // Three services stamped alike (as an import stamps them), then one changed later.
    for (const service of [third, first, second]) await directory.putService(service, now)
    const start = { modifiedAt: new Date(0), id: '' }
    const firstBatch = await directory.servicesChangedAfter(start, 2)
    const ids = [first.id, second.id, third.id].sort()
    expect(firstBatch.contents.map((s) => s.id)).toEqual(ids.slice(0, 2))
    expect(firstBatch.after).toEqual({ modifiedAt: now, id: ids[1] })
    const rest = await directory.servicesChangedAfter(firstBatch.after ?? start, 2)
    expect(rest.contents.map((s) => s.id)).toEqual(ids.slice(2))
    expect(rest.contents[0]).toEqual(await directory.getService(ids[2] ?? ''))
    const lastRead = rest.after ?? start
    expect(await directory.lastChange()).toEqual(lastRead)
    expect(await directory.servicesChangedAfter(lastRead, 2)).toEqual({ contents: [] })
    await directory.putService({ ...second, name: 'Renamed' }, later)
    const changed = await directory.servicesChangedAfter(lastRead, 2)
    expect(changed.contents.map((s) => [s.id, s.name])).toEqual([[second.id, 'Renamed']])
    expect(await directory.lastChange()).toEqual({ modifiedAt: later, id: second.id })
  })

  it('replacing a service keeps one row, moves its modified time and retags it', async () => {
    const handle = await engine.fresh()
    const { directory } = handle.repos
    await directory.putTaxonomy(demoDirectoryTaxonomy)
    await directory.putService(first, now)
    const retagged = { ...first, attributes: [{ ...first.attributes![0]!, taxonomy_term_id: termOf(second) }] }
    const replaced = await directory.putService({ ...retagged, name: 'Northmoor Visiting Friends' }, later)
    expect(replaced.ok && replaced.value.last_modified).toBe(later.toISOString())
    expect(await countRows(engine, handle, 'directory_services')).toBe(1)
    expect((await directory.listServices({ page: 1, perPage: 9, taxonomyTermId: termOf(first) })).totalItems).toBe(0)
    expect((await directory.listServices({ page: 1, perPage: 9, search: 'visiting' })).totalItems).toBe(1)
  })

  it('gives taxonomies with their terms, and terms by taxonomy, parent and top level', async () => {
    const handle = await engine.fresh()
    const { directory } = handle.repos
    const child = {
      id: 'd1700000-0000-4000-8002-000000000099',
      name: 'Telephone befriending',
      description: 'A weekly call.',
      parent_id: termOf(first),
    }
    const put = await directory.putTaxonomy({
      ...demoDirectoryTaxonomy,
      taxonomy_terms: [...(demoDirectoryTaxonomy.taxonomy_terms ?? []), child],
    })
    expect(put.ok && put.value.taxonomy_terms?.length).toBe(9)
    const list = await directory.listTaxonomies({ page: 1, perPage: 10 })
    expect(list.totalItems).toBe(1)
    expect((await directory.getTaxonomy(demoDirectoryTaxonomy.id))?.name).toBe('Northmoor needs')
    expect((await directory.listTaxonomyTerms({ page: 1, perPage: 50 })).totalItems).toBe(9)
    expect((await directory.listTaxonomyTerms({ page: 1, perPage: 50, topOnly: true })).totalItems).toBe(8)
    const children = await directory.listTaxonomyTerms({ page: 1, perPage: 50, parentId: termOf(first) })
    expect(children.contents.map((term) => term.name)).toEqual(['Telephone befriending'])
    expect((await directory.getTaxonomyTerm(child.id))?.parent_id).toBe(termOf(first))
    const orphan = await directory.putTaxonomy({
      ...demoDirectoryTaxonomy,
      taxonomy_terms: [{ ...child, parent_id: 'd1700000-0000-4000-8002-000000000098' }],
    })
    expect(orphan.ok ? [] : orphan.errors).toEqual([
      { path: 'taxonomy_terms.0.parent_id', message: 'No taxonomy term in the directory has this id' },
    ])
  })

  it('seeds the demo directory once: 36 fictional services across 8 needs, each with a located, scheduled, priced entry', async () => {
    const handle = await engine.fresh()
    // Without the county's kinds of support (its plugin brings them) there is nothing to tag with: nothing is added.
    await seedDemoDirectory(handle, now)
    expect(await countRows(engine, handle, 'directory_services')).toBe(0)
    await handle.repos.directory.putTaxonomy(demoDirectoryTaxonomy)
    await seedDemoDirectory(handle, now)
    await seedDemoDirectory(handle, later)
    const all = await handle.repos.directory.allServices()
    expect(all).toHaveLength(36)
    expect(new Set(all.map(termOf)).size).toBe(8)
    expect(all.every((s) => s.service_at_locations?.[0]?.location?.latitude !== undefined)).toBe(true)
    expect(all.every((s) => s.schedules?.length === 1)).toBe(true)
    expect(all.filter((s) => s.cost_options === undefined).length).toBe(4)
    expect(all.every((s) => s.last_modified === now.toISOString())).toBe(true)
  })
})
