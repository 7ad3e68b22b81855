import { describe, expect, it } from 'vitest'
import { demoAccount } from './support/demo-account'
import { portalEngines, portalFor } from './support/engines'
import { htmlOf } from './support/page-html'
import { countIn, portalSql } from './support/portal-sql'
import { completeSelfAssessment } from './support/self-assessment'
import { signedIn } from './support/support-plan'

// Issue 18: "Teams and their members are data"; administrators "give and take away ... team membership ... all
// audited"; bad input "an allocation to someone outside the team". Decision 028.

describe.each(portalEngines())('teams run by an administrator, on $name', (engine) => {
  const portal = portalFor(engine)
  const idOf = async (email: string) =>
    String((await portalSql(portal, 'select id from users where email = ?', email))[0]?.id)
  const audited = (action: string) => countIn(portal, 'select count(*) as n from audit_log where action = ?', action)

  it('lists the teams with what each handles and how many are in it, linked from the administration page', async () => {
    const admin = await signedIn(portal, 'council-admin')
    expect(await htmlOf(await admin.get('/admin'))).toContain('href="/admin/teams"')
    const teams = await htmlOf(await admin.get('/admin/teams'))
    expect(teams).toContain('Adult social care front door')
    expect(teams).toMatch(
      /Adult social care front door<\/a>[\s\S]*?Handles<\/dt><dd[^>]*>Self-assessment, Plan sent for agreement/,
    )
    expect(teams).toMatch(/Finance<\/a>[\s\S]*?Members<\/dt><dd[^>]*>2</)
  })

  it('makes a team, refusing a missing name and kind of work with what was typed kept; a name is used once', async () => {
    const admin = await signedIn(portal, 'council-admin')
    const empty = await admin.submit('/admin/teams/new', { handles: 'self-assessment' })
    expect(empty.status).toBe(400)
    const emptyHtml = await htmlOf(empty)
    expect(emptyHtml).toContain('Enter the team’s name')
    expect(emptyHtml).toMatch(/checked="" value="self-assessment"/)
    const noKind = await admin.submit('/admin/teams/new', { name: 'North locality' })
    const noKindHtml = await htmlOf(noKind)
    expect(noKindHtml).toContain('Choose at least one kind of work the team handles')
    expect(noKindHtml).toContain('value="North locality"')
    const twice = await admin.submit('/admin/teams/new', { name: 'Finance', handles: 'financial-assessment' })
    expect(await htmlOf(twice)).toContain('A team with this name already exists')

    const made = await admin.submit('/admin/teams/new', { name: 'North locality', handles: 'self-assessment' })
    expect(made.status).toBe(302)
    expect(made.headers.get('location')).toMatch(/^\/admin\/teams\/[^/?]+\?created=1$/)
    expect(await audited('team.create')).toBe(1)
    expect(await audited('team.change-refused')).toBe(1)
  })

  it('adds members as manager or worker, refusing a person’s own account; the staff page says which teams', async () => {
    const admin = await signedIn(portal, 'council-admin')
    const [team] = await portalSql(portal, "select id from teams where name = 'North locality'")
    const page = `/admin/teams/${String(team?.id)}`
    const nothing = await admin.submit(page, { intent: 'member' })
    expect(nothing.status).toBe(400)
    const nothingHtml = await htmlOf(nothing)
    expect(nothingHtml).toContain('Choose a member of staff')
    expect(nothingHtml).toContain('Choose their role in the team')
    const citizen = await admin.submit(page, {
      intent: 'member',
      userId: await idOf(demoAccount('citizen').email),
      teamRole: 'worker',
    })
    expect(citizen.status).toBe(400)
    expect(await htmlOf(citizen)).toContain('Choose an active member of staff from the list')

    const dana = await idOf(demoAccount('practitioner').email)
    const chris = await idOf(demoAccount('finance').email)
    expect((await admin.submit(page, { intent: 'member', userId: dana, teamRole: 'manager' })).status).toBe(302)
    expect((await admin.submit(page, { intent: 'member', userId: chris, teamRole: 'worker' })).status).toBe(302)
    const teamPage = await htmlOf(await admin.get(page))
    expect(teamPage).toContain('Members (2)')
    expect(teamPage).toMatch(/Dana Ellis<\/a><\/dt><dd[^>]*>Manager/)
    expect(teamPage).toMatch(/Chris Okoye<\/a><\/dt><dd[^>]*>Worker/)
    const staffPage = await htmlOf(await admin.get(`/admin/staff/${dana}`))
    expect(staffPage).toContain(`href="${page}">North locality</a> (manager)`)
    expect(await audited('team.member-add')).toBe(2)
  })

  it('keeps a manager while the team has work, and keeps whoever holds its work in it; outside the team is refused', async () => {
    const admin = await signedIn(portal, 'council-admin')
    const [team] = await portalSql(portal, "select id from teams where name = 'North locality'")
    const page = `/admin/teams/${String(team?.id)}`
    const dana = await idOf(demoAccount('practitioner').email)
    const chris = await idOf(demoAccount('finance').email)
    // A self-assessment arrives: this team handles only self-assessments, so it is the one that gets it.
    const person = await signedIn(portal, 'citizen')
    const personId = /href="\/people\/([^"/]+)"/.exec(await (await person.get('/my-care')).text())?.[1] ?? ''
    await completeSelfAssessment(person, personId)
    const [item] = await portalSql(portal, 'select id from work_items where team_id = ?', team?.id)
    expect(item).toBeDefined()

    for (const fields of <Record<string, string>[]>[
      { intent: 'member', userId: dana, teamRole: 'worker' },
      { intent: 'remove', userId: dana },
    ]) {
      const refused = await admin.submit(page, fields)
      expect(refused.status).toBe(400)
      expect(await htmlOf(refused)).toContain(
        'This team has work waiting or in hand, and only a manager can allocate it',
      )
    }

    const manager = await signedIn(portal, 'practitioner')
    const itemPage = `/work/items/${String(item?.id)}`
    const outside = await manager.submit(itemPage, {
      intent: 'allocate',
      seen: '0',
      toUserId: await idOf(demoAccount('council-admin').email),
      priority: 'standard',
      reason: 'Nearest',
    })
    expect(outside.status).toBe(400)
    expect(await htmlOf(outside)).toContain('They are not a member of the team this work is queued for')
    const allocated = await manager.submit(itemPage, {
      intent: 'allocate',
      seen: '0',
      toUserId: chris,
      priority: 'standard',
      reason: 'Knows the family',
    })
    expect(allocated.status).toBe(302)
    const holds = await admin.submit(page, { intent: 'remove', userId: chris })
    expect(holds.status).toBe(400)
    expect(await htmlOf(holds)).toContain('They hold a piece of this team’s work: allocate it to someone else')
    expect(await countIn(portal, 'select count(*) as n from team_members where team_id = ?', team?.id)).toBe(2)
    expect(await audited('team.change-refused')).toBe(5)

    // With a second manager, the first may go.
    expect((await admin.submit(page, { intent: 'member', userId: chris, teamRole: 'manager' })).status).toBe(302)
    expect((await admin.submit(page, { intent: 'remove', userId: dana })).status).toBe(302)
    expect(await audited('team.member-remove')).toBe(1)
  })

  it('keeps a manager when two administrators take the last two out at the same moment', async () => {
    const [team] = await portalSql(portal, "select id from teams where name = 'North locality'")
    const page = `/admin/teams/${String(team?.id)}`
    const [item] = await portalSql(portal, 'select id from work_items where team_id = ?', team?.id)
    const dana = await idOf(demoAccount('practitioner').email)
    const chris = await idOf(demoAccount('finance').email)
    const admin = await signedIn(portal, 'council-admin')
    const adminId = await idOf(demoAccount('council-admin').email)
    // The work goes to a worker, so nothing but the rule about managers stops either manager leaving.
    expect((await admin.submit(page, { intent: 'member', userId: adminId, teamRole: 'worker' })).status).toBe(302)
    const chrisSignedIn = await signedIn(portal, 'finance')
    const moved = await chrisSignedIn.submit(`/work/items/${String(item?.id)}`, {
      intent: 'allocate',
      seen: '1',
      toUserId: adminId,
      priority: 'standard',
      reason: 'Chris is leaving the team',
    })
    expect(moved.status).toBe(302)
    const second = await signedIn(portal, 'council-admin')
    for (let round = 0; round < 3; round += 1) {
      expect((await admin.submit(page, { intent: 'member', userId: dana, teamRole: 'manager' })).status).toBe(302)
      expect((await admin.submit(page, { intent: 'member', userId: chris, teamRole: 'manager' })).status).toBe(302)
      const answers = await Promise.all([
        admin.submit(page, { intent: 'remove', userId: dana }),
        second.submit(page, { intent: 'remove', userId: chris }),
      ])
      expect(answers.map((answer) => answer.status).sort()).toEqual([302, 400])
      const managers = await countIn(
        portal,
        'select count(*) as n from team_members where team_id = ? and manager',
        team?.id,
      )
      expect(managers).toBe(1)
    }
  })
})
