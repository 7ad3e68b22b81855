import { demoAccounts, referralOutcomes as dbReferralOutcomes } from '@open-sds/db'
import { referralOutcomes } from '@open-sds/support-planning'
import { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { portalEngines } from './support/engines'
import type { RunningPortal } from './support/portal-process'
import { portalSql } from './support/portal-sql'
import { signedIn, text } from './support/support-plan'

// Issue 18, "Nothing lands nowhere": "Every new self-assessment, referral (for oneself, for someone else, or as a
// carer) ... enters a team queue". A relative, a GP or a neighbour has no account, so the form is public.
const citizenId = demoAccounts.find((account) => account.key === 'citizen')!.id

const FOR_SOMEONE_ELSE = {
  kind: 'someone-else',
  personName: 'Winifred Hale',
  dateOfBirthDay: '14',
  dateOfBirthMonth: '2',
  dateOfBirthYear: '1938',
  address: '7 Orchard Close, Northmoor NM2 4RT',
  personContact: '',
  helpNeeded: 'Since her fall she cannot get upstairs to wash, and she is not eating properly.',
  consent: 'yes',
  noConsentReason: '',
  referrerName: 'Dr Amara Okafor',
  referrerContact: '01632 960 555',
  referrerRelationship: 'Her GP',
}

describe.each(portalEngines())('asking for help with care and support on $name', (engine) => {
  let portal: RunningPortal

  const referralOf = async (reference: string) =>
    portalSql(
      portal,
      `select r.id, r.kind, r.raised_by_user_id as raised_by, r.flood_group, cast(r.details as text) as details,
        t.name as team, w.kind as work_kind
       from referrals r left join work_items w on w.subject = 'referral:' || r.id left join teams t on t.id = w.team_id
       where r.reference = ?`,
      reference,
    )
  const sentReference = (response: Response) =>
    new URL(response.headers.get('location') ?? '', portal.url).searchParams.get('reference') ?? ''

  beforeAll(async () => {
    portal = await engine.start()
  })

  afterAll(async () => {
    await portal?.stop()
  })

  it('is linked from the start page', async () => {
    expect(await text(await new PortalClient(portal.url).get('/'))).toContain('href="/ask-for-help"')
  })

  it('refuses a request for someone else without their agreement or a reason, naming the field, keeping what was typed', async () => {
    const gp = new PortalClient(portal.url)
    const refused = await gp.submit('/ask-for-help', { ...FOR_SOMEONE_ELSE, consent: 'no', dateOfBirthMonth: '' })
    expect(refused.status).toBe(400)
    const page = await text(refused)
    expect(page).toContain('<a href="#dateOfBirthDay">The date of birth must include a month</a>')
    expect(page).toContain('<a href="#noConsentReason">Say why you are asking without their agreement</a>')
    expect(page).toContain('value="Winifred Hale"')
    expect(page).toContain('value="1938"')
    expect(page).toContain('Since her fall she cannot get upstairs')
    expect(page).toMatch(/value="no" checked=""|checked="" value="no"/)
    expect(await portalSql(portal, 'select id from referrals')).toEqual([])

    const empty = await text(await gp.submit('/ask-for-help', {}))
    expect(empty).toContain('<a href="#kind">Choose who the help is for</a>')
    expect(empty).toContain('<a href="#personName">Enter the name of the person who needs help</a>')
    expect(empty).toContain('<a href="#helpNeeded">Say what help is needed, in your own words</a>')
  })

  it('takes a request from someone with no account into the front door team’s queue, with its reference', async () => {
    const sent = await new PortalClient(portal.url).submit('/ask-for-help', {
      ...FOR_SOMEONE_ELSE,
      consent: 'no',
      noConsentReason: 'She is confused since the fall and cannot take this in at the moment.',
    })
    expect(sent.status, await sent.clone().text()).toBe(302)
    const reference = sentReference(sent)
    expect(reference).toMatch(/^RF-[0-9A-F]{8}$/)
    const confirmation = await text(await new PortalClient(portal.url).get(sent.headers.get('location') ?? ''))
    expect(confirmation).toContain('Request for help sent')
    expect(confirmation).toContain(`<strong>${reference}</strong>`)

    const [stored] = await referralOf(reference)
    expect(stored).toMatchObject({ kind: 'someone-else', raised_by: null, flood_group: null })
    expect(stored).toMatchObject({ team: 'Adult social care front door', work_kind: 'referral' })
    expect(JSON.parse(String(stored?.details))).toMatchObject({
      personName: 'Winifred Hale',
      dateOfBirth: '1938-02-14',
      consent: 'no',
      noConsentReason: 'She is confused since the fall and cannot take this in at the moment.',
      referrerName: 'Dr Amara Okafor',
    })
    const audit = await portalSql(
      portal,
      "select action, actor_user_id as actor from audit_log where resource = ? or (action = 'work-item.arrive' and cast(detail as text) like ?) order by id",
      `referral:${reference}`,
      `%referral:${String(stored?.id)}%`,
    )
    expect(audit.map((entry) => entry.action).sort()).toEqual(['referral.create', 'work-item.arrive'])
  })

  it('records who sent it when signed in, and keeps what only matters for someone else out of a request for oneself', async () => {
    const citizen = await signedIn(portal, 'citizen')
    const sent = await citizen.submit('/ask-for-help', {
      ...FOR_SOMEONE_ELSE,
      kind: 'self',
      personName: 'Sam Citizen',
      consent: 'no',
      referrerName: 'Someone',
    })
    expect(sent.status, await sent.clone().text()).toBe(302)
    const [stored] = await referralOf(sentReference(sent))
    expect(stored).toMatchObject({ kind: 'self', raised_by: citizenId, team: 'Adult social care front door' })
    const details = JSON.parse(String(stored?.details)) as Record<string, unknown>
    expect([details.consent, details.referrerName]).toEqual([undefined, undefined])
  })

  it('routes a carer’s request with its kind', async () => {
    const sent = await new PortalClient(portal.url).submit('/ask-for-help', {
      ...FOR_SOMEONE_ELSE,
      kind: 'carer',
      referrerName: 'Tom Hale',
      referrerRelationship: 'Her son: I look after her every day',
    })
    expect(sent.status, await sent.clone().text()).toBe(302)
    const [stored] = await referralOf(sentReference(sent))
    expect(stored).toMatchObject({ kind: 'carer', team: 'Adult social care front door', work_kind: 'referral' })
  })

  it('takes in, but marks as a possible flood, what one address sends beyond ten in an hour', async () => {
    const sender = new PortalClient(portal.url)
    const references: string[] = []
    // Three were sent from this address above; eight more reach eleven.
    for (let sent = 0; sent < 8; sent += 1)
      references.push(sentReference(await sender.submit('/ask-for-help', FOR_SOMEONE_ELSE)))
    const marks = await Promise.all(references.map(async (reference) => (await referralOf(reference))[0]?.flood_group))
    expect(marks.slice(0, 7)).toEqual(Array(7).fill(null))
    expect(marks[7]).toEqual(expect.any(String))
  })
})

describe.each(portalEngines())('a worker reading a request for help on $name', (engine) => {
  let portal: RunningPortal

  beforeAll(async () => {
    portal = await engine.start()
  })

  afterAll(async () => {
    await portal?.stop()
  })

  it('opens it from the front door’s work item, sees who sent it, for whom and what they asked, and is audited', async () => {
    const sent = await new PortalClient(portal.url).submit('/ask-for-help', {
      ...FOR_SOMEONE_ELSE,
      consent: 'no',
      noConsentReason: 'She is confused since the fall.',
    })
    const reference = new URL(sent.headers.get('location') ?? '', portal.url).searchParams.get('reference') ?? ''
    const [item] = await portalSql(
      portal,
      "select w.id from work_items w join referrals r on w.subject = 'referral:' || r.id where r.reference = ?",
      reference,
    )
    const worker = await signedIn(portal, 'practitioner')
    const itemPage = await text(await worker.get(`/work/items/${String(item?.id)}`))
    expect(itemPage).toContain(`href="/work/referrals/${reference}"`)
    const page = await text(await worker.get(`/work/referrals/${reference}`))
    for (const shown of [
      'Winifred Hale',
      '14 February 1938',
      'Since her fall she cannot get upstairs',
      'No. Why: She is confused since the fall.',
      'Dr Amara Okafor',
      '01632 960 555',
      'Not signed in',
    ])
      expect(page).toContain(shown)
    const reads = await portalSql(
      portal,
      "select actor_user_id as actor from audit_log where action = 'referral.read' and resource = ?",
      `referral:${reference}`,
    )
    expect(reads).toEqual([{ actor: demoAccounts.find((account) => account.key === 'practitioner')!.id }])

    // A finance officer is in no team that handles requests for help: told there is nothing there, as for no request.
    const finance = await signedIn(portal, 'finance')
    expect((await finance.get(`/work/referrals/${reference}`)).status).toBe(404)
    expect((await worker.get('/work/referrals/RF-00000000')).status).toBe(404)
  })
})

// Issue 18, every request reaches an end: a worker links the request to the person's record (found, or made from the
// request) and closes it with what happened, which closes its work item; issue 17: a request that ended in
// information and advice only is counted as such in the Client Level Data return.
describe.each(portalEngines())('a worker closing a request for help on $name', (engine) => {
  let portal: RunningPortal

  beforeAll(async () => {
    portal = await engine.start()
  })

  afterAll(async () => {
    await portal?.stop()
  })

  it('will not close it before its person is known, makes their record from it, then closes it and its work', async () => {
    const sent = await new PortalClient(portal.url).submit('/ask-for-help', FOR_SOMEONE_ELSE)
    const reference = new URL(sent.headers.get('location') ?? '', portal.url).searchParams.get('reference') ?? ''
    const worker = await signedIn(portal, 'practitioner')
    const closeEarly = await worker.submit(`/work/referrals/${reference}/close`, {
      outcome: 'information-and-advice',
      note: 'Gave her the day centre details',
    })
    expect(closeEarly.status).toBe(409)
    expect(await text(closeEarly)).toContain('Link the request to the person’s record before closing it')

    // The new record's form starts from what the request says; a wrong postcode is refused, what was typed kept.
    const linkPage = await text(await worker.get(`/work/referrals/${reference}/link`))
    expect(linkPage).toContain('value="Winifred Hale"')
    expect(linkPage).toContain('value="NM2 4RT"')
    const wrong = await worker.submit(`/work/referrals/${reference}/link`, {
      intent: 'create',
      newName: 'Winifred Hale',
      newBirthDay: '14',
      newBirthMonth: '2',
      newBirthYear: '1938',
      newPostcode: 'not a postcode',
    })
    expect(wrong.status).toBe(400)
    const wrongPage = await text(wrong)
    expect(wrongPage).toContain('<a href="#newPostcode">Enter a real postcode, like NM1 2AB, or leave it empty</a>')
    expect(wrongPage).toContain('value="not a postcode"')
    const made = await worker.submit(`/work/referrals/${reference}/link`, {
      intent: 'create',
      newName: 'Winifred Hale',
      newBirthDay: '14',
      newBirthMonth: '2',
      newBirthYear: '1938',
      newPostcode: 'NM2 4RT',
    })
    expect(made.status, await made.clone().text()).toBe(302)
    const [person] = await portalSql(portal, "select id from people where display_name = 'Winifred Hale'")
    expect(await text(await worker.get(`/work/referrals/${reference}`))).toContain(
      `href="/find-a-person/${String(person?.id)}"`,
    )

    const empty = await worker.submit(`/work/referrals/${reference}/close`, { outcome: '', note: 'kept note' })
    expect(empty.status).toBe(400)
    const emptyPage = await text(empty)
    expect(emptyPage).toContain('<a href="#outcome">Choose what happened with the request</a>')
    expect(emptyPage).toContain('kept note')
    const closed = await worker.submit(`/work/referrals/${reference}/close`, {
      outcome: 'information-and-advice',
      note: 'Gave her the day centre details and the falls service number',
    })
    expect(closed.status, await closed.clone().text()).toBe(302)
    const page = await text(await worker.get(`/work/referrals/${reference}`))
    expect(page).toContain('Information and advice only')
    expect(page).toContain('Gave her the day centre details and the falls service number')

    const [work] = await portalSql(
      portal,
      `select (select e.event from work_item_events e where e.item_id = w.id order by e.seq desc limit 1) as last
       from work_items w join referrals r on w.subject = 'referral:' || r.id where r.reference = ?`,
      reference,
    )
    expect(work).toEqual({ last: 'closed' })
    const audit = await portalSql(
      portal,
      'select action from audit_log where resource = ? order by id',
      `referral:${reference}`,
    )
    // Every page opened is a read too; what was done, and refused, is in order.
    expect(audit.map((entry) => entry.action).filter((action) => action !== 'referral.read')).toEqual([
      'referral.create',
      'referral.close-refused',
      'referral.link',
      'referral.close',
    ])

    // Closed once: a second tab's closing stores nothing and says so.
    const again = await worker.submit(`/work/referrals/${reference}/close`, { outcome: 'support-declined', note: 'x' })
    expect(again.status).toBe(409)
    expect(await text(again)).toContain('closed while you were looking at it')
  })

  it('keeps the words of the outcomes the database stores the same as the rules', () => {
    expect([...referralOutcomes]).toEqual([...dbReferralOutcomes])
  })
})
