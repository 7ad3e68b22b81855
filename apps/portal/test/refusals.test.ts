import { demoPeople } from '@open-sds/db'
import { csrfTokenIn, type PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { portalEngines } from './support/engines'
import { wordsOf } from './support/page-html'
import type { RunningPortal } from './support/portal-process'
import { portalSql } from './support/portal-sql'
import { signedIn } from './support/support-plan'

const alex = demoPeople.find((person) => person.key === 'alex')?.id ?? ''
/**
 * What Chromium sends with a plain form post: the reply is the page the browser goes to. (Node's fetch always sends
 * Sec-Fetch-Mode: cors, as a script's call would; Sec-Fetch-Dest is what the portal reads.)
 */
const BROWSER = { 'Sec-Fetch-Dest': 'document', Accept: 'text/html' }

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''
const summaryOf = (html: string) => /class="govuk-error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? ''

/** Posts the page's form as a browser does, with the page's own token. */
async function postAsBrowser(client: PortalClient, path: string, fields: Record<string, string>) {
  const token = csrfTokenIn(await (await client.get(path)).text())
  return client.post(path, { csrf: token, ...fields }, BROWSER)
}

// Decision 055: a refused form is answered with a redirect to its page, so the browser's Back never resends a form.
describe.each(portalEngines())('$name', (engine) => {
  let portal: RunningPortal
  beforeAll(async () => {
    portal = await engine.start()
  })
  afterAll(async () => {
    await portal?.stop()
  })

  describe('a refused financial assessment step', () => {
    const capital = `/people/${alex}/financial-assessment/capital`

    it('sends the browser back to the page with its errors and what was typed, once', async () => {
      const citizen = await signedIn(portal, 'citizen')
      expect((await citizen.submit(`/people/${alex}/financial-assessment`, {})).status).toBe(302)

      const refused = await postAsBrowser(citizen, capital, { savings: 'twelve thousand', intent: 'continue' })
      expect(refused.status).toBe(303)
      expect(refused.headers.get('location')).toBe(capital)

      const shown = await (await citizen.get(capital)).text()
      expect(titleOf(shown)).toMatch(/^Error: /)
      expect(wordsOf(summaryOf(shown))).toContain('Savings')
      expect(shown).toContain('value="twelve thousand"')

      // Shown once: a reload (or the page in another tab) has the form as saved, no errors.
      const again = await (await citizen.get(capital)).text()
      expect(summaryOf(again)).toBe('')
      expect(titleOf(again)).not.toMatch(/^Error: /)
      expect(again).not.toContain('twelve thousand')
    })

    it('keeps nothing secret in the session, and nothing once shown', async () => {
      const citizen = await signedIn(portal, 'citizen')
      await citizen.submit(`/people/${alex}/financial-assessment`, {})
      await postAsBrowser(citizen, capital, { savings: 'lots', intent: 'continue' })
      const stored = await portalSql(
        portal,
        "select cast(data as text) as data from sessions where cast(data as text) like '%refusals%'",
      )
      const data = stored.map((row) => String(row.data)).join('\n')
      expect(data).toContain('lots')
      expect(data).not.toMatch(/csrf/)
      await citizen.get(capital)
      expect(
        await portalSql(
          portal,
          "select cast(data as text) as data from sessions where cast(data as text) like '%refusals%'",
        ),
      ).toEqual([])
    })

    it('answers a caller that is not a browser page (a script, another system) 400 with the errors, as before', async () => {
      const citizen = await signedIn(portal, 'citizen')
      await citizen.submit(`/people/${alex}/financial-assessment`, {})
      const refused = await citizen.submit(capital, { savings: 'twelve thousand', intent: 'continue' })
      expect(refused.status).toBe(400)
      expect(await refused.text()).toContain('twelve thousand')
    })
  })

  describe('a refused self-assessment answer', () => {
    it('comes back to the question it was typed on, keeping ?change=1', async () => {
      const citizen = await signedIn(portal, 'citizen')
      const base = `/people/${alex}/self-assessment`
      const first = (await citizen.submit(base, {})).headers.get('location') ?? ''
      const question = new URL(first, portal.url).pathname
      const changing = `${question}?change=1`
      const refused = await postAsBrowser(citizen, changing, { intent: 'continue' })
      expect(refused.status).toBe(303)
      expect(refused.headers.get('location')).toBe(changing)
      const shown = await (await citizen.get(changing)).text()
      expect(titleOf(shown)).toMatch(/^Error: /)
      expect(wordsOf(summaryOf(shown))).toMatch(/Select/)
      expect(summaryOf(await (await citizen.get(changing)).text())).toBe('')
    })
  })
  describe('a refused secure message', () => {
    const thread = `/people/${alex}/messages`

    it('comes back to the thread with the field named and the words kept', async () => {
      const citizen = await signedIn(portal, 'citizen')
      const long = 'I need to tell you about my week. '.repeat(160)
      const refused = await postAsBrowser(citizen, thread, { body: long })
      expect(refused.status).toBe(303)
      const shown = await (await citizen.get(thread)).text()
      expect(summaryOf(shown)).toContain('Your message must be 5,000 characters or fewer')
      expect(shown).toContain('I need to tell you about my week. I need to tell you')
    })

    it('too big to keep in the session, is answered with the page as before, so nothing typed is lost', async () => {
      const citizen = await signedIn(portal, 'citizen')
      const huge = 'Everything that happened this month, in full. '.repeat(400)
      const refused = await postAsBrowser(citizen, thread, { body: huge })
      expect(refused.status).toBe(400)
      const page = await refused.text()
      expect(page).toContain('Your message must be 5,000 characters or fewer')
      expect(page).toContain(huge.slice(0, 200))
    })
  })
  describe('a refused hand-on of a leaver’s work (decision 064)', () => {
    it('comes back to the staff account page with both fields named and the reason kept', async () => {
      const admin = await signedIn(portal, 'council-admin')
      const [dana] = await portalSql(portal, "select id from users where email = 'practitioner@example.org'")
      const page = `/admin/staff/${String(dana?.id)}`
      const refused = await postAsBrowser(admin, page, { intent: 'hand-on', handOnReason: 'Dana retires in March' })
      expect(refused.status).toBe(303)
      expect(refused.headers.get('location')).toBe(page)
      const shown = await (await admin.get(page)).text()
      expect(wordsOf(summaryOf(shown))).toContain('Choose who will take on their work and people')
      expect(shown).toContain('Dana retires in March')
      expect(summaryOf(await (await admin.get(page)).text())).toBe('')
    })
  })
  describe('a refused password change', () => {
    it('comes back to the page with the reason, keeping neither password anywhere', async () => {
      const citizen = await signedIn(portal, 'citizen')
      const refused = await postAsBrowser(citizen, '/account/password', {
        currentPassword: 'not it at all',
        password: 'a brand new passphrase',
      })
      expect(refused.status).toBe(303)
      expect(refused.headers.get('location')).toBe('/account/password')
      const sessions = await portalSql(portal, 'select cast(data as text) as data from sessions')
      const kept = sessions.map((row) => String(row.data)).join()
      expect(kept).toContain('Your current password is not right')
      expect(kept).not.toMatch(/not it at all|a brand new passphrase/)
      const shown = await (await citizen.get('/account/password')).text()
      expect(wordsOf(summaryOf(shown))).toContain('Your current password is not right')
      expect(shown).not.toContain('a brand new passphrase')
    })
  })
})
