import { PortalClient } from '@open-sds/portal-harness'
import county from '@open-sds/plugin-example-county'
import ulo from '@open-sds/plugin-example-ulo'
import { describe, expect, it } from 'vitest'
import { portalEngines, portalFor } from './support/engines'

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1]

// Issue 19, "Forms as GOV.UK patterns": a favicon from the plugin, and error pages titled with the service's name.
describe.each(portalEngines())('$name', (engine) => {
  const countyPortal = portalFor(engine)
  const uloPortal = portalFor(engine, { env: { OPEN_SDS_PLUGINS: '@open-sds/plugin-example-ulo' } })

  describe('the browser tab', () => {
    it("shows the plugin's own icon", async () => {
      const response = await new PortalClient(uloPortal.url).get('/favicon.svg')
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
      expect(await response.text()).toBe(ulo.branding?.icon)
    })

    it('shows the logo when the plugin has no icon of its own', async () => {
      expect(county.branding?.icon).toBeUndefined()
      const response = await new PortalClient(countyPortal.url).get('/favicon.svg')
      expect(await response.text()).toBe(county.branding?.logo?.svg)
    })

    it('is named on every page', async () => {
      const page = await (await new PortalClient(uloPortal.url).get('/')).text()
      expect(page).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>')
    })
  })

  describe('an error page', () => {
    it("is titled with what went wrong, then the service's and the organisation's names", async () => {
      const response = await new PortalClient(uloPortal.url).get('/no-such-page')
      expect(response.status).toBe(404)
      expect(titleOf(await response.text())).toBe('Page not found - Plan your support - Riverside Disability Voice')
    })
  })
})
