import { PortalClient } from '@open-sds/portal-harness'
import { describe, expect, it } from 'vitest'
import { demoAccount } from './support/demo-account'
import { portalEngines, portalFor } from './support/engines'
import { htmlOf } from './support/page-html'

// Issue 19: the administration home listed plugin package names and which plugin set each branding setting.
describe.each(portalEngines())('the administration home on $name', (engine) => {
  const portal = portalFor(engine)

  it('shows no developer settings: no plugin package names or setting keys, and the pages people can read by title', async () => {
    const admin = new PortalClient(portal.url)
    await admin.signIn(demoAccount('council-admin').email, demoAccount('council-admin').password)
    const response = await admin.get('/admin')
    expect(response.status).toBe(200)
    const html = await htmlOf(response)
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'))
    expect(main).not.toMatch(/@open-sds\/plugin/)
    expect(main).not.toContain('Plugins in use')
    expect(main).not.toContain('Set by')
    expect(main).not.toMatch(/organisationName|logoAlt|primaryColour/)
    expect(main).toContain('Pages people can read')
    expect(main).toMatch(/<a class="govuk-link" href="\/pages\/[a-z0-9-]+">[^<]+<\/a>/)
    expect(main).toContain('Read the audit log')
  })
})
