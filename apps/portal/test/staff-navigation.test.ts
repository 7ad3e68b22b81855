import { PortalClient } from '@open-sds/portal-harness'
import { describe, expect, it } from 'vitest'
import { staffNavigation } from '~/.server/auth/staff-navigation'
import { demoAccount } from './support/demo-account'
import { portalEngines, portalFor } from './support/engines'
import type { RunningPortal } from './support/portal-process'

// Issue 19: staff pages with staff navigation, offering only the pages each role may open.
async function menuOf(portal: RunningPortal, key: string, path: string): Promise<string[] | null> {
  const client = new PortalClient(portal.url)
  await client.signIn(demoAccount(key).email, demoAccount(key).password)
  const html = await (await client.get(path)).text()
  const nav = /<nav aria-label="Staff menu"[\s\S]*?<\/nav>/.exec(html)?.[0]
  if (!nav) return null
  return [...nav.matchAll(/<a [^>]*href="([^"]+)"([^>]*)>(?:<strong[^>]*>)?([^<]+)/g)].map(
    ([, href, rest, text]) => `${text}${rest?.includes('aria-current="page"') ? ' (current)' : ''} ${href}`,
  )
}

describe.each(portalEngines())('the staff navigation on $name', (engine) => {
  const portal = portalFor(engine)

  it('shows a practitioner their caseload, the plans to agree and, being on the safeguarding list, the concerns', async () => {
    expect(await menuOf(portal, 'practitioner', '/practitioner/plans')).toEqual([
      'Overview /practitioner',
      'Your caseload (0) /work/caseload',
      'Team queue (0) /work/queue',
      'Due and overdue (1) /work/due',
      'Messages (0) /work/messages',
      'Plans to agree (current) /practitioner/plans',
      'Safeguarding concerns /safeguarding',
      'Find a person /find-a-person',
    ])
  })

  it('shows a finance officer their queue, and a council administrator the pages they run', async () => {
    expect(await menuOf(portal, 'finance', '/finance')).toEqual([
      'Your caseload (0) /work/caseload',
      'Team queue (0) /work/queue',
      'Due and overdue (0) /work/due',
      'Messages (0) /work/messages',
      'Financial assessments (current) /finance',
      'Direct payments /finance/direct-payments',
      'Find a person /find-a-person',
    ])
    expect(await menuOf(portal, 'council-admin', '/admin/audit')).toEqual([
      'Overview /admin',
      'Find a person /find-a-person',
      'Surveys and feedback /coproduction',
      'Progress measures /admin/progress',
      'Staff accounts /admin/staff',
      'Audit log (current) /admin/audit',
    ])
  })

  it('is not shown to a person using services', async () => {
    expect(await menuOf(portal, 'citizen', '/my-care')).toBeNull()
  })

  it('leaves the concerns out for a practitioner who is not on the safeguarding list', () => {
    expect(staffNavigation('practitioner', false).map((link) => link.href)).toEqual([
      '/practitioner',
      '/work/caseload',
      '/work/queue',
      '/work/due',
      '/work/messages',
      '/practitioner/plans',
      '/find-a-person',
    ])
  })
})
