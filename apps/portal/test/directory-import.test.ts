import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { csrfTokenIn, type PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { portalEngines, portalFor } from './support/engines'
import { htmlOf } from './support/page-html'
import { countIn } from './support/portal-sql'
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
async function uploadFeed(client: PortalClient, portalUrl: string, name: string, body: string) {
  const page = await client.get('/admin/directory/import')
  const form = new FormData()
  form.set('csrf', csrfTokenIn(await page.text()))
  form.set('intent', 'file')
  form.set('file', new File([body], name, { type: 'application/x-ndjson' }))
  return fetch(new URL('/admin/directory/import', portalUrl), {
    method: 'POST',
    body: form,
    headers: { Cookie: client.cookieHeader() },
    redirect: 'manual',
  })
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
    expect(answer.status).toBe(200)
    const report = await htmlOf(answer)
    expect(report).toContain('From elsewhere.ndjson: 1 added, 1 replaced, 4 refused.')
    expect(report).toMatch(/line 2: Elsewhere 2[\s\S]*?Refused[\s\S]*?email: Email must be an email address/)
    expect(report).toMatch(/line 2: Elsewhere 2[\s\S]*?url: Web address must be/)
    expect(report).toMatch(/line 3: no name[\s\S]*?This line is not JSON/)
    expect(report).toMatch(
      /line 4: Elsewhere 4[\s\S]*?attributes\.0\.taxonomy_term_id: No taxonomy term in the directory/,
    )
    expect(report).toMatch(/line 5: [\s\S]*?name: Name/)
    expect(await feedHas(elsewhere(a, 1).id)).toBe(true)
    expect(await feedHas(elsewhere(b, 2).id)).toBe(false)
    expect(await feedHas(elsewhere(c, 4).id)).toBe(false)
    expect(await audited()).toBe(importsBefore + 1)

    const empty = await uploadFeed(admin, portal.url, 'empty.ndjson', '')
    expect(empty.status).toBe(400)
    expect(await htmlOf(empty)).toContain('Choose an ORUK feed file to import')
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
    expect(imported.status).toBe(200)
    const report = await htmlOf(imported)
    expect(report).toContain(`From ${feedBase}/other/services: 2 added, 0 replaced, 1 refused.`)
    expect(report).toMatch(/page 2, item 1: Elsewhere 13[\s\S]*?status: Status must be one of/)
    expect(await feedHas(elsewhere(all[7] as Service, 12).id)).toBe(true)

    const missing = await admin.submit('/admin/directory/import', { intent: 'url', url: `${feedBase}/nothing-here` })
    expect(missing.status).toBe(400)
    const missingHtml = await htmlOf(missing)
    expect(missingHtml).toContain('answered 404, not a feed')
    expect(missingHtml).toContain(`value="${feedBase}/nothing-here"`)
    const notAnAddress = await admin.submit('/admin/directory/import', { intent: 'url', url: 'ftp://example.org/feed' })
    expect(await htmlOf(notAnAddress)).toContain('Enter the feed’s address, starting https:// or http://')
  })
})
