import { PortalClient } from '@open-sds/portal-harness'
import { describe, expect, it } from 'vitest'
import { demoAccount } from './support/demo-account'
import { portalEngines, portalFor } from './support/engines'
import { htmlOf } from './support/page-html'
import { countIn, portalSql } from './support/portal-sql'
import type { RunningPortal } from './support/portal-process'

// Issue 18, "Accounts": administrators create staff accounts, change roles and deactivate accounts, all audited, and
// cannot remove the last administrator (bad input: "a role change that would leave no administrator").

const signedIn = async (portal: RunningPortal, email: string, password: string) => {
  const client = new PortalClient(portal.url)
  expect((await client.signIn(email, password)).status).toBe(302)
  return client
}

const idOf = async (portal: RunningPortal, email: string) =>
  String((await portalSql(portal, 'select id from users where email = ?', email))[0]?.id)

const auditCount = (portal: RunningPortal, action: string) =>
  countIn(portal, 'select count(*) as n from audit_log where action = ?', action)

describe.each(portalEngines())('staff accounts run by an administrator, on $name', (engine) => {
  const portal = portalFor(engine, { env: { NODE_ENV: 'test', OPEN_SDS_DEMO: 'true' } })

  it('creates a staff account whose owner sets the password from the link in the outbox', async () => {
    const admin = demoAccount('council-admin')
    const client = await signedIn(portal, admin.email, admin.password)
    const missing = await client.submit('/admin/staff/new', { displayName: 'Robin Ng', email: 'robin@example.org' })
    expect(missing.status).toBe(400)
    const missingHtml = await htmlOf(missing)
    expect(missingHtml).toContain('Choose a role')
    expect(missingHtml).toContain('Enter why you are making this change')
    expect(missingHtml).toContain('value="Robin Ng"')

    const made = await client.submit('/admin/staff/new', {
      displayName: 'Robin Ng',
      email: 'robin@example.org',
      role: 'practitioner',
      reason: 'Joined the north team',
    })
    expect(made.status).toBe(302)
    expect(await htmlOf(await client.get('/admin/staff'))).toContain('Robin Ng')
    const outbox = await htmlOf(await new PortalClient(portal.url).get('/outbox'))
    expect(outbox).toContain('Set the password of your new account')
    const link = /href="(\/reset-password\?token=[^"]+)"/.exec(outbox)?.[1] ?? ''
    const robin = new PortalClient(portal.url)
    expect((await robin.submit(link, { password: 'robin chooses this one' })).status).toBe(302)
    await signedIn(portal, 'robin@example.org', 'robin chooses this one')
    const duplicate = await client.submit('/admin/staff/new', {
      displayName: 'Robin Again',
      email: 'robin@example.org',
      role: 'practitioner',
      reason: 'Twice',
    })
    expect(await htmlOf(duplicate)).toContain('An account with this email address already exists')
    expect(await auditCount(portal, 'user.staff-create')).toBe(1)
  })

  it('changes a role and deactivates an account (signed out, cannot sign in, told no more than a wrong password)', async () => {
    const admin = demoAccount('council-admin')
    const finance = demoAccount('finance')
    const client = await signedIn(portal, admin.email, admin.password)
    const financeClient = await signedIn(portal, finance.email, finance.password)
    const id = await idOf(portal, finance.email)
    const page = `/admin/staff/${id}`
    expect(await htmlOf(await client.get(page))).toContain('Finance officer')

    const deactivated = await client.submit(page, { intent: 'active', active: 'no', reason: 'Left the council' })
    expect(deactivated.status).toBe(302)
    expect((await financeClient.get('/finance')).status).toBe(302)
    const refused = await new PortalClient(portal.url).signIn(finance.email, finance.password)
    expect(refused.status).toBe(401)
    expect(await htmlOf(refused)).toContain(
      'Enter the email address and password for your account. One of them is not right',
    )

    expect((await client.submit(page, { intent: 'active', active: 'yes', reason: 'Came back' })).status).toBe(302)
    await signedIn(portal, finance.email, finance.password)
    expect((await client.submit(page, { intent: 'role', role: 'practitioner', reason: 'Moved teams' })).status).toBe(
      302,
    )
    expect(await htmlOf(await client.get(page))).toContain('Practitioner')
    expect(await auditCount(portal, 'user.staff-deactivate')).toBe(1)
    expect(await auditCount(portal, 'user.staff-activate')).toBe(1)
    expect(await auditCount(portal, 'user.staff-role-change')).toBe(1)
  })

  it('refuses to leave no active council administrator, changing nothing and auditing the attempt', async () => {
    const admin = demoAccount('council-admin')
    const client = await signedIn(portal, admin.email, admin.password)
    const page = `/admin/staff/${await idOf(portal, admin.email)}`
    for (const fields of <Record<string, string>[]>[
      { intent: 'role', role: 'practitioner', reason: 'Trying it' },
      { intent: 'active', active: 'no', reason: 'Trying it' },
    ]) {
      const refused = await client.submit(page, fields)
      expect(refused.status).toBe(400)
      expect(await htmlOf(refused)).toContain('There must always be at least one active council administrator')
    }
    expect((await client.get('/admin/staff')).status).toBe(200)
    expect(
      await countIn(portal, "select count(*) as n from users where role = 'council-admin' and disabled_at is null"),
    ).toBe(1)
    const refusals = await countIn(
      portal,
      "select count(*) as n from audit_log where action = 'user.staff-change-refused' and resource = ?",
      page.replace('/admin/staff/', 'user:'),
    )
    expect(refusals).toBe(2)
  })
  it('lets only one of two administrators demoting each other at the same moment succeed', async () => {
    const admin = demoAccount('council-admin')
    const other = demoAccount('finance')
    const adminClient = await signedIn(portal, admin.email, admin.password)
    const adminPage = `/admin/staff/${await idOf(portal, admin.email)}`
    const otherPage = `/admin/staff/${await idOf(portal, other.email)}`
    const promoted = await adminClient.submit(otherPage, { intent: 'role', role: 'council-admin', reason: 'Deputy' })
    expect(promoted.status).toBe(302)
    const otherClient = await signedIn(portal, other.email, other.password)
    const both = await Promise.all([
      adminClient.submit(otherPage, { intent: 'role', role: 'practitioner', reason: 'Stepping down' }),
      otherClient.submit(adminPage, { intent: 'role', role: 'practitioner', reason: 'Stepping down' }),
    ])
    // One wins. The other is refused either by the guard (400: it counted after the first committed, behind the lock
    // packages/db's users test shows holding) or, if the first had committed before it was even let in, by its no
    // longer being an administrator (403). Never both: that would leave no administrator.
    const statuses = both.map((response) => response.status).sort()
    expect([
      [302, 400],
      [302, 403],
    ]).toContainEqual(statuses)
    expect(
      await countIn(portal, "select count(*) as n from users where role = 'council-admin' and disabled_at is null"),
    ).toBe(1)
  })
})

// Decision 047: a member of staff can hold roles besides their main one, given and taken away by an administrator.
describe.each(portalEngines())('staff who hold more than one role, on $name', (engine) => {
  const portal = portalFor(engine, { env: { NODE_ENV: 'test', OPEN_SDS_DEMO: 'true' } })

  it('gives a practitioner a second role that opens its pages until it is taken away, keeping typed choices on a refusal', async () => {
    const admin = demoAccount('council-admin')
    const practitioner = demoAccount('practitioner')
    const client = await signedIn(portal, admin.email, admin.password)
    const dana = await signedIn(portal, practitioner.email, practitioner.password)
    const page = `/admin/staff/${await idOf(portal, practitioner.email)}`
    expect((await dana.get('/finance')).status).toBe(403)

    const noReason = await client.submit(page, { intent: 'role', role: 'practitioner', otherRoles: 'finance-officer' })
    expect(noReason.status).toBe(400)
    const noReasonHtml = await htmlOf(noReason)
    expect(noReasonHtml).toContain('Enter why you are making this change')
    expect(noReasonHtml).toContain('checked="" value="finance-officer"')
    expect((await dana.get('/finance')).status).toBe(403)

    const given = await client.submit(page, {
      intent: 'role',
      role: 'practitioner',
      otherRoles: 'finance-officer',
      reason: 'Covers financial assessments on Fridays',
    })
    expect(given.status).toBe(302)
    expect(await htmlOf(await client.get(page))).toMatch(/Also works as<\/dt>\s*<dd[^>]*>Finance officer</)
    expect((await dana.get('/finance')).status).toBe(200)
    const home = await htmlOf(await dana.get('/practitioner'))
    expect(home).toContain('href="/finance"')
    expect(home).toContain('href="/practitioner"')

    expect((await client.submit(page, { intent: 'role', role: 'practitioner', reason: 'Fridays ended' })).status).toBe(
      302,
    )
    expect((await dana.get('/finance')).status).toBe(403)
    const [entry] = await portalSql(
      portal,
      "select cast(detail as text) as detail from audit_log where action = 'user.staff-role-change' order by id limit 1",
    )
    expect(JSON.parse(String(entry?.detail))).toMatchObject({
      from: 'practitioner',
      to: 'practitioner',
      otherRolesFrom: [],
      otherRolesTo: ['finance-officer'],
    })
  })

  // Last: it leaves the demo administrator a finance officer.
  it('counts an administrator role held besides the main one, so the other administrator can step down', async () => {
    const admin = demoAccount('council-admin')
    const client = await signedIn(portal, admin.email, admin.password)
    const danaPage = `/admin/staff/${await idOf(portal, demoAccount('practitioner').email)}`
    const ownPage = `/admin/staff/${await idOf(portal, admin.email)}`
    expect(
      (
        await client.submit(danaPage, {
          intent: 'role',
          role: 'practitioner',
          otherRoles: 'council-admin',
          reason: 'Deputy administrator',
        })
      ).status,
    ).toBe(302)
    expect(
      (await client.submit(ownPage, { intent: 'role', role: 'finance-officer', reason: 'Handing over' })).status,
    ).toBe(302)
    const dana = await signedIn(portal, demoAccount('practitioner').email, demoAccount('practitioner').password)
    expect((await dana.get('/admin/staff')).status).toBe(200)
    const refused = await dana.submit(danaPage, { intent: 'role', role: 'practitioner', reason: 'Not me either' })
    expect(refused.status).toBe(400)
    expect(await htmlOf(refused)).toContain('There must always be at least one active council administrator')
    expect((await dana.get('/admin/staff')).status).toBe(200)
  })
})
