import path from 'node:path'
import { demoPeople } from '@open-sds/db'
import { PortalClient, csrfTokenIn } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAccount } from './support/demo-account'
import { portalEngines } from './support/engines'
import { htmlOf, wordsOf } from './support/page-html'
import type { RunningPortal } from './support/portal-process'
import { countIn } from './support/portal-sql'
import { completeSelfAssessment } from './support/self-assessment'

// Issue 19, "no dead end": when the council has no resource allocation system in force (or one that cannot price the
// answers: the council's data, not the person's), the person who finishes the self-assessment still has the answers
// sent, is told in plain words that the council will work out the budget and when, and the practitioner sees why it
// needs a person. The RAS that cannot price is @open-sds/ras's budgetRefusalReason, tested there.
const alex = demoPeople.find((person) => person.key === 'alex')?.id ?? ''
const withoutRas = path.resolve(import.meta.dirname, 'fixtures', 'plugin-county-without-ras.mjs')

describe.each(portalEngines())('$name, with no RAS published', (engine) => {
  let portal: RunningPortal

  beforeAll(async () => {
    portal = await engine.start({ env: { OPEN_SDS_PLUGINS: withoutRas } })
  }, 120_000)

  afterAll(async () => {
    await portal?.stop()
  })

  it('sends the answers without a budget, says what happens next, and lists it for the practitioner with why', async () => {
    const citizen = new PortalClient(portal.url)
    expect((await citizen.signIn(demoAccount('citizen').email, demoAccount('citizen').password)).status).toBe(302)
    const base = `/people/${alex}/self-assessment`
    expect(await completeSelfAssessment(citizen, alex)).toBe(base)

    const sent = wordsOf(await htmlOf(await citizen.get(base)))
    expect(sent).toContain('Your answers have been sent')
    expect(sent).toMatch(/The council has not published how it works out personal budgets for \d+ \w+ \d{4}\./)
    expect(sent).toContain(
      'A practitioner will work out the budget from your answers and contact you within 10 working days.',
    )
    expect(sent).not.toContain('Start a new self-assessment')
    expect(sent).not.toContain('then see an indicative personal budget')
    // The answers are what the practitioner works from: no page changes them now, and there is no budget to show.
    for (const page of [`${base}/check`, `/people/${alex}/budget`]) {
      const answer = await citizen.get(page)
      expect(answer.status, page).toBe(302)
    }
    // Sending again (a second tab) sends nothing more. Any form's token is this session's.
    const csrf = csrfTokenIn(await (await citizen.get('/report-a-concern')).text())
    expect((await citizen.post(`${base}/check`, { csrf })).headers.get('location')).toBe(base)
    expect(
      await countIn(portal, "select count(*) as n from audit_log where action = 'assessment.send-for-budget-by-hand'"),
    ).toBe(1)
    // It reaches the practitioners' team queue like any self-assessment sent (issue 18).
    expect(
      await countIn(
        portal,
        `select count(*) as n from work_items where subject like 'assessment:%' and person_id = '${alex}'`,
      ),
    ).toBe(1)

    const practitioner = new PortalClient(portal.url)
    await practitioner.signIn(demoAccount('practitioner').email, demoAccount('practitioner').password)
    const queue = wordsOf(await htmlOf(await practitioner.get('/practitioner')))
    expect(queue).toContain('Budgets to work out by hand, oldest first')
    expect(queue).toMatch(/Alex [\w ]*The council has not published how it works out personal budgets for/)
  })
})
