import path from 'node:path'
import { PortalClient } from '@open-sds/portal-harness'
import { describe, expect, it } from 'vitest'
import { totpCode } from '~/.server/auth/totp'
import { demoAccount } from './support/demo-account'
import { portalEngines, portalFor, type PortalEngine } from './support/engines'
import { htmlOf } from './support/page-html'
import { countIn, portalSql } from './support/portal-sql'
import type { RunningPortal } from './support/portal-process'

// Issue 18, "Accounts": staff sign in with a second factor (time-based one-time codes, with recovery codes), which a
// council can require for every staff role; bad input: "a wrong second-factor code (limited tries)". Decision 033.

const KEY = 'a'.repeat(64)
const REQUIRED = path.resolve(import.meta.dirname, 'fixtures', 'plugin-second-factor-required.mjs')

const keyOn = (html: string): string => {
  const key = /data-setup-key[^>]*><code>([A-Z2-7 ]+)<\/code>/.exec(html)?.[1]
  if (!key) throw new Error('no set-up key on the page')
  return key.replaceAll(' ', '')
}
const recoveryCodesOn = (html: string): string[] =>
  [...html.matchAll(/<code>([a-z2-9]{5}-[a-z2-9]{5})<\/code>/g)].map((m) => m[1] ?? '')
/** A code for the step after `now`'s, so it is never one already spent in this test's 30 seconds. */
const codeFor = (secret: string, stepsAhead = 0) => totpCode(secret, new Date(Date.now() + stepsAhead * 30_000))
const audited = (portal: RunningPortal, action: string, email: string) =>
  countIn(
    portal,
    'select count(*) as n from audit_log a join users u on u.id = a.actor_user_id where a.action = ? and u.email = ?',
    action,
    email,
  )
const unusedRecoveryCodes = (portal: RunningPortal, email: string) =>
  countIn(
    portal,
    'select count(*) as n from recovery_codes r join users u on u.id = r.user_id where r.used_at is null and u.email = ?',
    email,
  )

/** Signs in with the password and sets up a second factor; answers the secret and the recovery codes shown. */
async function setUp(portal: RunningPortal, who: 'finance' | 'council-admin') {
  const account = demoAccount(who)
  const client = new PortalClient(portal.url)
  await client.signIn(account.email, account.password)
  await client.submit('/account/two-factor', { intent: 'start' })
  const secret = keyOn(await htmlOf(await client.get('/account/two-factor')))
  const confirmed = await client.submit('/account/two-factor', { intent: 'confirm', code: codeFor(secret) })
  expect(confirmed.status).toBe(200)
  const codes = recoveryCodesOn(await htmlOf(confirmed))
  return { account, client, secret, codes }
}

// Each test walks several pages on a shared, busy machine: room beyond the default 30 seconds.
const WALK_MS = 120_000

describe.each(portalEngines())('a second factor for staff on $name', (engine: PortalEngine) => {
  const portal = portalFor(engine, { env: { NODE_ENV: 'test', OPEN_SDS_SECOND_FACTOR_KEY: KEY } })

  it(
    'sets up only with a right code (key to type, QR code), gives ten recovery codes kept as hashes, and needs the password to renew them or turn it off',
    async () => {
      const account = demoAccount('practitioner')
      const client = new PortalClient(portal.url)
      await client.signIn(account.email, account.password)
      expect(await htmlOf(await client.get('/account/two-factor'))).toContain('Set up a code from an app')
      // A form from an old tab cannot make recovery codes for a second factor the account does not have.
      const early = await client.submit('/account/two-factor', { intent: 'renew', currentPassword: account.password })
      expect(early.status).toBe(400)
      expect(await htmlOf(early)).toContain('Signing in with a code from an app is not on for your account')
      expect(await countIn(portal, 'select count(*) as n from recovery_codes')).toBe(0)
      await client.submit('/account/two-factor', { intent: 'start' })
      const page = await htmlOf(await client.get('/account/two-factor'))
      const secret = keyOn(page)
      expect(secret).toMatch(/^[A-Z2-7]{32}$/)
      expect(page).toContain('<svg role="img" aria-label="QR code to scan with your authenticator app"')
      expect(page).toContain(`otpauth://totp/`)
      // The secret is not in the database as itself.
      const [stored] = await portalSql(portal, 'select sealed_secret from second_factors')
      expect(String(stored?.sealed_secret)).not.toContain(secret)

      const wrong = await client.submit('/account/two-factor', {
        intent: 'confirm',
        code: '000000' === codeFor(secret) ? '111111' : '000000',
      })
      expect(wrong.status).toBe(400)
      expect(await htmlOf(wrong)).toContain('The code is not right')
      expect(await audited(portal, 'user.second-factor-set-up-failed', account.email)).toBe(1)
      // Still not on: signing in asks for no code yet.
      const again = new PortalClient(portal.url)
      expect((await again.signIn(account.email, account.password)).headers.get('location')).toBe('/practitioner')

      const confirmed = await client.submit('/account/two-factor', { intent: 'confirm', code: codeFor(secret) })
      const codes = recoveryCodesOn(await htmlOf(confirmed))
      expect(codes).toHaveLength(10)
      expect(new Set(codes).size).toBe(10)
      const hashes = await portalSql(portal, 'select code_hash from recovery_codes')
      expect(hashes).toHaveLength(10)
      expect(JSON.stringify(hashes)).not.toContain(codes[0]?.replace('-', ''))
      expect(await htmlOf(await client.get('/account/two-factor'))).toContain('You have 10 unused recovery codes')
      // Staff find it with their email address and password.
      const details = await htmlOf(await client.get('/account/details'))
      expect(details).toContain('Code from an app</dt><dd class="govuk-summary-list__value">On</dd>')
      expect(details).toContain('href="/account/two-factor"')
      expect(await audited(portal, 'user.second-factor-set-up', account.email)).toBe(1)

      // Making new recovery codes, or turning it off, needs the password.
      const wrongPassword = await client.submit('/account/two-factor', {
        intent: 'renew',
        currentPassword: 'not the password',
      })
      expect(wrongPassword.status).toBe(400)
      expect(await htmlOf(wrongPassword)).toContain('Your password is not right')
      expect(await audited(portal, 'user.second-factor-change-refused', account.email)).toBe(1)
      const renewed = await client.submit('/account/two-factor', { intent: 'renew', currentPassword: account.password })
      const fresh = recoveryCodesOn(await htmlOf(renewed))
      expect(fresh).toHaveLength(10)
      expect(fresh).not.toContain(codes[0])
      const off = await client.submit('/account/two-factor', { intent: 'turn-off', currentPassword: account.password })
      expect(off.headers.get('location')).toBe('/account/two-factor?done=off')
      expect(await countIn(portal, 'select count(*) as n from second_factors')).toBe(0)
      expect((await new PortalClient(portal.url).signIn(account.email, account.password)).headers.get('location')).toBe(
        '/practitioner',
      )
    },
    WALK_MS,
  )

  it(
    'after a right password asks for a code, and the half-signed-in session reaches nothing else',
    async () => {
      const { account, secret } = await setUp(portal, 'finance')
      const client = new PortalClient(portal.url)
      const password = await client.signIn(account.email, account.password)
      expect(password.headers.get('location')).toBe('/sign-in/code')
      expect(await htmlOf(await client.get('/sign-in/code'))).toContain('Enter the code from your app')
      for (const address of ['/finance', '/account', '/account/two-factor', '/find-a-person']) {
        const refused = await client.get(address)
        expect(refused.status, address).toBe(302)
        expect(refused.headers.get('location'), address).toBe('/sign-in/code')
      }
      const code = codeFor(secret, 1)
      const signedIn = await client.submit('/sign-in/code', { code })
      expect(signedIn.status).toBe(302)
      expect(signedIn.headers.get('location')).toBe('/finance')
      expect((await client.get('/finance')).status).toBe(200)
      expect(await audited(portal, 'user.second-factor-passed', account.email)).toBeGreaterThanOrEqual(1)

      // The same code again, in another browser after the same password, is refused: each code works once.
      const replay = new PortalClient(portal.url)
      await replay.signIn(account.email, account.password)
      const refused = await replay.submit('/sign-in/code', { code })
      expect(refused.status).toBe(401)
      expect(await htmlOf(refused)).toContain('The code is not right, or has been used already')
    },
    WALK_MS,
  )

  it(
    'lets a recovery code in once, and after five wrong codes asks the account to wait, auditing every try',
    async () => {
      const { account, codes } = await setUp(portal, 'council-admin')
      const client = new PortalClient(portal.url)
      await client.signIn(account.email, account.password)
      const recovered = await client.submit('/sign-in/code', { code: (codes[0] ?? '').toUpperCase() })
      expect(recovered.headers.get('location')).toBe('/admin')
      expect(await audited(portal, 'user.recovery-code-used', account.email)).toBe(1)

      const guesser = new PortalClient(portal.url)
      await guesser.signIn(account.email, account.password)
      const used = await guesser.submit('/sign-in/code', { code: codes[0] ?? '' })
      expect(used.status).toBe(401)
      for (const guess of ['123456', '654321', 'aaaaa-bbbbb', '999999']) {
        expect((await guesser.submit('/sign-in/code', { code: guess })).status).toBe(401)
      }
      const locked = await guesser.submit('/sign-in/code', { code: codes[1] ?? '' })
      expect(locked.status).toBe(429)
      expect(await htmlOf(locked)).toContain('There have been too many wrong codes. Wait 15 minutes and try again')
      expect(await audited(portal, 'user.second-factor-failed', account.email)).toBe(5)
      expect(await audited(portal, 'user.second-factor-locked', account.email)).toBe(1)
      // The recovery code tried while locked was not spent.
      expect(await unusedRecoveryCodes(portal, account.email)).toBe(9)
      const empty = await guesser.submit('/sign-in/code', { code: ' ' })
      expect(empty.status).toBe(400)
      expect(await htmlOf(empty)).toContain('Enter the 6-digit code from your app, or one of your recovery codes')
    },
    WALK_MS,
  )
})

describe.each(portalEngines())('a council that requires a second factor, on $name', (engine: PortalEngine) => {
  const portal = portalFor(engine, {
    env: {
      NODE_ENV: 'test',
      OPEN_SDS_SECOND_FACTOR_KEY: KEY,
      OPEN_SDS_PLUGINS: `@open-sds/plugin-example-county,${REQUIRED}`,
    },
  })

  it(
    'sends staff without one to set it up after their password, and lets them reach nothing else until they have',
    async () => {
      const account = demoAccount('practitioner')
      const client = new PortalClient(portal.url)
      expect((await client.signIn(account.email, account.password)).headers.get('location')).toBe('/account/two-factor')
      expect((await client.get('/practitioner')).headers.get('location')).toBe('/account/two-factor')
      const page = await htmlOf(await client.get('/account/two-factor'))
      expect(page).toContain('Your council requires staff to sign in with a code from an app')
      await client.submit('/account/two-factor', { intent: 'start' })
      const secret = keyOn(await htmlOf(await client.get('/account/two-factor')))
      const confirmed = await client.submit('/account/two-factor', { intent: 'confirm', code: codeFor(secret) })
      expect(await htmlOf(confirmed)).toContain('href="/practitioner"')
      expect((await client.get('/practitioner')).status).toBe(200)
      // It cannot be turned off here.
      const off = await client.submit('/account/two-factor', { intent: 'turn-off', currentPassword: account.password })
      expect(await htmlOf(off)).toContain(
        'Your council requires staff to sign in with a code from an app, so it cannot be turned off',
      )
      expect(await countIn(portal, 'select count(*) as n from second_factors')).toBe(1)
    },
    WALK_MS,
  )

  it(
    'asks nothing more of a person signing in to their own care',
    async () => {
      const citizen = demoAccount('citizen')
      const client = new PortalClient(portal.url)
      expect((await client.signIn(citizen.email, citizen.password)).headers.get('location')).toBe('/my-care')
      expect(await htmlOf(await client.get('/account/details'))).not.toContain('Code from an app')
    },
    WALK_MS,
  )

  it(
    'refuses to start without the key to keep secrets with, naming the setting',
    async () => {
      const refused = await engine.runExpectingExit({ OPEN_SDS_PLUGINS: `@open-sds/plugin-example-county,${REQUIRED}` })
      expect(refused.code).not.toBe(0)
      expect(refused.output).toContain('OPEN_SDS_SECOND_FACTOR_KEY is not set')
    },
    WALK_MS,
  )
})

describe.each(portalEngines())('an administrator resets a lost second factor, on $name', (engine: PortalEngine) => {
  const portal = portalFor(engine, { env: { NODE_ENV: 'test', OPEN_SDS_SECOND_FACTOR_KEY: KEY } })

  it(
    'with a reason only; their codes stop working, they are signed out, and they sign in with the password and set up again',
    async () => {
      const { account, client: theirs } = await setUp(portal, 'finance')
      const [row] = await portalSql(portal, 'select id from users where email = ?', account.email)
      const page = `/admin/staff/${String(row?.id)}`
      const admin = new PortalClient(portal.url)
      const adminAccount = demoAccount('council-admin')
      await admin.signIn(adminAccount.email, adminAccount.password)
      const before = await htmlOf(await admin.get(page))
      expect(before).toContain('Code from an app')
      expect(before).toContain('Reset their code from an app')

      const blank = await admin.submit(page, { intent: 'second-factor', resetReason: ' ' })
      expect(blank.status).toBe(400)
      expect(await htmlOf(blank)).toContain('Enter why you are resetting it and how you checked who asked')
      expect(await countIn(portal, 'select count(*) as n from second_factors')).toBe(1)

      const reason = 'Lost phone and codes; identity checked by video call with their manager'
      const reset = await admin.submit(page, { intent: 'second-factor', resetReason: reason })
      expect(reset.status).toBe(302)
      expect(await htmlOf(await admin.get(String(reset.headers.get('location'))))).toContain(
        'Their code from an app has been reset and they have been signed out everywhere.',
      )
      expect(await countIn(portal, 'select count(*) as n from second_factors')).toBe(0)
      expect(await unusedRecoveryCodes(portal, account.email)).toBe(0)
      expect(await audited(portal, 'user.second-factor-reset', adminAccount.email)).toBe(1)
      // They are told, with what to do if they did not ask (issue 15).
      const told = await portalSql(
        portal,
        "select subject, body from outbox_messages where purpose = 'second-factor-reset' and to_address = ?",
        account.email,
      )
      expect(told).toHaveLength(1)
      expect(told[0]?.subject).toBe('Your sign-in code was reset')
      expect(String(told[0]?.body)).toContain('If you did not ask for this, tell your manager')

      // Their browser was signed out; the password alone signs them in now, and they can set up again.
      expect((await theirs.get('/finance')).headers.get('location')).toMatch(/^\/sign-in/)
      const again = new PortalClient(portal.url)
      const password = await again.signIn(account.email, account.password)
      expect(password.headers.get('location')).toBe('/finance')
      expect(await htmlOf(await again.get('/account/two-factor'))).toContain('Set up a code from an app')

      // Nothing left to reset, and an administrator's own is turned off from their account page, with the password.
      const twice = await admin.submit(page, { intent: 'second-factor', resetReason: reason })
      expect(twice.status).toBe(400)
      expect(await htmlOf(twice)).toContain('They do not sign in with a code from an app, so there is nothing to reset')
      const [self] = await portalSql(portal, 'select id from users where email = ?', adminAccount.email)
      const own = await admin.submit(`/admin/staff/${String(self?.id)}`, {
        intent: 'second-factor',
        resetReason: reason,
      })
      expect(own.status).toBe(400)
      expect(await htmlOf(own)).toContain('You cannot reset your own code from an app here')
      expect(await audited(portal, 'user.staff-change-refused', adminAccount.email)).toBe(2)
    },
    WALK_MS,
  )
})
