import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { formatLongDate } from '@open-sds/kernel'
import { csrfTokenIn, type PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { portalEngines, portalFor } from './support/engines'
import { htmlOf } from './support/page-html'
import { countIn, portalSql } from './support/portal-sql'
import { signedIn } from './support/support-plan'

// Issue 17: "An administrator can import another ORUK 3.0 feed (from a URL or a file) with a report per record, and
// export the directory"; bad input: "an imported feed with invalid records: each refused with the field named, the
// valid records kept". The other directory here is a local HTTP server this test starts on 127.0.0.1.

type Service = Record<string, unknown> & { id: string; name: string }

/** A service of the demo directory as another directory would publish it: new id, new name. */
const elsewhere = (service: Service, n: number, changes: Record<string, unknown> = {}): Service => ({
  ...service,
  id: `e1700000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name: `Elsewhere ${n} ${service.name}`,
  ...changes,
})

let feedServer: Server
let feedBase = ''
const served = new Map<string, { type: string; body: string }>()

beforeAll(async () => {
  feedServer = createServer((request, response) => {
    const found = served.get(request.url ?? '')
    if (!found) {
      response.writeHead(404).end('Not found')
      return
    }
    response.writeHead(200, { 'Content-Type': found.type }).end(found.body)
  })
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve))
  feedBase = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => feedServer.close(resolve))
})

/** Posts a file to the import page as a browser's multipart form would. */
async function uploadFeed(
  client: PortalClient,
  portalUrl: string,
  name: string,
  body: string,
  { assured = false, again = false }: { assured?: boolean; again?: boolean } = {},
) {
  const page = await client.get('/admin/directory/import')
  const form = new FormData()
  form.set('csrf', csrfTokenIn(await page.text()))
  form.set('intent', 'file')
  form.set('file', new File([body], name, { type: 'application/x-ndjson' }))
  if (assured) form.set('assured', 'yes')
  if (again) form.set('again', 'yes')
  return fetch(new URL('/admin/directory/import', portalUrl), {
    method: 'POST',
    body: form,
    headers: { Cookie: client.cookieHeader() },
    redirect: 'manual',
  })
}

/** The page an import answered with: a 303 to the run's own page (decision 065), read as the browser would. */
async function runPage(client: PortalClient, answer: Response) {
  expect(answer.status).toBe(303)
  const location = answer.headers.get('location') ?? ''
  expect(location).toMatch(/^\/admin\/directory\/imports\/[0-9a-f-]{36}\?imported$/)
  return htmlOf(await client.get(location))
}

describe.each(portalEngines())('importing and exporting the directory, on $name', (engine) => {
  // The other directory is served on this machine, which a real council's portal refuses (decision 059).
  const portal = portalFor(engine, { env: { OPEN_SDS_FEED_IMPORT_INSIDE: 'true' } })
  const audited = () => countIn(portal, "select count(*) as n from audit_log where action = 'directory.import'")
  const exported = async () =>
    (await (await fetch(new URL('/oruk/services?full=true&format=ndjson', portal.url))).text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Service)
  const feedHas = async (id: string) => (await fetch(new URL(`/oruk/services/${id}`, portal.url))).status === 200

  it('exports every service fully nested, and imports a file keeping the valid records and naming each problem', async () => {
    const admin = await signedIn(portal, 'council-admin')
    // Setting up already recorded the county plugin's own directory (its taxonomy) as an import: count this one only.
    const importsBefore = await audited()
    const listings = await htmlOf(await admin.get('/admin/directory'))
    expect(listings).toContain('href="/admin/directory/import"')
    expect(listings).toContain('href="/oruk/services?full=true&amp;format=ndjson"')
    const all = await exported()
    expect(all.length).toBe(36)
    expect(all[0]).toHaveProperty('organization.name')
    const [a, b, c, d] = all as [Service, Service, Service, Service]
    const file = [
      JSON.stringify(elsewhere(a, 1)),
      JSON.stringify(elsewhere(b, 2, { email: 'not an email', url: 'nowhere' })),
      '{"id": "half a record',
      JSON.stringify(
        elsewhere(c, 4, {
          attributes: [
            { id: 'e1700000-0000-4000-8001-000000000001', taxonomy_term_id: 'e1700000-0000-4000-8002-000000000099' },
          ],
        }),
      ),
      JSON.stringify(elsewhere(d, 5, { name: '' })),
      JSON.stringify(a),
    ].join('\n')
    const answer = await uploadFeed(admin, portal.url, 'elsewhere.ndjson', file)
    const runAt = (answer.headers.get('location') ?? '').replace('?imported', '')
    const report = await runPage(admin, answer)
    expect(report).toContain('From elsewhere.ndjson: 2 added, 0 changed, 0 unchanged, 4 refused.')
    expect(report).toMatch(/line 2: Elsewhere 2[\s\S]*?Refused[\s\S]*?email: Email must be an email address/)
    expect(report).toMatch(/line 2: Elsewhere 2[\s\S]*?url: Web address must be/)
    expect(report).toMatch(/line 3: no name[\s\S]*?This line is not JSON/)
    expect(report).toMatch(
      /line 4: Elsewhere 4[\s\S]*?attributes\.0\.taxonomy_term_id: No taxonomy term in the directory/,
    )
    expect(report).toMatch(/line 5: [\s\S]*?name: Name/)
    expect(report).toContain('were not published: they wait in')
    expect(await audited()).toBe(importsBefore + 1)
    // Decision 065: the run is kept, with the file's SHA-256, so its page shows the same report again (refreshing it
    // imports nothing), and the import page lists it.
    const sha256 = createHash('sha256').update(file).digest('hex')
    expect(
      await countIn(
        portal,
        "select count(*) as n from directory_imports where source = 'elsewhere.ndjson' and sha256 = ? and added = 2 and refused = 4",
        sha256,
      ),
    ).toBe(1)
    const again200 = await htmlOf(await admin.get(runAt))
    expect(again200).toContain('From elsewhere.ndjson: 2 added, 0 changed, 0 unchanged, 4 refused.')
    expect(again200).toMatch(/line 3: no name[\s\S]*?This line is not JSON/)
    expect(again200).toContain(`Imported on ${formatLongDate(new Date().toISOString().slice(0, 10))} by`)
    expect(await audited()).toBe(importsBefore + 1)
    expect(await htmlOf(await admin.get('/admin/directory/import'))).toContain(`href="${runAt}"`)
    // Issue 17: "a council assurer reviews before publication". Nothing imported is in the open feed yet; both
    // records wait on the assurer's page, and the copy has ids of its own (decision 063), not the publisher's.
    const copyOf = elsewhere(a, 1)
    expect(await feedHas(copyOf.id)).toBe(false)
    expect((await exported()).length).toBe(36)
    const queue = await htmlOf(await admin.get('/admin/directory'))
    expect(queue).toContain(copyOf.name)
    expect(queue).not.toContain(`/admin/directory/${copyOf.id}`)
    const copyId = /href="\/admin\/directory\/([0-9a-f-]{36})"[^>]*>[^<]*Elsewhere 1 /.exec(queue)?.[1]
    expect(copyId).toBeDefined()
    // Decision 065: the queue and the listing's page say which import sent the waiting version, linking to its run.
    const cameFrom = `Imported from elsewhere.ndjson on ${formatLongDate(new Date().toISOString().slice(0, 10))}`
    expect(queue).toMatch(new RegExp(`Elsewhere 1 [\\s\\S]*?Came from[\\s\\S]*?href="${runAt}"[^>]*>${cameFrom}<`))
    expect(await htmlOf(await admin.get(`/admin/directory/${copyId}`))).toContain(`href="${runAt}">${cameFrom}<`)
    const versions = () => countIn(portal, 'select count(*) as n from directory_listing_versions')
    const versionsBefore = await versions()

    // The same file again under another name (decision 065): recognised by its SHA-256, nothing is read or written,
    // and the page says when and from where it was imported, linking to that run.
    const runs = () => countIn(portal, 'select count(*) as n from directory_imports')
    const runsBefore = await runs()
    const renamed = await uploadFeed(admin, portal.url, 'westshire.json', file)
    expect(renamed.status).toBe(303)
    const told = await htmlOf(await admin.get(renamed.headers.get('location') ?? ''))
    expect(told).toContain(
      `This file was already imported on ${formatLongDate(new Date().toISOString().slice(0, 10))} from elsewhere.ndjson: nothing was added`,
    )
    expect(told).toMatch(new RegExp(`href="${runAt}"[^>]*>See what that import did`))
    expect(await versions()).toBe(versionsBefore)
    expect(await runs()).toBe(runsBefore)
    expect(await audited()).toBe(importsBefore + 1)
    // That import refused 4 records, which a change here (a kind of support added) could let in: the page says so
    // and offers to read the same bytes again, which the administrator must ask for.
    expect(told).toContain('That import refused 4 records.')
    expect(told).toContain('Import it again, even if it was imported before')
    const tried = await runPage(admin, await uploadFeed(admin, portal.url, 'westshire.json', file, { again: true }))
    expect(tried).toContain('From westshire.json: 0 added, 0 changed, 2 unchanged, 4 refused.')
    expect(await versions()).toBe(versionsBefore)
    expect(await runs()).toBe(runsBefore + 1)

    // The same records in a file that differs (a line more): read record by record, nothing changed, none added.
    const again = await runPage(admin, await uploadFeed(admin, portal.url, 'elsewhere.ndjson', `${file}\n`))
    expect(again).toContain('From elsewhere.ndjson: 0 added, 0 changed, 2 unchanged, 4 refused.')
    expect(await versions()).toBe(versionsBefore)

    // One record changed, and the administrator says they checked it: it is published today, with their decision.
    const changed = JSON.stringify(elsewhere(a, 1, { description: 'Now open on Saturdays too.' }))
    const assured = await uploadFeed(admin, portal.url, 'elsewhere.ndjson', changed, { assured: true })
    expect(await runPage(admin, assured)).toContain(
      'From elsewhere.ndjson: 0 added, 1 changed, 0 unchanged, 0 refused.',
    )
    const published = (await (await fetch(new URL(`/oruk/services/${copyId}`, portal.url))).json()) as Service
    expect(published.description).toBe('Now open on Saturdays too.')
    expect(published.assured_date).toBe(new Date().toISOString().slice(0, 10))
    expect(
      await countIn(
        portal,
        "select count(*) as n from directory_listing_reviews r join directory_listing_versions v on v.id = r.version_id where v.service_id = ? and r.decision = 'published'",
        copyId,
      ),
    ).toBe(1)
    // Nested records have this directory's ids too: no location, contact or schedule id of the publisher's is reused.
    const theirs = JSON.stringify(a).match(/"id":"[0-9a-f-]{36}"/g) ?? []
    const ours = new Set(JSON.stringify(published).match(/"id":"[0-9a-f-]{36}"/g) ?? [])
    expect(theirs.length).toBeGreaterThan(1)
    expect(theirs.filter((id) => ours.has(id) && !JSON.stringify(published.attributes ?? []).includes(id))).toEqual([])

    // Importing it again leaves the published record exactly as it was: same last_modified, no new version.
    const lastModified = published.last_modified
    const versionsNow = await versions()
    await new Promise((resolve) => setTimeout(resolve, 20))
    const same = await uploadFeed(admin, portal.url, 'elsewhere.ndjson', `${changed}\n`, { assured: true })
    expect(await runPage(admin, same)).toContain('0 added, 0 changed, 1 unchanged, 0 refused.')
    const after = (await (await fetch(new URL(`/oruk/services/${copyId}`, portal.url))).json()) as Service
    expect(after.last_modified).toBe(lastModified)
    expect(await versions()).toBe(versionsNow)

    // Another feed publishing the same ids is another directory's records: added beside, never over, this one.
    const other = await uploadFeed(admin, portal.url, 'another-directory.ndjson', `\n${changed}`)
    expect(await runPage(admin, other)).toContain(
      'From another-directory.ndjson: 1 added, 0 changed, 0 unchanged, 0 refused.',
    )
    expect(
      ((await (await fetch(new URL(`/oruk/services/${copyId}`, portal.url))).json()) as Service).last_modified,
    ).toBe(lastModified)

    const empty = await uploadFeed(admin, portal.url, 'empty.ndjson', '')
    expect(empty.status).toBe(400)
    expect(await htmlOf(empty)).toContain('Choose an ORUK feed file to import')
  })

  it('says on the import page, its form still there, when a file is larger than the portal accepts', async () => {
    const admin = await signedIn(portal, 'council-admin')
    // The body limit (MAX_BODY_BYTES, 100 KB by default) is checked before the page runs: a browser comes back here.
    const big = `${'{"id": "a line of padding"}\n'.repeat(5000)}`
    const page = await admin.get('/admin/directory/import')
    const form = new FormData()
    form.set('csrf', csrfTokenIn(await page.text()))
    form.set('intent', 'file')
    form.set('file', new File([big], 'big.ndjson', { type: 'application/x-ndjson' }))
    const answer = await fetch(new URL('/admin/directory/import', portal.url), {
      method: 'POST',
      body: form,
      headers: { Cookie: admin.cookieHeader(), Accept: 'text/html', 'Sec-Fetch-Dest': 'document' },
      redirect: 'manual',
    })
    expect(answer.status).toBe(303)
    expect(answer.headers.get('Location')).toBe('/admin/directory/import?too-large')
    const shown = await htmlOf(await admin.get('/admin/directory/import?too-large'))
    expect(shown).toContain(
      'The file is larger than 100 KB, the most this page accepts: import the feed from its address instead',
    )
    expect(shown).toContain('name="url"')
    expect(shown).toContain('type="file"')
  })

  it('imports every page of a feed from its address, and says plainly when the address is wrong', async () => {
    const admin = await signedIn(portal, 'council-admin')
    const all = await exported()
    const page = (n: number, contents: Service[]) =>
      JSON.stringify({
        total_items: 3,
        total_pages: 2,
        page_number: n,
        size: 2,
        first_page: n === 1,
        last_page: n === 2,
        empty: false,
        contents,
      })
    served.set('/other/services', {
      type: 'application/json',
      body: page(1, [elsewhere(all[6] as Service, 11), elsewhere(all[7] as Service, 12)]),
    })
    served.set('/other/services?page=2', {
      type: 'application/json',
      body: page(2, [elsewhere(all[8] as Service, 13, { status: 'open' })]),
    })
    const imported = await admin.submit('/admin/directory/import', { intent: 'url', url: `${feedBase}/other/services` })
    const report = await runPage(admin, imported)
    expect(report).toContain(`From ${feedBase}/other/services: 2 added, 0 changed, 0 unchanged, 1 refused.`)
    expect(report).toMatch(/page 2, item 1: Elsewhere 13[\s\S]*?status: Status must be one of/)
    expect(await htmlOf(await admin.get('/admin/directory'))).toContain(elsewhere(all[7] as Service, 12).name)
    // The feed fetched again, its pages unchanged byte for byte: nothing is imported (decision 065).
    const unchanged = await admin.submit('/admin/directory/import', {
      intent: 'url',
      url: `${feedBase}/other/services`,
    })
    expect(unchanged.status).toBe(303)
    expect(await htmlOf(await admin.get(unchanged.headers.get('location') ?? ''))).toContain(
      `This feed is unchanged since it was imported on ${formatLongDate(new Date().toISOString().slice(0, 10))} from ${feedBase}/other/services: nothing was added`,
    )

    const missing = await admin.submit('/admin/directory/import', { intent: 'url', url: `${feedBase}/nothing-here` })
    expect(missing.status).toBe(400)
    const missingHtml = await htmlOf(missing)
    expect(missingHtml).toContain('answered 404, not a feed')
    expect(missingHtml).toContain(`value="${feedBase}/nothing-here"`)
    const notAnAddress = await admin.submit('/admin/directory/import', { intent: 'url', url: 'ftp://example.org/feed' })
    expect(await htmlOf(notAnAddress)).toContain('Enter the feed’s address, starting https:// or http://')

    // A browser is sent back to the page (decision 055), the address typed and the box ticked still there, once.
    const token = csrfTokenIn(await (await admin.get('/admin/directory/import')).text())
    const refused = await admin.post(
      '/admin/directory/import',
      { csrf: token, intent: 'url', url: `${feedBase}/nothing-here`, assured: 'yes' },
      { 'Sec-Fetch-Dest': 'document', Accept: 'text/html' },
    )
    expect(refused.status).toBe(303)
    expect(refused.headers.get('location')).toBe('/admin/directory/import')
    const shown = await htmlOf(await admin.get('/admin/directory/import'))
    expect(shown).toMatch(/<title>Error: /)
    expect(shown).toContain('answered 404, not a feed')
    expect(shown).toContain(`value="${feedBase}/nothing-here"`)
    expect(shown).toMatch(/id="url-assured"[^>]*checked/)
    expect(await htmlOf(await admin.get('/admin/directory/import'))).not.toContain('answered 404, not a feed')
  })
  // Decision 065: a record imported before decision 063 kept the publisher's ids and has no listing versions; its
  // feed imported again updates that listing, under the same ids, instead of adding it a second time.
  it('matches a record imported the old way by its source and the publisher’s id, keeping the published ids', async () => {
    const admin = await signedIn(portal, 'council-admin')
    const legacy = (await exported())[10] as Service
    // Seeded as an import before decision 063 left it: the service under the publisher's id, and the import's audit
    // entry naming the whole directory and its source.
    await portalSql(
      portal,
      "insert into audit_log (at, action, resource, detail) values (?, 'directory.import', 'directory', ?)",
      Date.now() - 86_400_000,
      JSON.stringify({ source: 'legacy.ndjson', added: 1, replaced: 0, refused: 0 }),
    )
    // A thousand imports of other feeds since, so that entry is not among the newest thousand.
    const since = Array.from({ length: 1000 }, (_, n) => [
      Date.now() - 3_600_000,
      JSON.stringify({ source: `other-${String(n)}.ndjson`, added: 0, replaced: 0, refused: 0 }),
    ])
    await portalSql(
      portal,
      `insert into audit_log (at, action, resource, detail) values ${since.map(() => "(?, 'directory.import', 'directory', ?)").join(', ')}`,
      ...since.flat(),
    )
    const services = () => countIn(portal, 'select count(*) as n from directory_services')
    const servicesBefore = await services()
    const changed = JSON.stringify({ ...legacy, description: 'Changed by its publisher since.' })
    const report = await runPage(admin, await uploadFeed(admin, portal.url, 'legacy.ndjson', changed))
    expect(report).toContain('From legacy.ndjson: 0 added, 1 changed, 0 unchanged, 0 refused.')
    const [version] = await portalSql(
      portal,
      'select service_id, cast(record as text) as record from directory_listing_versions where service_id = ?',
      legacy.id,
    )
    expect(version?.service_id).toBe(legacy.id)
    const nestedIds = JSON.stringify(legacy).match(/"id":"[0-9a-f-]{36}"/g) ?? []
    expect(nestedIds.length).toBeGreaterThan(1)
    for (const id of nestedIds) expect(String(version?.record)).toContain(id)
    const queue = await htmlOf(await admin.get('/admin/directory'))
    expect(queue).toContain(`href="/admin/directory/${legacy.id}"`)
    expect(await htmlOf(await admin.get(`/admin/directory/${legacy.id}`))).toContain('Changed by its publisher since.')
    expect(await services()).toBe(servicesBefore)
    // The same record once more (other bytes): it is its listing's newest version now, so it is left as it was.
    const again = await runPage(admin, await uploadFeed(admin, portal.url, 'legacy.ndjson', `${changed}\n`))
    expect(again).toContain('From legacy.ndjson: 0 added, 0 changed, 1 unchanged, 0 refused.')
  })
})
