import { openDatabase } from '@open-sds/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PortalClient, csrfTokenIn } from './support/http-client'
import { startPortal, type RunningPortal } from './support/portal-process'
import { demoAccount as account } from './support/demo-account'

let portal: RunningPortal

beforeAll(async () => {
  portal = await startPortal()
})

afterAll(async () => {
  await portal?.stop()
})

async function countUsersWithEmail(email: string): Promise<number> {
  const handle = openDatabase({ path: portal.databasePath, migrate: false })
  try {
    return (await handle.repos.users.findByEmail(email)) ? 1 : 0
  } finally {
    handle.close()
  }
}

describe('signing up', () => {
  it('creates a citizen account, signs the person in with a protected session cookie and opens their page', async () => {
    const client = new PortalClient(portal.url)
    const response = await client.submit('/sign-up', { displayName: 'Ada Lovelace', email: 'Ada@Example.net', password: 'correct horse battery' })
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe('/my-care')
    const cookie = response.headers.getSetCookie().find((header) => header.startsWith('open_sds_session='))
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    const page = await client.get('/my-care')
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Ada Lovelace')
  })

  it('says an email address is taken, keeps what was typed (but never the password) and changes nothing', async () => {
    const existing = account('citizen')
    const client = new PortalClient(portal.url)
    const response = await client.submit('/sign-up', { displayName: 'Someone Else', email: existing.email, password: 'another long password' })
    expect(response.status).toBe(409)
    const html = await response.text()
    expect(html).toContain('An account with this email address already exists')
    expect(html).toContain('value="Someone Else"')
    expect(html).not.toContain('another long password')
    expect(html).toMatch(/<title>Error: /)
    const signIn = await new PortalClient(portal.url).signIn(existing.email, existing.password)
    expect(signIn.status).toBe(302)
  })

  it('explains each problem with the form in plain English, next to the field', async () => {
    const response = await new PortalClient(portal.url).submit('/sign-up', { displayName: '', email: 'not-an-email', password: 'short' })
    expect(response.status).toBe(400)
    const html = await response.text()
    expect(html).toContain('There is a problem')
    expect(html).toContain('Enter your full name')
    expect(html).toContain('Enter an email address in the correct format, like name@example.com')
    expect(html).toContain('Password must be 10 characters or more')
    expect(html).toContain('value="not-an-email"')
  })
})

describe('signing in', () => {
  it('refuses a wrong password without saying which of email or password was wrong', async () => {
    const response = await new PortalClient(portal.url).signIn(account('practitioner').email, 'not the password')
    expect(response.status).toBe(401)
    expect(await response.text()).toContain('One of them is not right')
  })

  it('stops checking passwords after 5 failures for an email address, even when the sixth is right', async () => {
    const target = account('finance')
    const client = new PortalClient(portal.url)
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await client.signIn(target.email, `wrong guess ${attempt}`)).status).toBe(401)
    }
    const locked = await client.signIn(target.email, target.password)
    expect(locked.status).toBe(429)
    expect(await locked.text()).toContain('too many attempts')
  })

  it('sends a person back to the page they asked for, and only to a page on this site', async () => {
    const admin = account('council-admin')
    const client = new PortalClient(portal.url)
    const page = await client.get('/sign-in?returnTo=%2Fadmin%2Faudit')
    const token = csrfTokenIn(await page.text())
    const response = await client.post('/sign-in?returnTo=%2Fadmin%2Faudit', { csrf: token, email: admin.email, password: admin.password })
    expect(response.headers.get('location')).toBe('/admin/audit')
    const other = new PortalClient(portal.url)
    const otherPage = await other.get('/sign-in')
    const otherToken = csrfTokenIn(await otherPage.text())
    const offsite = await other.post('/sign-in?returnTo=%2F%2Fevil.example', { csrf: otherToken, email: admin.email, password: admin.password })
    expect(offsite.headers.get('location')).toBe('/admin')
  })

  it('records sign-ins in the audit log that administrators can read', async () => {
    const admin = account('council-admin')
    const client = new PortalClient(portal.url)
    await client.signIn(admin.email, admin.password)
    const html = (await (await client.get('/admin/audit')).text()).replaceAll('<!-- -->', '')
    expect(html).toContain('user.sign-in')
    // By name, so an auditor need not look ids up elsewhere.
    expect(html).toContain(`(${admin.email})`)
    expect(html).not.toContain('Older entries')
  })

  it('pages back through older audit entries, 100 at a time, without repeating one', async () => {
    const admin = account('council-admin')
    const client = new PortalClient(portal.url)
    await client.signIn(admin.email, admin.password)
    // Each reading of the log is itself audited, so reading it enough times fills more than one page.
    for (let reading = 0; reading < 101; reading += 1) await client.get('/admin/audit')
    const firstPage = (await (await client.get('/admin/audit')).text()).replaceAll('<!-- -->', '')
    const older = /href="\/admin\/audit\?before=(\d+)"/.exec(firstPage)
    expect(older).not.toBeNull()
    const secondPage = (await (await client.get(`/admin/audit?before=${older?.[1]}`)).text()).replaceAll('<!-- -->', '')
    expect(secondPage).toContain('audit.read')
    const rows = (html: string) => html.match(/<tr class="govuk-table__row">/g)?.length ?? 0
    expect(rows(firstPage)).toBe(101)
    expect(rows(secondPage)).toBeGreaterThan(1)
  })

  it('ends the session on sign out, so the same cookie no longer opens pages', async () => {
    const citizen = account('citizen')
    const client = new PortalClient(portal.url)
    await client.signIn(citizen.email, citizen.password)
    const page = await client.get('/my-care')
    const token = csrfTokenIn(await page.text())
    const out = await client.post('/sign-out', { csrf: token })
    expect(out.status).toBe(302)
    expect((await client.get('/my-care')).status).toBe(302)
  })
})

describe('requests the portal refuses', () => {
  it('refuses a form with a forged CSRF token with 403, and stores nothing', async () => {
    const client = new PortalClient(portal.url)
    await client.get('/sign-up')
    const response = await client.post('/sign-up', { csrf: 'forged-token-forged-token-forged-token-abcd', displayName: 'Mallory', email: 'mallory@example.net', password: 'a long enough password' })
    expect(response.status).toBe(403)
    expect(await response.text()).toContain('did not come from this site')
    expect(await countUsersWithEmail('mallory@example.net')).toBe(0)
  })

  it('refuses a form posted from another site even with a matching token', async () => {
    const client = new PortalClient(portal.url)
    const token = csrfTokenIn(await (await client.get('/sign-up')).text())
    const response = await client.post('/sign-up', { csrf: token, displayName: 'Eve', email: 'eve@example.net', password: 'a long enough password' }, { Origin: 'https://evil.example' })
    expect(response.status).toBe(403)
    expect(await countUsersWithEmail('eve@example.net')).toBe(0)
  })

  it('refuses an oversized body with 413 before reading it', async () => {
    const client = new PortalClient(portal.url)
    const token = csrfTokenIn(await (await client.get('/sign-up')).text())
    const response = await client.post('/sign-up', { csrf: token, displayName: 'x'.repeat(200 * 1024), email: 'big@example.net', password: 'a long enough password' })
    expect(response.status).toBe(413)
    expect(await response.text()).toContain('too large')
    expect(await countUsersWithEmail('big@example.net')).toBe(0)
  })

  it('answers an unknown address with a 404 page in the service’s own words', async () => {
    const response = await new PortalClient(portal.url).get('/no-such-page')
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('Page not found')
  })

  it('keeps serving after all of that', async () => {
    expect((await fetch(`${portal.url}/ping`)).status).toBe(200)
  })
})
