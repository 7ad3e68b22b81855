import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PortalClient } from '@open-sds/portal-harness'
import { demoAccount } from './support/demo-account'
import { portalEngines } from './support/engines'
import { htmlOf } from './support/page-html'
import { countIn, portalSql } from './support/portal-sql'
import type { RunningPortal } from './support/portal-process'
import { completeSelfAssessment } from './support/self-assessment'
import { signedIn } from './support/support-plan'

// Decision 064. A practitioner leaves: an administrator hands their work and the people on their caseload to a
// colleague, so that nobody is left reached by an account that cannot sign in. Refused whole, saying why, when the
// colleague is outside a team the work is queued for or is not a practitioner.
describe.each(portalEngines())('handing on a leaver’s work and people, on $name', (engine) => {
  let portal: RunningPortal
  let admin: PortalClient
  let danaId = ''
  let robinId = ''
  let chrisId = ''
  let personId = ''
  let itemId = ''
  const idOf = async (email: string) =>
    String((await portalSql(portal, 'select id from users where email = ?', email))[0]?.id)
  const caseloadOf = (userId: string) =>
    countIn(
      portal,
      "select count(*) as n from person_access where user_id = ? and relationship = 'practitioner'",
      userId,
    )

  beforeAll(async () => {
    portal = await engine.start()
    admin = await signedIn(portal, 'council-admin')
    // Dana takes a self-assessment from the front door team's queue, which puts its person on her caseload.
    const person = await signedIn(portal, 'citizen')
    personId = /href="\/people\/([^"/]+)"/.exec(await (await person.get('/my-care')).text())?.[1] ?? ''
    await completeSelfAssessment(person, personId)
    const [item] = await portalSql(portal, "select id from work_items where kind = 'self-assessment'")
    itemId = String(item?.id)
    const dana = await signedIn(portal, 'practitioner')
    expect((await dana.submit(`/work/items/${itemId}`, { intent: 'take' })).status).toBe(302)
    danaId = await idOf(demoAccount('practitioner').email)
    chrisId = await idOf(demoAccount('finance').email)
    const made = await admin.submit('/admin/staff/new', {
      displayName: 'Robin Ng',
      email: 'robin@example.org',
      role: 'practitioner',
      reason: 'Joined to take over Dana’s cases',
    })
    expect(made.status).toBe(302)
    robinId = await idOf('robin@example.org')
  }, 240_000)

  afterAll(async () => {
    await portal?.stop()
  })

  it('says what the leaver holds, and refuses a hand-on with nobody chosen or no reason, naming each field', async () => {
    const people = await caseloadOf(danaId)
    expect(people).toBeGreaterThan(0)
    const page = await htmlOf(await admin.get(`/admin/staff/${danaId}`))
    expect(page).toContain(`They hold 1 piece of work and have ${people} ${people === 1 ? 'person' : 'people'}`)
    expect(page).toContain('Robin Ng (practitioner)')
    const empty = await admin.submit(`/admin/staff/${danaId}`, { intent: 'hand-on' })
    expect(empty.status).toBe(400)
    const emptyHtml = await htmlOf(empty)
    expect(emptyHtml).toContain('Choose who will take on their work and people')
    expect(emptyHtml).toContain('Enter why their work and people are being handed on')
  })

  it('refuses a colleague outside the work’s team, and one who is not a practitioner, handing nothing on', async () => {
    const reason = 'Dana has left the council'
    const outside = await admin.submit(`/admin/staff/${danaId}`, {
      intent: 'hand-on',
      toUserId: robinId,
      handOnReason: reason,
    })
    expect(outside.status).toBe(400)
    const outsideHtml = await htmlOf(outside)
    expect(outsideHtml).toMatch(/They are not a member of the team [^<]+, which this work is queued for/)
    expect(outsideHtml).toContain(reason)
    // The finance officer is in no team that handles self-assessments either; once in it, not being a practitioner
    // is what stops them taking on people.
    const [team] = await portalSql(portal, 'select team_id from work_items where id = ?', itemId)
    const teamPage = `/admin/teams/${String(team?.team_id)}`
    expect((await admin.submit(teamPage, { intent: 'member', userId: chrisId, teamRole: 'worker' })).status).toBe(302)
    const notPractitioner = await admin.submit(`/admin/staff/${danaId}`, {
      intent: 'hand-on',
      toUserId: chrisId,
      handOnReason: reason,
    })
    expect(await htmlOf(notPractitioner)).toContain('Chris Okoye is not a practitioner, so cannot take on the people')
    expect(await caseloadOf(chrisId)).toBe(0)
    const [holder] = await portalSql(
      portal,
      'select to_user_id from work_item_events where item_id = ? order by seq desc limit 1',
      itemId,
    )
    expect(holder?.to_user_id).toBe(danaId)
  })

  it('hands the work and every person to a practitioner in the team: they open them, the leaver no longer can', async () => {
    const people = await caseloadOf(danaId)
    const [team] = await portalSql(portal, 'select team_id from work_items where id = ?', itemId)
    expect(
      (
        await admin.submit(`/admin/teams/${String(team?.team_id)}`, {
          intent: 'member',
          userId: robinId,
          teamRole: 'worker',
        })
      ).status,
    ).toBe(302)
    const handed = await admin.submit(`/admin/staff/${danaId}`, {
      intent: 'hand-on',
      toUserId: robinId,
      handOnReason: 'Dana has left the council',
    })
    expect(handed.status).toBe(302)
    expect(handed.headers.get('location')).toBe(`/admin/staff/${danaId}?changed=handed-on`)
    const after = await htmlOf(await admin.get(`/admin/staff/${danaId}?changed=handed-on`))
    expect(after).toContain('Their work and the people on their caseload have been handed on.')
    expect(after).toContain('They hold no work and have nobody on their caseload.')
    expect(await caseloadOf(danaId)).toBe(0)
    expect(await caseloadOf(robinId)).toBe(people)
    const [event] = await portalSql(
      portal,
      'select event, to_user_id, reason from work_item_events where item_id = ? order by seq desc limit 1',
      itemId,
    )
    expect(event).toMatchObject({ event: 'allocated', to_user_id: robinId, reason: 'Dana has left the council' })
    // One entry for the account, one on each person's record.
    expect(await countIn(portal, "select count(*) as n from audit_log where action = 'caseload.hand-on'")).toBe(
      people + 1,
    )
    expect(
      await countIn(
        portal,
        "select count(*) as n from audit_log where action = 'caseload.hand-on' and person_id = ?",
        personId,
      ),
    ).toBe(1)
    const dana = await signedIn(portal, 'practitioner')
    expect((await dana.get(`/people/${personId}`)).status).toBe(404)
  })
})
