import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PortalClient } from '@open-sds/portal-harness'
import { portalEngines } from './support/engines'
import { portalSql } from './support/portal-sql'
import type { RunningPortal } from './support/portal-process'
import { completeSelfAssessment } from './support/self-assessment'
import { signedIn } from './support/support-plan'

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
})
