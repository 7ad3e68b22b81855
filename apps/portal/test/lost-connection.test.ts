import { randomUUID } from 'node:crypto'
import { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAccount as account } from './support/demo-account'
import { DatabaseLink } from './support/database-link'
import { adminQuery, seedPostgres, testPostgresUrl } from './support/engines'
import { startPortal, type RunningPortal } from './support/portal-process'
import { text } from './support/support-plan'

// Issue 12: a connection to PostgreSQL lost in the middle of a request gives the service's own error page, with no
// stack trace and no half-written change; when the server is back the pool makes new connections and the portal
// carries on, without a restart (decision 021). The portal reaches the server through a relay the test can cut.
const serverUrl = testPostgresUrl()

function expectServiceErrorPage(status: number, html: string) {
  expect(status).toBe(500)
  expect(html).toContain('Sorry, there is a problem with the service')
  expect(html).toContain('Nothing you have already saved has been lost.')
  expect(html).not.toMatch(/\bat [\w.<>]+ \(|node_modules|Connection terminated|ECONNREFUSED/)
}

describe.runIf(serverUrl)('losing the connection to PostgreSQL', () => {
  const server = serverUrl ?? ''
  const name = `open_sds_portal_${randomUUID().replaceAll('-', '')}`
  const direct = new URL(server)
  direct.pathname = `/${name}`
  let link: DatabaseLink
  let portal: RunningPortal

  beforeAll(async () => {
    await adminQuery(server, `create database ${name}`)
    const relayed = await DatabaseLink.between(server)
    link = relayed.link
    portal = await startPortal({ databaseUrl: relayed.url(name), seed: false })
    await seedPostgres(direct.href)
  })

  afterAll(async () => {
    await portal?.stop()
    await link?.close()
    await adminQuery(server, `drop database if exists ${name} with (force)`)
  })

  const accountsWithEmail = async (email: string) =>
    Number((await adminQuery(direct.href, 'select count(*) as n from users where email = $1', [email])).rows[0]?.n)

  it('mid-transaction: the sign-up is not half stored, the person sees the error page, and trying again works', async () => {
    const email = 'lost.connection@example.net'
    const fields = { displayName: 'Ada Lovelace', email, password: 'correct horse battery' }
    const visitor = new PortalClient(portal.url)
    // The account row is written; the connection goes as the person's record is about to be.
    link.cutWhenSent('insert into "people"')
    const failed = await visitor.submit('/sign-up', fields)
    expectServiceErrorPage(failed.status, await text(failed))
    expect(await accountsWithEmail(email)).toBe(0)
    expect(Number((await adminQuery(direct.href, 'select count(*) as n from people')).rows[0]?.n)).toBe(3)
    // The same request again, on a new connection: stored whole.
    const again = await new PortalClient(portal.url).submit('/sign-up', fields)
    expect(again.status).toBe(302)
    expect(await accountsWithEmail(email)).toBe(1)
    expect(portal.output()).not.toMatch(/exited|uncaught/i)
  })

  it('server gone: pages that need it give the error page; once it is back the portal recovers with no restart', async () => {
    const citizen = account('citizen')
    const person = new PortalClient(portal.url)
    expect((await person.signIn(citizen.email, citizen.password)).status).toBe(302)
    link.takeDown()
    try {
      const gone = await person.get('/my-care')
      expectServiceErrorPage(gone.status, await text(gone))
      // A sign-in while it is gone changes nothing and also gets the error page.
      const signIn = await new PortalClient(portal.url).signIn(citizen.email, citizen.password)
      expectServiceErrorPage(signIn.status, await text(signIn))
    } finally {
      link.restore()
    }
    const back = await person.get('/my-care')
    expect(back.status).toBe(200)
    expect(await text(back)).toContain('Alex Morgan')
    expect((await fetch(`${portal.url}/ping`)).status).toBe(200)
  })
})
