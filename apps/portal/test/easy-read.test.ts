import { demoPeople } from '@open-sds/db'
import { csrfTokenIn } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPortal, type RunningPortal } from './support/portal-process'
import { page, signedIn } from './support/support-plan'

// Issue 19, Easy Read: the person switches the self-assessment and the budget to the Easy Read wording the packages
// hold, with a plain link (no JavaScript), and it stays switched from page to page until they switch back.
let portal: RunningPortal

beforeAll(async () => {
  portal = await startPortal()
})

afterAll(async () => {
  await portal?.stop()
})

describe('Easy Read', () => {
  it('switches the self-assessment and the budget, and stays switched until switched back', async () => {
    const citizen = await signedIn(portal, 'citizen')
    const alex = demoPeople.find((person) => person.key === 'alex')?.id ?? ''
    const base = `/people/${alex}/self-assessment`
    let location = (await citizen.submit(base, {})).headers.get('location') ?? ''
    expect(await page(citizen, location)).toContain('>Use Easy Read</a>')
    const switched = await citizen.get(`${location}?wording=easy-read`)
    expect(switched.headers.get('set-cookie')).toContain('open_sds_wording=easy-read')
    expect(await switched.text()).toContain('>Use standard wording</a>')

    // Later pages, reached without the link, are still in Easy Read: the outcome questions' Easy Read words.
    let sawEasyRead = false
    for (let step = 0; step < 60 && !location.endsWith('/check'); step += 1) {
      const html = await page(citizen, location)
      if (html.includes('I need help every time')) {
        sawEasyRead = true
        expect(html).not.toContain('How much help do you need')
      }
      const answer = /name="answer" type="(?:radio|checkbox)" value="([^"]+)"/.exec(html)?.[1] ?? ''
      const response = await citizen.post(location, { csrf: csrfTokenIn(html), answer, intent: 'continue' })
      location = response.headers.get('location') ?? ''
    }
    expect(sawEasyRead).toBe(true)
    const budgetPage = (await citizen.submit(`${base}/check`, {})).headers.get('location') ?? ''
    const budget = await page(citizen, budgetPage)
    expect(budget).toContain('Your money for support: a first guess')
    expect(budget).toContain('A worker from the council will talk to you.')
    // How it was worked out, in Easy Read too (@open-sds/ras easyReadExplanation): no bands, no percentages.
    expect(budget).toContain('Your answers add up to')
    expect(budget).not.toMatch(/falls in band|Total before limits/)

    const standard = await page(citizen, `${budgetPage}?wording=standard`)
    expect(standard).toContain('Your indicative personal budget')
    expect(await page(citizen, budgetPage)).toContain('>Use Easy Read</a>')
  })

  it("keeps the choice made on a survey's own switch, for the survey and every other page", async () => {
    const citizen = await signedIn(portal, 'citizen')
    const survey = '/surveys/care-experience-2026'
    const switched = await citizen.get(`${survey}?variant=easy-read`)
    expect(switched.headers.get('set-cookie')).toContain('open_sds_wording=easy-read')
    const easy = await page(citizen, survey)
    expect(easy).toContain(`href="${survey}?variant=standard"`)
    const alex = demoPeople.find((person) => person.key === 'alex')?.id ?? ''
    const budget = `/people/${alex}/budget`
    expect(await page(citizen, budget)).toContain('>Use standard wording</a>')
    expect(await page(citizen, `${survey}?variant=standard`)).toContain(`href="${survey}?variant=easy-read"`)
    expect(await page(citizen, budget)).toContain('>Use Easy Read</a>')
  })
})
