import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PortalClient } from '@open-sds/portal-harness'
import { portalEngines } from './support/engines'
import { htmlOf } from './support/page-html'
import { countIn, portalSql } from './support/portal-sql'
import type { RunningPortal } from './support/portal-process'
import { completeSelfAssessment } from './support/self-assessment'
import { signedIn } from './support/support-plan'
import { confirmEmail } from './support/verify-email'

// Decision 058. Someone new to the council signs up and sends their self-assessment: it reaches the front door
// team's queue (issue 18), and whoever comes to hold it must be able to open it. Until then a practitioner could hold
// the work and still be told the self-assessment was not on their caseload.
describe.each(portalEngines())('work held opens the person’s record on $name', (engine) => {
  let portal: RunningPortal
  let dana: PortalClient
  let personId = ''
  let decisionPage = ''
  let itemPage = ''

  beforeAll(async () => {
    portal = await engine.start()
    const newcomer = new PortalClient(portal.url)
    const email = 'alex.newcomer@example.net'
    await newcomer.submit('/sign-up', { displayName: 'Alex Newcomer', email, password: 'correct horse battery' })
    await confirmEmail(portal, newcomer, email)
    await newcomer.signIn(email, 'correct horse battery')
    personId = /href="\/people\/([^"/]+)"/.exec(await (await newcomer.get('/my-care')).text())?.[1] ?? ''
    await completeSelfAssessment(newcomer, personId)
    const [sent] = await portalSql(
      portal,
      "select id from assessments where person_id = ? and status = 'submitted'",
      personId,
    )
    decisionPage = `/practitioner/assessments/${String(sent?.id)}`
    const [item] = await portalSql(
      portal,
      'select id from work_items where subject = ?',
      `assessment:${String(sent?.id)}`,
    )
    itemPage = `/work/items/${String(item?.id)}`
    dana = await signedIn(portal, 'practitioner')
  }, 240_000)

  afterAll(async () => {
    await portal?.stop()
  })

  it('keeps the self-assessment closed to a practitioner who does not hold the work', async () => {
    expect((await dana.get(decisionPage)).status).toBe(404)
    const item = await htmlOf(await dana.get(itemPage))
    expect(item).toContain('Self-assessment: Alex Newcomer')
    expect(item).not.toContain(decisionPage)
  })

  it('puts the person on the caseload of the practitioner who takes the work, who can then decide eligibility', async () => {
    const taken = await dana.submit(itemPage, { intent: 'take' })
    expect(taken.status, await taken.clone().text()).toBe(302)
    const item = await htmlOf(await dana.get(itemPage))
    expect(item).toContain(`href="${decisionPage}"`)
    expect(item).toContain('Read the self-assessment and decide eligibility')
    expect((await dana.get(decisionPage)).status).toBe(200)
    expect(await htmlOf(await dana.get('/practitioner'))).toContain('Alex Newcomer')
    const [added] = await portalSql(
      portal,
      "select actor_user_id, cast(detail as text) as detail from audit_log where action = 'caseload.add' and person_id = ?",
      personId,
    )
    const [danaAccount] = await portalSql(portal, "select id from users where email = 'practitioner@example.org'")
    expect(added?.actor_user_id).toBe(danaAccount?.id)
    expect(JSON.parse(String(added?.detail))).toMatchObject({ practitionerUserId: danaAccount?.id })
    expect(
      await countIn(
        portal,
        "select count(*) as n from person_access where person_id = ? and relationship = 'practitioner'",
        personId,
      ),
    ).toBe(1)
  })
})
