import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PortalClient } from '@open-sds/portal-harness'
import { portalEngines } from './support/engines'
import type { RunningPortal } from './support/portal-process'
import { portalSql } from './support/portal-sql'
import { page, signedIn, text } from './support/support-plan'

// Issue 16: a carer signs in as themselves, says whom they care for, answers their own self-assessment with save and
// resume, sends it into a team's queue, and reads the practitioner's regulation 3 determination with its reasons.
const PRIYA = '0b7e4f7c-1a2b-4c3d-8e4f-5a6b7c8d9e02'
const ALEX = '0b7e4f7c-1a2b-4c3d-8e4f-5a6b7c8d9e01'

/** What Ravi answers to each question of the carer's self-assessment the portal's plugins give. */
const ANSWERS: Record<string, Record<string, string>> = {
  'caring-tasks': { answer: 'I help Mum wash and dress, cook her meals and sort her tablets' },
  'hours-caring': { answer: '50' },
  'able-and-willing': { answer: 'with-support' },
  'hard-to-do': { answer: 'recreation' },
  health: { answer: 'at-risk' },
  'what-matters': { answer: 'An evening a week at my choir' },
  'if-you-cannot-care': { answer: 'My brother Sunil' },
  'carers-centre-contact': { answer: 'yes' },
}

const FINDINGS = {
  necessaryCareMet: 'yes',
  necessaryCareReason: 'Priya cannot wash, dress or take her medicines without him',
  healthAtRisk: 'no',
  healthReason: 'He reports no change in his own health',
  outcomes: 'recreation',
  outcomesHow: 'He has not been to his choir for a year: he cannot leave her',
  wellbeingMet: 'yes',
  wellbeingImpact: 'He feels isolated and low',
}

describe.each(portalEngines())('support for a carer on $name', (engine) => {
  let portal: RunningPortal
  let ravi: PortalClient
  let assessmentId = ''

  beforeAll(async () => {
    portal = await engine.start()
    ravi = await signedIn(portal, 'representative')
  })

  afterAll(async () => {
    await portal?.stop()
  })

  it('refuses linking to someone the carer cannot reach or without a name, keeping what was typed, then links Priya', async () => {
    expect(await page(ravi, '/carers')).toContain('You have not told us yet whom you care for.')
    const unreachable = await ravi.submit('/carers/cares-for', {
      whom: 'someone-else',
      name: 'Alex Morgan',
      reference: ALEX,
      relationship: 'My neighbour',
    })
    expect(unreachable.status).toBe(400)
    const said = await text(unreachable)
    expect(said).toContain('We cannot find anyone with that reference whose record you can see')
    expect(said).toContain('value="Alex Morgan"')
    expect(said).toContain('value="My neighbour"')
    const unknownReference = await text(
      await ravi.submit('/carers/cares-for', {
        whom: 'someone-else',
        name: 'Rose',
        reference: 'no-such-person',
        relationship: 'Aunt',
      }),
    )
    expect(unknownReference).toContain('We cannot find anyone with that reference whose record you can see')
    const noName = await text(await ravi.submit('/carers/cares-for', { whom: 'someone-else', relationship: 'Aunt' }))
    expect(noName).toContain('<a href="#name">Enter the name of the person you care for</a>')
    expect(await portalSql(portal, 'select id from caring_relationships')).toEqual([])

    const linked = await ravi.submit('/carers/cares-for', { whom: PRIYA, relationship: 'My mother' })
    expect(linked.status).toBe(302)
    const stranger = await ravi.submit('/carers/cares-for', {
      whom: 'someone-else',
      name: 'Rose Shah',
      dateOfBirthDay: '1',
      dateOfBirthMonth: '2',
      dateOfBirthYear: '1940',
      relationship: 'My aunt',
    })
    expect(stranger.status).toBe(302)
    const overview = await page(ravi, '/carers')
    expect(overview).toContain('Priya Shah (My mother)')
    expect(overview).toContain('Rose Shah (My aunt)')
  })

  it('saves and resumes the carer’s self-assessment, then sends it into the front door’s queue', async () => {
    const started = await ravi.submit('/carers', {})
    expect(started.headers.get('location')).toBe('/carers/self-assessment/caring-tasks')
    const leave = await ravi.submit('/carers/self-assessment/caring-tasks', {
      ...ANSWERS['caring-tasks'],
      intent: 'save-and-leave',
    })
    expect(leave.headers.get('location')).toBe('/carers')
    expect(await page(ravi, '/carers')).toContain('You have answered 1 of')

    const wrong = await ravi.submit('/carers/self-assessment/hours-caring', { answer: '200' })
    expect(wrong.status).toBe(400)
    expect(await text(wrong)).toContain('value="200"')

    let at = '/carers/self-assessment/hours-caring'
    for (let step = 0; step < 12 && at.startsWith('/carers/self-assessment/') && !at.endsWith('/check'); step += 1) {
      const id = at.split('/').at(-1) ?? ''
      const answered = await ravi.submit(at, ANSWERS[id] ?? {})
      expect(answered.status, `answering ${id}`).toBe(302)
      at = answered.headers.get('location') ?? ''
    }
    expect(at).toBe('/carers/self-assessment/check')
    expect(await page(ravi, at)).toContain('An evening a week at my choir')
    const sent = await ravi.submit(at, {})
    expect(sent.headers.get('location')).toBe('/carers')
    const [row] = await portalSql(portal, "select id from carer_assessments where status = 'submitted'")
    assessmentId = String(row?.id)
    expect(
      await portalSql(
        portal,
        'select t.name as team, w.kind from work_items w join teams t on t.id = w.team_id where w.subject = ?',
        `carer-assessment:${assessmentId}`,
      ),
    ).toEqual([{ team: 'Adult social care front door', kind: 'carer-assessment' }])
    expect(await page(ravi, '/carers')).toContain('A practitioner will look at your answers and contact you.')
  })

  it('takes a practitioner’s determination only with every reason, and the carer then reads it with the reasons', async () => {
    const dana = await signedIn(portal, 'practitioner')
    const path = `/work/carer-assessments/${assessmentId}`
    const opened = await page(dana, path)
    expect(opened).toContain('I help Mum wash and dress')
    expect(opened).toContain('Priya Shah (My mother)')
    expect(opened).toContain('Rose Shah (My aunt), not known to the council')

    const noReason = await dana.submit(path, { ...FINDINGS, wellbeingImpact: ' ' })
    expect(noReason.status).toBe(400)
    const said = await text(noReason)
    expect(said).toContain(
      '<a href="#wellbeingImpact">The impact, or lack of impact, on the carer’s wellbeing is required</a>',
    )
    expect(said).toContain('He has not been to his choir for a year')
    expect(await portalSql(portal, 'select id from carer_determinations')).toEqual([])

    expect((await dana.submit(path, FINDINGS)).status).toBe(302)
    const [stored] = await portalSql(portal, 'select eligible, rules_version from carer_determinations')
    expect(Boolean(stored?.eligible)).toBe(true)
    expect(String(stored?.rules_version)).toMatch(/^carers-rules-/)
    const closed = await portalSql(
      portal,
      "select e.event from work_item_events e join work_items w on w.id = e.item_id where w.subject = ? and e.event = 'closed'",
      `carer-assessment:${assessmentId}`,
    )
    expect(closed).toHaveLength(1)

    const seen = await page(ravi, '/carers')
    expect(seen).toContain('<strong>have</strong> eligible needs for support as a carer')
    expect(seen).toContain('He has not been to his choir for a year: he cannot leave her')
  })

  it('shows Priya’s carer on her record to those who can see it, and nobody else reaches the carer’s pages', async () => {
    const dana = await signedIn(portal, 'practitioner')
    expect(await page(dana, `/people/${PRIYA}`)).toContain('Ravi Shah, who describes them as my mother')
    expect(await page(ravi, `/people/${PRIYA}`)).toContain('Ravi Shah, who describes them as my mother')
    const alex = await signedIn(portal, 'citizen')
    expect((await alex.get(`/people/${PRIYA}`)).status).toBe(404)
    expect((await alex.get(`/work/carer-assessments/${assessmentId}`)).status).toBe(404)
    const chris = await signedIn(portal, 'finance')
    expect((await chris.get(`/work/carer-assessments/${assessmentId}`)).status).toBe(404)
    // Alex has no carer's assessment: his pages are his own, and empty.
    expect(await page(alex, '/carers')).toContain('You have not told us yet whom you care for.')
    expect((await alex.get('/carers/self-assessment/check')).headers.get('location')).toBe('/carers')
  })
})
