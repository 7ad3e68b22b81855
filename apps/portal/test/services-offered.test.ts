import { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROUTE_ACCESS, type RouteId } from '~/.server/auth/access'
import { serviceOfRoute } from '~/.server/auth/route-services'
import { demoAccount } from './support/demo-account'
import { portalEngines } from './support/engines'
import { htmlOf } from './support/page-html'
import type { RunningPortal } from './support/portal-process'

// Issue 19, "Administration": a user-led organisation's home page promises only what its instance offers. Riverside
// Disability Voice's plugin offers surveys and feedback only (its `services` slot); the council runs the rest.
const COUNCIL = 'Riverside Council adult social care'

describe('every page', () => {
  it('belongs to a service, or to every instance', () => {
    const services = Object.keys(ROUTE_ACCESS).map((route) => serviceOfRoute(route as RouteId))
    expect(new Set(services)).toEqual(
      new Set(['always', 'self-directed-support', 'charging-estimate', 'safeguarding', 'coproduction']),
    )
  })
})

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1]

describe.each(portalEngines())("a user-led organisation's instance on $name", (engine) => {
  let portal: RunningPortal
  beforeAll(async () => {
    portal = await engine.start({ env: { OPEN_SDS_PLUGINS: '@open-sds/plugin-example-ulo' } })
  })
  afterAll(async () => {
    await portal?.stop()
  })

  it('promises on its start page only its information and surveys, and names who runs the rest', async () => {
    const html = await htmlOf(await new PortalClient(portal.url).get('/'))
    expect(html).toContain('take part in a survey')
    expect(html).toContain('href="/surveys"')
    for (const promise of ['estimate your charge', 'report a concern', 'see the money available', 'Start now']) {
      expect(html).not.toContain(promise)
    }
    expect(html).not.toContain('href="/sign-up"')
    expect(html).toContain(`${COUNCIL} on 01632 960 000`)
    expect(html).toContain('If someone is in immediate danger, call 999.')
  })

  it("answers at a council service's address with who runs it, to anyone, and takes nothing in", async () => {
    const visitor = new PortalClient(portal.url)
    for (const path of ['/charging-estimate', '/report-a-concern', '/sign-up', '/my-care']) {
      const response = await visitor.get(path)
      expect(response.status, path).toBe(404)
      const html = await htmlOf(response)
      expect(titleOf(html), path).toBe(
        'This service is not offered here - Plan your support - Riverside Disability Voice',
      )
      expect(html, path).toContain(`Contact ${COUNCIL}:`)
      expect(html, path).toContain('Telephone: 01632 960 000')
    }
    const posted = await visitor.post('/report-a-concern', { concern: 'Someone is being hurt' })
    expect(posted.status).toBe(404)
  })

  it('still runs its surveys and feedback, and lets its own staff sign in', async () => {
    const visitor = new PortalClient(portal.url)
    expect((await visitor.get('/surveys')).status).toBe(200)
    expect((await visitor.get('/feedback')).status).toBe(200)
    const signIn = await (await visitor.get('/sign-in')).text()
    expect(signIn).not.toContain('Create an account')
    const staff = new PortalClient(portal.url)
    await staff.signIn(demoAccount('ulo-admin').email, demoAccount('ulo-admin').password)
    expect((await staff.get('/organisation')).status).toBe(200)
  })

  it('offers an administrator no page of a service it does not run', async () => {
    const admin = new PortalClient(portal.url)
    await admin.signIn(demoAccount('council-admin').email, demoAccount('council-admin').password)
    const html = await htmlOf(await admin.get('/admin'))
    expect(html).toContain('href="/admin/audit"')
    expect(html).toContain('href="/coproduction"')
    for (const href of ['/admin/ras', '/admin/uprating', '/admin/progress', '/safeguarding/counts']) {
      expect(html).not.toContain(`href="${href}"`)
    }
  })
})

describe.each(portalEngines())("a council's instance on $name", (engine) => {
  let portal: RunningPortal
  beforeAll(async () => {
    portal = await engine.start()
  })
  afterAll(async () => {
    await portal?.stop()
  })

  it('promises every service it runs, and sends nobody elsewhere', async () => {
    const html = await htmlOf(await new PortalClient(portal.url).get('/'))
    for (const href of ['/sign-up', '/charging-estimate', '/report-a-concern', '/surveys']) {
      expect(html).toContain(`href="${href}"`)
    }
    expect(html).not.toContain('is not the council')
    expect((await new PortalClient(portal.url).get('/charging-estimate')).status).toBe(200)
  })
})
