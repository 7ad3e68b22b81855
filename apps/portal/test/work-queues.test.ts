import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PortalClient } from '@open-sds/portal-harness'
import { portalEngines } from './support/engines'
import { portalSql } from './support/portal-sql'
import type { RunningPortal } from './support/portal-process'
import { completeSelfAssessment } from './support/self-assessment'
import { signedIn } from './support/support-plan'
import { htmlOf } from './support/page-html'

// Issue 18, "Nothing lands nowhere": everything that arrives enters the queue of the team that handles it, stored in
// the same transaction as the thing itself.
describe.each(portalEngines())('work queues on $name', (engine) => {
  let portal: RunningPortal
  let citizen: PortalClient
  let personId: string

  const queued = (subject: string) =>
    portalSql(
      portal,
      'select t.name as team, w.kind, w.person_id from work_items w join teams t on t.id = w.team_id where w.subject = ?',
      subject,
    )

  beforeAll(async () => {
    portal = await engine.start()
    citizen = await signedIn(portal, 'citizen')
    personId = /href="\/people\/([^"/]+)"/.exec(await (await citizen.get('/my-care')).text())?.[1] ?? ''
    await completeSelfAssessment(citizen, personId)
  })

  afterAll(async () => {
    await portal?.stop()
  })

  it('puts a citizen’s self-assessment, once sent, in the front door team’s queue', async () => {
    const [sent] = await portalSql(
      portal,
      "select id from assessments where person_id = ? and status = 'submitted'",
      personId,
    )
    expect(await queued(`assessment:${String(sent?.id)}`)).toEqual([
      { team: 'Adult social care front door', kind: 'self-assessment', person_id: personId },
    ])
    const [arrival] = await portalSql(
      portal,
      "select action from audit_log where action = 'work-item.arrive' and person_id = ?",
      personId,
    )
    expect(arrival?.action).toBe('work-item.arrive')
  })

  it('puts a safeguarding concern in the safeguarding team’s queue', async () => {
    const reported = await citizen.submit('/report-a-concern', {
      whatHappened: 'My neighbour has not been seen for a week and the post is piling up.',
      inImmediateDanger: 'no',
      ageBand: '75-84',
      relationship: 'friend-or-neighbour',
    })
    expect(reported.status, await reported.clone().text()).toBe(302)
    const reference = new URL(reported.headers.get('location') ?? '', portal.url).searchParams.get('reference')
    const [concern] = await portalSql(portal, 'select id from safeguarding_concerns where reference = ?', reference)
    expect((await queued(`safeguarding-concern:${String(concern?.id)}`)).map((row) => row.team)).toEqual([
      'Safeguarding',
    ])
  })

  it('shows the manager the work in the team queue; an allocation outside the team is refused, nothing changed, the attempt audited', async () => {
    const manager = await signedIn(portal, 'practitioner')
    const queue = await htmlOf(await manager.get('/work/queue'))
    expect(queue).toContain('Adult social care front door')
    expect(queue).toContain('Team queue (2)')
    expect(queue).toContain('Arrived today')
    expect(queue).not.toContain('over the 28-day target')
    const [item] = await portalSql(portal, "select id from work_items where kind = 'self-assessment'")
    const itemPage = `/work/items/${String(item?.id)}`
    expect(queue).toContain(`href="${itemPage}"`)
    const [finance] = await portalSql(portal, "select id from users where email = 'finance@example.org'")
    const outside = await manager.submit(itemPage, {
      intent: 'allocate',
      toUserId: String(finance?.id),
      priority: 'urgent',
      reason: 'Asked for £900 a week',
    })
    expect(outside.status).toBe(400)
    const refusedPage = await htmlOf(outside)
    expect(refusedPage).toContain('They are not a member of the team this work is queued for: allocate it to a member')
    expect(refusedPage).toContain('Asked for £900 a week')
    expect(await portalSql(portal, 'select seq from work_item_events where item_id = ?', item?.id)).toEqual([])
    expect(
      await portalSql(
        portal,
        "select action from audit_log where action = 'work-item.allocate-refused' and resource = ?",
        `work-item:${String(item?.id)}`,
      ),
    ).toHaveLength(1)
  })

  it('lets the manager allocate it with a priority and a reason; the worker sees it on their caseload with the count', async () => {
    const manager = await signedIn(portal, 'practitioner')
    const [item] = await portalSql(portal, "select id from work_items where kind = 'self-assessment'")
    const [worker] = await portalSql(portal, "select id from users where email = 'practitioner@example.org'")
    const noPriority = await manager.submit(`/work/items/${String(item?.id)}`, {
      intent: 'allocate',
      toUserId: String(worker?.id),
      reason: 'Duty worker this week',
    })
    expect(noPriority.status).toBe(400)
    expect(await htmlOf(noPriority)).toContain('Choose a priority')
    // The manager sends the form twice at once (two tabs, a double click, or two managers who saw the same page):
    // one allocation is stored, the other is told plainly who has the work, never a server error.
    const allocation = {
      intent: 'allocate',
      seen: '0',
      toUserId: String(worker?.id),
      priority: 'urgent',
      reason: 'Duty worker this week',
    }
    const both = await Promise.all([
      manager.submit(`/work/items/${String(item?.id)}`, allocation),
      manager.submit(`/work/items/${String(item?.id)}`, allocation),
    ])
    expect(both.map((response) => response.status).sort()).toEqual([302, 400])
    const refused = both.find((response) => response.status === 400)
    expect(refused && (await htmlOf(refused))).toMatch(
      /This work has already been allocated to [^<.]+\. Nothing has been changed/,
    )
    const events = await portalSql(portal, 'select seq from work_item_events where item_id = ?', item?.id)
    expect(events.map((event) => Number(event.seq))).toEqual([1])
    const caseload = await htmlOf(await manager.get('/work/caseload'))
    expect(caseload).toContain('Your caseload (1)')
    expect(caseload).toContain('Team queue (1)')
    // Read from the person's record: their self-assessment is sent and no decision made, so it waits on the practitioner.
    expect(caseload).toMatch(
      /Self-assessment sent: eligibility to decide<\/td><td class="govuk-table__cell">the practitioner<\/td>/,
    )
    expect(caseload).toContain('Urgent')
    const [event] = await portalSql(
      portal,
      'select event, priority, reason from work_item_events where item_id = ?',
      item?.id,
    )
    expect(event).toEqual({ event: 'allocated', priority: 'urgent', reason: 'Duty worker this week' })
  })

  it('flags unallocated work older than the council’s 28-day target', async () => {
    const [team] = await portalSql(portal, "select id from teams where name = 'Adult social care front door'")
    const waitedSince = Date.now() - 31 * 86_400_000 - 3_600_000
    await portalSql(
      portal,
      "insert into work_items (id, kind, team_id, person_id, subject, arrived_at) values ('old-work', 'plan-agreement', ?, ?, 'support-plan:old:2', ?)",
      team?.id,
      personId,
      waitedSince,
    )
    const manager = await signedIn(portal, 'practitioner')
    const queue = await htmlOf(await manager.get('/work/queue'))
    expect(queue).toContain('Waiting 31 days: over the 28-day target')
  })
})
