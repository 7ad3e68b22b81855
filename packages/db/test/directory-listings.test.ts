import { describe, expect, it } from 'vitest'
import { demoDirectoryTaxonomy } from './directory-taxonomy.js'
import { countRows, refusal, testEngines } from './engines.js'
import { at, createUser } from './helpers.js'

// Issue 17, "Keeping it true": organisations sign up and list their services; a council assurer reviews before
// publication and assured_date is recorded; every change goes back through review and keeps its history.

const ORG = '5a1e0000-0000-4000-8000-0000000000aa'
const SERVICE = '5a1e0000-0000-4000-8000-000000000001'
const NEED = demoDirectoryTaxonomy.taxonomy_terms?.[0]?.id ?? ''
const listing = (name: string) => ({
  id: SERVICE,
  name,
  status: 'active',
  description: 'A hot lunch on Fridays',
  attributes: [{ id: '5a1e0000-0000-4000-8000-000000000002', taxonomy_term_id: NEED }],
})

describe.each(testEngines())('directory listings on $name', (engine) => {
  const signedUp = async () => {
    const handle = await engine.fresh()
    const { directory, directoryListings } = handle.repos
    await directory.putTaxonomy(demoDirectoryTaxonomy)
    const lister = await createUser(handle, 'ann@eastby.example.org')
    const assurer = await createUser(handle, 'dee@northmoor.example.org')
    const signed = await directoryListings.signUp(
      {
        organization: { id: ORG, name: 'Eastby Good Neighbours', description: 'Neighbours helping neighbours' },
        kind: 'community group',
        userId: lister.id,
      },
      at('2026-12-01T09:00:00Z'),
    )
    expect(signed.ok).toBe(true)
    return { handle, lister, assurer }
  }

  it('publishes a version only when the assurer says so, with the day it was checked, and keeps every version', async () => {
    const { handle, lister, assurer } = await signedUp()
    const { directory, directoryListings } = handle.repos
    const sent = await directoryListings.submit(
      { organizationId: ORG, service: listing('Friday Lunch'), userId: lister.id },
      at('2026-12-01T10:00:00Z'),
    )
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors))
    expect(await directory.getService(SERVICE)).toBeUndefined()
    expect((await directoryListings.waiting()).map((v) => v.service.name)).toEqual(['Friday Lunch'])

    const published = await directoryListings.review(
      {
        versionId: sent.value.id,
        decision: 'published',
        reviewedByUserId: assurer.id,
        assuredDate: '2026-12-02',
        assurerEmail: 'directory@northmoor.example.org',
      },
      at('2026-12-02T11:00:00Z'),
    )
    expect(published.ok).toBe(true)
    expect(await directory.getService(SERVICE)).toMatchObject({
      name: 'Friday Lunch',
      assured_date: '2026-12-02',
      assurer_email: 'directory@northmoor.example.org',
      organization: { name: 'Eastby Good Neighbours' },
    })
    expect(await directoryListings.waiting()).toEqual([])

    // A change goes back through review: the published listing stays as it was until the assurer decides.
    const changed = await directoryListings.submit(
      { organizationId: ORG, service: listing('Friday Lunch Club'), userId: lister.id },
      at('2026-12-03T10:00:00Z'),
    )
    if (!changed.ok) throw new Error('valid')
    expect(changed.value.version).toBe(2)
    expect((await directory.getService(SERVICE))?.name).toBe('Friday Lunch')
    const returned = await directoryListings.review(
      {
        versionId: changed.value.id,
        decision: 'returned',
        reason: ' ',
        reviewedByUserId: assurer.id,
        assuredDate: '2026-12-03',
      },
      at('2026-12-03T11:00:00Z'),
    )
    expect(returned.ok ? [] : returned.errors).toEqual([
      { path: 'reason', message: 'Say what the organisation needs to change' },
    ])
    await directoryListings.review(
      {
        versionId: changed.value.id,
        decision: 'returned',
        reason: 'Say which Friday',
        reviewedByUserId: assurer.id,
        assuredDate: '2026-12-03',
      },
      at('2026-12-03T11:00:00Z'),
    )
    expect((await directory.getService(SERVICE))?.name).toBe('Friday Lunch')
    const history = await directoryListings.history(SERVICE)
    expect(history.map((v) => [v.version, v.service.name, v.review?.decision, v.review?.reason])).toEqual([
      [2, 'Friday Lunch Club', 'returned', 'Say which Friday'],
      [1, 'Friday Lunch', 'published', null],
    ])
    expect((await directoryListings.listingsOf(ORG)).map((v) => v.version)).toEqual([2])

    // Decided is decided, and the history cannot be rewritten.
    const again = await directoryListings.review(
      { versionId: changed.value.id, decision: 'published', reviewedByUserId: assurer.id, assuredDate: '2026-12-03' },
      at('2026-12-03T12:00:00Z'),
    )
    expect(again.ok).toBe(false)
    expect(await refusal(engine.sql(handle, "update directory_listing_versions set record = '{}'"))).toMatch(
      'cannot be changed',
    )
    expect(await refusal(engine.sql(handle, 'delete from directory_listing_reviews'))).toMatch('cannot be removed')
    expect(await countRows(engine, handle, 'directory_listing_versions')).toBe(2)
  })

  it('refuses a listing ORUK refuses, for an organisation not signed up, or listed by another organisation', async () => {
    const { handle, lister } = await signedUp()
    const { directoryListings } = handle.repos
    const bad = await directoryListings.submit(
      { organizationId: ORG, service: { ...listing(''), email: 'nope' }, userId: lister.id },
      at('2026-12-01T10:00:00Z'),
    )
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toEqual(['name', 'email'])
    const unknown = await directoryListings.submit(
      { organizationId: '5a1e0000-0000-4000-8000-0000000000bb', service: listing('X'), userId: lister.id },
      at('2026-12-01T10:00:00Z'),
    )
    expect(unknown.ok ? [] : unknown.errors.map((e) => e.path)).toEqual(['organization_id'])
    await directoryListings.signUp(
      {
        organization: { id: '5a1e0000-0000-4000-8000-0000000000bb', name: 'Other', description: 'Another group' },
        kind: 'provider',
        userId: lister.id,
      },
      at('2026-12-01T09:00:00Z'),
    )
    await directoryListings.submit(
      { organizationId: ORG, service: listing('Mine'), userId: lister.id },
      at('2026-12-01T10:00:00Z'),
    )
    const taken = await directoryListings.submit(
      { organizationId: '5a1e0000-0000-4000-8000-0000000000bb', service: listing('Theirs'), userId: lister.id },
      at('2026-12-01T11:00:00Z'),
    )
    expect(taken.ok ? [] : taken.errors).toEqual([{ path: 'id', message: 'Another organisation lists this service' }])
    expect((await directoryListings.listersOf(lister.id)).map((l) => l.organization.name)).toEqual([
      'Eastby Good Neighbours',
      'Other',
    ])
  })
  // Decision 065: each import run is kept as it ran, and each version it sent names it, so the assurer's queue can
  // say where a waiting version came from and the same file is recognised by its SHA-256.
  it('keeps an import run, finds it by its hash, and marks the versions it sent', async () => {
    const { handle, lister } = await signedUp()
    const { directoryListings } = handle.repos
    const IMPORT = '5a1e0000-0000-4000-8000-0000000000cc'
    const sent = await directoryListings.submit(
      { organizationId: ORG, service: listing('Friday Lunch'), userId: lister.id, importId: IMPORT },
      at('2026-12-04T10:00:00Z'),
    )
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors))
    const run = {
      id: IMPORT,
      importedByUserId: lister.id,
      importedAt: at('2026-12-04T10:00:00Z'),
      source: 'westshire.json',
      sourceKey: 'westshire.json',
      sha256: 'ab'.repeat(32),
      assured: false,
      added: 1,
      changed: 0,
      unchanged: 0,
      refused: 0,
      report: [{ at: 'line 1', name: 'Friday Lunch', outcome: 'added', problems: [] }],
    }
    await directoryListings.recordImport(run)
    expect(await directoryListings.getImport(IMPORT)).toEqual(run)
    expect((await directoryListings.importWithHash('ab'.repeat(32)))?.id).toBe(IMPORT)
    expect(await directoryListings.importWithHash('cd'.repeat(32))).toBeUndefined()
    expect((await directoryListings.recentImports(5)).map((r) => r.source)).toEqual(['westshire.json'])
    expect((await directoryListings.waiting()).map((v) => v.importId)).toEqual([IMPORT])
    expect(await refusal(engine.sql(handle, 'update directory_imports set added = 2'))).toMatch('cannot be changed')
    expect(await refusal(engine.sql(handle, 'delete from directory_imports'))).toMatch('cannot be removed')
  })
})
