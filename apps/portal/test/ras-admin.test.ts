import { readFileSync } from 'node:fs'
import path from 'node:path'
import { demoAccounts } from '@open-sds/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PortalClient, csrfTokenIn } from '@open-sds/portal-harness'
import { portalEngines } from './support/engines'
import type { RunningPortal } from './support/portal-process'
import { htmlOf } from './support/page-html'

const syntheticCases = readFileSync(
  path.resolve(import.meta.dirname, '../../../plugins/example-county/data/synthetic-cases.csv'),
  'utf8',
)

// On SQLite and, given a test server, on PostgreSQL (decision 021).
describe.each(portalEngines())('$name', (engine) => {
  let portal: RunningPortal
  let admin: PortalClient

  beforeAll(async () => {
    portal = await engine.start()
    admin = new PortalClient(portal.url)
    const account = demoAccounts.find((candidate) => candidate.key === 'council-admin')!
    await admin.signIn(account.email, account.password)
  })

  afterAll(async () => {
    await portal?.stop()
  })

  async function upload(csv: string, bandCount = '10'): Promise<Response> {
    const token = csrfTokenIn(await (await admin.get('/admin/ras')).text())
    const body = new FormData()
    body.set('csrf', token)
    body.set('intent', 'calibrate')
    body.set('bandCount', bandCount)
    body.set('cases', new Blob([csv], { type: 'text/csv' }), 'cases.csv')
    return fetch(new URL('/admin/ras', portal.url), {
      method: 'POST',
      body,
      redirect: 'manual',
      headers: { Cookie: admin.cookieHeader() },
    })
  }

  async function publish(fields: Record<string, string>): Promise<Response> {
    const token = csrfTokenIn(await (await admin.get('/admin/ras')).text())
    return admin.post('/admin/ras', { csrf: token, intent: 'publish', ...fields })
  }

  describe('calibrating and publishing the RAS', () => {
    it('fits bands to the uploaded cases, shows the fit as a chart and a table, and lists bad rows instead of dropping them', async () => {
      const response = await upload(`${syntheticCases.trimEnd()}\nbroken-case,lots,12.00\n`)
      expect(response.status).toBe(200)
      const html = await htmlOf(response)
      expect(html).toContain('Proposed allocation table')
      expect(html).toMatch(/Fitted on 240 cases/)
      expect(html).toMatch(/R squared 0\.\d{3}/)
      expect(html).toContain('<svg')
      expect(html).toContain('Cases furthest from the proposed table')
      expect(html).toMatch(/1 row was left out: line 242/)
    })

    it('refuses a file with no usable rows, and a silly number of bands, saying which', async () => {
      const empty = await upload('case_id,points,actual_weekly_cost\n')
      expect(empty.status).toBe(400)
      expect(await empty.text()).toContain('at least 2 good rows')
      const bands = await upload(syntheticCases, 'ten')
      expect(bands.status).toBe(400)
      expect(await bands.text()).toContain('Enter the number of bands as a whole number')
    })

    it('publishes the proposed table as a new version, once, in force from its date', async () => {
      const calibrated = await (await upload(syntheticCases)).text()
      // The proposed table comes back in a hidden field, as the browser would send it on.
      const moneyJson = (/name="money" value="([^"]*)"/.exec(calibrated)?.[1] ?? '')
        .replaceAll('&quot;', '"')
        .replaceAll('&amp;', '&')
      expect(moneyJson).toContain('"method":"bands"')
      const first = await publish({ version: '2030.1', effectiveFrom: '2030-04-01', money: moneyJson })
      expect(first.status).toBe(302)
      const page = await htmlOf(await admin.get('/admin/ras'))
      expect(page).toContain('northmoor-ras 2030.1')
      expect(page).toContain('2030-04-01 onwards')
      const again = await publish({ version: '2030.1', effectiveFrom: '2030-04-02', money: moneyJson })
      expect(again.status).toBe(400)
      expect(await again.text()).toContain('has already been published')
    })

    // Issue 19: a refused publish lost the calibration, so the file had to be uploaded and fitted again.
    it('keeps the calibration and what was typed on the page when a publish is refused', async () => {
      const calibrated = await (await upload(syntheticCases)).text()
      const hidden = (name: string) =>
        (new RegExp(`name="${name}" value="([^"]*)"`).exec(calibrated)?.[1] ?? '')
          .replaceAll('&quot;', '"')
          .replaceAll('&amp;', '&')
      const response = await publish({
        version: '2031.1',
        effectiveFrom: '1999-04-01',
        money: hidden('money'),
        report: hidden('report'),
      })
      expect(response.status).toBe(400)
      const html = await htmlOf(response)
      expect(html).toContain('must take effect after')
      expect(html).toMatch(/Fitted on 240 cases/)
      expect(html).toContain('Proposed allocation table')
      expect(html).toContain('<svg')
      expect(html).toContain('Publish this version')
      expect(html).toMatch(/id="version"[^>]*value="2031\.1"/)
      expect(html).toMatch(/id="effectiveFrom"[^>]*value="1999-04-01"/)
      expect(html).toMatch(/id="effectiveFrom-error"/)
    })

    it('refuses a version that would take effect before the one in force', async () => {
      const response = await publish({
        version: '1999.1',
        effectiveFrom: '1999-04-01',
        money: '{"method":"bands","bands":[{"fromPoints":0,"toPoints":null,"weeklyPence":100}]}',
      })
      expect(response.status).toBe(400)
      expect(await response.text()).toContain('must take effect after')
    })
  })
})
