import { freshlyCounted } from './support/counted-figures'
import path from 'node:path'
import { demoPeople, hashPasswordScrypt } from '@open-sds/db'
import { beforeAll, describe, expect, it } from 'vitest'
import { PortalClient } from '@open-sds/portal-harness'
import { demoAccount as account } from './support/demo-account'
import { openPortalDatabase, portalEngines, portalFor } from './support/engines'
import { countIn, portalSql } from './support/portal-sql'

const alex = demoPeople.find((person) => person.key === 'alex')!

describe.each(portalEngines())('$name', (engine) => {
  const portal = portalFor(engine)
  let anonymous: PortalClient
  let lead: PortalClient
  let unauthorised: PortalClient
  let citizen: PortalClient
  let admin: PortalClient

  async function signedIn(key: string) {
    const client = new PortalClient(portal.url)
    const { email, password } = account(key)
    expect((await client.signIn(email, password)).status).toBe(302)
    return client
  }

  /** A page's text as a reader sees it: React's separators between adjacent pieces of text removed. */
  const html = async (response: Promise<Response> | Response) =>
    (await (await response).text()).replace(/<!-- -->/g, '')

  /** Reports a concern through the public form and returns its reference from the confirmation address. */
  async function report(client: PortalClient, fields: Record<string, string>) {
    const response = await client.submit('/report-a-concern', {
      whatHappened: 'Post piling up; not seen for a week.',
      inImmediateDanger: 'not-known',
      ...fields,
    })
    expect(response.status, await response.clone().text()).toBe(302)
    const location = response.headers.get('location') ?? ''
    const reference = new URL(location, portal.url).searchParams.get('reference')
    expect(reference).toMatch(/^SG-\d{4}-\d{6}$/)
    return reference as string
  }

  /** The audit entries written about one concern, read straight from the database. */
  async function auditFor(reference: string) {
    const rows = await portalSql(
      portal,
      'select action, actor_user_id as actor, person_id as person from audit_log where resource = ? order by id',
      `safeguarding-concern:${reference}`,
    )
    return rows as { action: string; actor: string | null; person: string | null }[]
  }

  beforeAll(async () => {
    // A second practitioner, not on the safeguarding list: a practitioner everywhere else, nobody here.
    const handle = await openPortalDatabase(portal)
    try {
      const created = await handle.repos.users.create(
        {
          email: 'unlisted.practitioner@example.org',
          displayName: 'Una Listed',
          passwordHash: await hashPasswordScrypt('an unlisted practitioner password'),
          role: 'practitioner',
        },
        new Date(),
      )
      if (!created.ok) throw new Error(JSON.stringify(created.errors))
    } finally {
      await handle.close()
    }
    anonymous = new PortalClient(portal.url)
    lead = await signedIn('practitioner')
    citizen = await signedIn('citizen')
    admin = await signedIn('council-admin')
    unauthorised = new PortalClient(portal.url)
    expect(
      (await unauthorised.signIn('unlisted.practitioner@example.org', 'an unlisted practitioner password')).status,
    ).toBe(302)
  })

  describe('reporting a concern', () => {
    it('takes a concern from anyone without an account and gives a reference on the confirmation page', async () => {
      const reference = await report(anonymous, {
        anonymous: 'yes',
        personAddress: 'Flat 2, 10 Example Road',
        typesOfAbuse: 'self-neglect',
      })
      const confirmation = await anonymous.get(`/report-a-concern/sent?reference=${reference}`)
      expect(confirmation.status).toBe(200)
      const page = await html(confirmation)
      expect(page).toContain('Concern sent')
      expect(page).toContain(reference)
    })

    it('accepts a concern that gives no way to identify the person, and flags it for follow-up', async () => {
      const reference = await report(anonymous, { anonymous: 'yes' })
      const page = await html(lead.get(`/safeguarding/concerns/${reference}`))
      expect(page).toContain('Needs follow-up')
      expect(page).toContain('Nothing yet identifies the adult at risk')
      expect(page).toContain('Not identified')
      const triage = await html(lead.get('/safeguarding'))
      expect(triage).toMatch(new RegExp(`${reference}</a> <strong class="govuk-tag govuk-tag--yellow">Follow up`))
    })

    it('takes a concern about someone under 18 and says where a concern about a child should also go (issue 19)', async () => {
      const client = new PortalClient(portal.url)
      const form = await html(client.get('/report-a-concern'))
      expect(form).toContain(
        'If they are under 18, also contact Northmoor Children’s Services front door on 01632 960 200',
      )
      const response = await client.submit('/report-a-concern', {
        anonymous: 'yes',
        personName: 'Sam',
        ageBand: 'under-18',
        whatHappened: 'Bruises on his arms; says he is scared to go home.',
        inImmediateDanger: 'not-known',
      })
      expect(response.status).toBe(302)
      const location = response.headers.get('location') ?? ''
      const reference = new URL(location, portal.url).searchParams.get('reference') ?? ''
      expect((await auditFor(reference)).map((entry) => entry.action)).toContain('safeguarding-concern.create')
      const sent = await html(client.get(location))
      expect(sent).toContain('You said the person is under 18')
      expect(sent).toContain('<strong>01632 960 200</strong>')
    })

    it('refuses a concern with nothing about what happened, keeping what was typed and naming the field', async () => {
      const response = await anonymous.submit('/report-a-concern', {
        personName: 'Ada Example',
        whatHappened: '  ',
        anonymous: 'no',
      })
      expect(response.status).toBe(400)
      const page = await html(response)
      expect(page).toMatch(/<title>Error: Report a concern/)
      expect(page).toContain('<a href="#whatHappened">Enter what happened, or what you are worried might happen</a>')
      expect(page).toContain('<a href="#inImmediateDanger">Select whether the person is in immediate danger</a>')
      expect(page).toContain('value="Ada Example"')
    })

    it('prefills who is reporting for someone signed in, and links the concern to the person chosen', async () => {
      const form = await html(citizen.get('/report-a-concern'))
      expect(form).toContain('value="Alex Morgan"')
      expect(form).toContain('value="citizen@example.org"')
      const reference = await report(citizen, {
        aboutWho: alex.id,
        raiserName: 'Alex Morgan',
        raiserContact: 'citizen@example.org',
        relationship: 'the-adult-themselves',
      })
      const page = await html(lead.get(`/safeguarding/concerns/${reference}`))
      expect(page).toContain('Alex Morgan (on record)')
      expect(page).toContain('Alex Morgan, citizen@example.org, the adult themselves')
    })
  })

  describe('who can see a concern', () => {
    it('gives a not-found, not a forbidden, to an unauthorised practitioner asking for a concern by its reference', async () => {
      const reference = await report(anonymous, { anonymous: 'yes' })
      expect((await lead.get(`/safeguarding/concerns/${reference}`)).status).toBe(200)
      for (const path of [
        `/safeguarding/concerns/${reference}`,
        `/safeguarding/concerns/${reference}/section-42`,
        '/safeguarding',
        '/safeguarding/counts',
      ]) {
        const response = await unauthorised.get(path)
        expect(response.status, path).toBe(404)
        expect(await response.text()).toContain('Page not found')
      }
      // The same answer as for a reference that does not exist, so the page discloses nothing.
      expect((await unauthorised.get('/safeguarding/concerns/SG-1999-000001')).status).toBe(404)
      expect((await lead.get('/safeguarding/concerns/SG-1999-000001')).status).toBe(404)
    })

    it('keeps a concern raised by someone else from the person until a practitioner shares it, and records that decision', async () => {
      const reference = await report(lead, {
        aboutWho: alex.id,
        whatHappened: 'Alex’s nephew has been taking cash from the tin.',
        relationship: 'social-care-staff',
      })
      const before = await html(citizen.get(`/people/${alex.id}/safeguarding`))
      expect(before).not.toContain(reference)
      expect(before).not.toContain('nephew')
      // Nor does the person's own activity list give it away.
      expect(await html(citizen.get(`/people/${alex.id}`))).not.toMatch(/safeguarding-concern/)

      const noReason = await lead.submit(`/safeguarding/concerns/${reference}`, { shareReason: '' })
      expect(noReason.status).toBe(400)
      expect(await html(noReason)).toContain('Give the reason for sharing this concern with the person')

      const shared = await lead.submit(`/safeguarding/concerns/${reference}`, {
        shareReason: 'Alex asked what was happening and it is safe to tell him.',
      })
      expect(shared.status).toBe(302)
      expect(await html(lead.get(`/safeguarding/concerns/${reference}`))).toContain(
        'Reason: Alex asked what was happening and it is safe to tell him.',
      )
      const after = await html(citizen.get(`/people/${alex.id}/safeguarding`))
      expect(after).toContain(reference)
      expect((await auditFor(reference)).map((entry) => entry.action)).toContain('safeguarding-concern.share')
    })

    it('audits every view and listing, with the person kept out of their own activity list', async () => {
      const reference = await report(anonymous, { anonymous: 'yes' })
      await lead.get(`/safeguarding/concerns/${reference}`)
      await unauthorised.get(`/safeguarding/concerns/${reference}`)
      const entries = await auditFor(reference)
      const leadId = account('practitioner').id
      expect(entries.map((entry) => [entry.action, entry.actor === leadId ? 'lead' : entry.actor])).toEqual([
        ['safeguarding-concern.create', null],
        ['safeguarding-concern.read', 'lead'],
      ])
      expect(entries.every((entry) => entry.person === null)).toBe(true)
      const actions = await portalSql(portal, "select action from audit_log where action like 'safeguarding%'")
      expect(actions.map((row) => row.action)).toEqual(
        expect.arrayContaining(['safeguarding-concern.list', 'safeguarding.refused']),
      )
    })
  })

  describe('triage, the section 42 decision and the enquiry', () => {
    it('records the three decisions with reasons, opens an enquiry asking what the person wants, and refuses to close it without a risk outcome', async () => {
      const reference = await report(lead, {
        aboutWho: alex.id,
        typesOfAbuse: 'financial-or-material',
        locationOfRisk: 'own-home',
        relationship: 'social-care-staff',
      })
      const base = `/safeguarding/concerns/${reference}`

      const missingReason = await lead.submit(`${base}/section-42`, {
        careAndSupportNeedsAnswer: 'yes',
        abuseOrNeglectAnswer: 'yes',
        abuseOrNeglectReason: 'Cash missing',
        unableToProtectSelfAnswer: 'yes',
        unableToProtectSelfReason: 'Relies on him',
      })
      expect(missingReason.status).toBe(400)
      const missingPage = await html(missingReason)
      expect(missingPage).toContain(
        '<a href="#careAndSupportNeedsReason">Give the reason for the answer to: does the adult have needs for care and support',
      )
      expect(missingPage).toContain('Cash missing')

      const decided = await lead.submit(`${base}/section-42`, {
        careAndSupportNeedsAnswer: 'yes',
        careAndSupportNeedsReason: 'Receives a personal budget for daily living',
        abuseOrNeglectAnswer: 'yes',
        abuseOrNeglectReason: 'Cash missing from the tin each week',
        unableToProtectSelfAnswer: 'yes',
        unableToProtectSelfReason: 'Relies on his nephew for shopping',
      })
      expect(decided.status).toBe(302)
      expect(decided.headers.get('location')).toBe(`${base}/enquiry`)

      const opened = await lead.submit(`${base}/enquiry`, {
        version: '',
        desiredAsked: 'yes',
        desiredExpressed: 'I want my money safe but I want to keep seeing him',
        capacity: 'has-capacity',
        advocateOffered: 'yes',
        advocateProvided: 'no',
        supportedBy: 'family-member',
        sourceOfRisk: 'other-known-to-individual',
      })
      expect(opened.status, await opened.clone().text()).toBe(302)
      const enquiryPage = await html(lead.get(`${base}/enquiry`))
      expect(enquiryPage).toContain('I want my money safe but I want to keep seeing him')
      // The history in plain words, not the package's codes (issue 19).
      expect(enquiryPage).toMatch(
        /Enquiry opened.*What the person wants to happen recorded.*Mental capacity recorded.*Advocacy recorded.*Type, location or source of risk changed/s,
      )
      expect(enquiryPage).not.toContain('record desired outcomes')
      expect(enquiryPage).toContain('supported by: a family member')
      expect(enquiryPage).toMatch(/name="supportedBy" type="radio" checked="" value="family-member"/)
      expect(enquiryPage).toMatch(/name="sourceOfRisk" type="radio" checked="" value="other-known-to-individual"/)

      const refused = await lead.submit(`${base}/close`, { outcomesAchieved: 'partly', summary: 'Bank card cancelled' })
      expect(refused.status).toBe(400)
      const refusedPage = await html(refused)
      expect(refusedPage).toMatch(/<title>Error: Close the enquiry/)
      expect(refusedPage).toContain('<a href="#riskOutcome">An enquiry cannot close without a recorded risk outcome')
      expect(refusedPage).toContain('Bank card cancelled')

      // The finding and the action apart (SAC SG2c), and what became of the risk found (SG2e).
      const noResult = await lead.submit(`${base}/close`, {
        riskOutcome: 'identified',
        actionTaken: 'yes',
        action: 'Bank card cancelled',
        outcomesAchieved: 'partly',
      })
      expect(await html(noResult)).toContain(
        '<a href="#result">A risk was identified: say whether it remained, was reduced or was removed',
      )
      const closed = await lead.submit(`${base}/close`, {
        riskOutcome: 'identified',
        actionTaken: 'yes',
        result: 'reduced',
        action: 'Bank card cancelled; money managed by the council for now',
        outcomesAchieved: 'partly',
      })
      expect(closed.status).toBe(302)
      const closedPage = await html(lead.get(`${base}/enquiry`))
      expect(closedPage).toMatch(/Closed \d+ \w+ \d{4}/)
      expect(closedPage).toContain('Risk identified and action taken; risk reduced')
      // A closed enquiry shows what was done and whether the person's wishes were met (issue 19).
      expect(closedPage).toContain('Bank card cancelled; money managed by the council for now')
      expect(closedPage).toMatch(/Were the outcomes the person wanted achieved\?<\/dt><dd[^>]*>Partly</)
      // A closed enquiry is final: its close page is gone.
      expect((await lead.get(`${base}/close`)).status).toBe(404)
      expect((await auditFor(reference)).map((entry) => entry.action)).toEqual(
        expect.arrayContaining([
          'safeguarding-section42.decide',
          'safeguarding-enquiry.open',
          'safeguarding-enquiry.change',
          'safeguarding-enquiry.close',
        ]),
      )
    })

    it('shows the annual counts with small numbers hidden, and downloads them as CSV', async () => {
      const concerns = await countIn(portal, 'select count(*) as n from safeguarding_concerns')
      expect(concerns).toBeGreaterThanOrEqual(5)
      const text = await freshlyCounted(admin, '/safeguarding/counts')
      expect(text).toMatch(/Counted at \d\d:\d\d on \d+ \w+ \d{4}/)
      expect(text).toContain('Safeguarding concerns received')
      const cell = (label: string) =>
        new RegExp(`${label}</th><td class="govuk-table__cell govuk-table__cell--numeric">([^<]*)</td>`).exec(text)?.[1]
      // Every concern in this run arrived this year; the one section 42 enquiry is a small number, shown as *.
      expect(cell('Concerns')).toBe(String(concerns))
      expect(cell('Section 42 enquiries')).toBe('*')
      const csv = await admin.get('/safeguarding/counts.csv')
      expect(csv.status).toBe(200)
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(csv.headers.get('content-disposition')).toMatch(
        /attachment; filename="safeguarding-counts-\d{4}-\d{2}\.csv"/,
      )
      const lines = (await csv.text()).split('\r\n')
      expect(lines[0]).toBe('Reporting year,Table,Row,Count,Suppression')
      expect(lines.find((line) => line.includes(',Safeguarding concerns received,Concerns,'))).toMatch(
        new RegExp(`,${concerns},$`),
      )
      expect(lines.find((line) => line.includes(',Enquiries started,Section 42 enquiries,'))).toMatch(
        /,\*,hidden: between 1 and 4$/,
      )
      expect((await lead.get('/safeguarding/counts?year=2024')).status).toBe(200)
      // Counts never counted yet are queued by the page, which says so rather than waiting for them.
      expect(await html(lead.get('/safeguarding/counts?year=2023'))).toContain('These figures are being counted')
      expect(await html(admin.get('/safeguarding/counts?year=1066'))).toContain('Choose a reporting year from 2000-01')
    })
  })

  describe('risks I choose to take', () => {
    it('lets the person record a risk rated on the council matrix, and a practitioner agree it', async () => {
      const base = `/people/${alex.id}/risks`
      const missing = await citizen.submit(base, {
        risk: 'Going to football on my own',
        whoseRisk: 'the-person',
        likelihood: '3',
      })
      expect(missing.status).toBe(400)
      const missingPage = await html(missing)
      expect(missingPage).toContain('<a href="#benefit">Describe the benefit to the person of taking this risk</a>')
      expect(missingPage).toContain(
        '<a href="#impact">Impact must be a whole number from 1 (Very small) to 5 (Very serious)</a>',
      )

      const saved = await citizen.submit(base, {
        risk: 'Going to football on my own',
        whoseRisk: 'the-person',
        personsView: 'It is my team and my life',
        benefit: 'Seeing my mates',
        howReduced: 'Phone charged; I text my sister at half time',
        likelihood: '3',
        impact: '3',
      })
      expect(saved.status).toBe(302)
      const list = await html(lead.get(base))
      // The example county's own matrix, not the national default: score 9 is "Moderate" there.
      expect(list).toContain('Moderate: agree how it is reduced')
      expect(list).toContain(
        'Matrix: Northmoor positive risk-taking matrix (5 x 5, four bands), version 2026-04 (northmoor-positive-risk)',
      )
      const riskId = /href="\/people\/[^/]+\/risks\/([^"]+)"/.exec(list)?.[1]
      expect(riskId).toBeDefined()

      expect((await citizen.get(`${base}/${riskId}`)).status).toBe(403)
      const notAgreed = await lead.submit(`${base}/${riskId}`, {
        outcome: 'not-agreed',
        reviewDay: '1',
        reviewMonth: '1',
        reviewYear: '2099',
      })
      expect(notAgreed.status).toBe(400)
      expect(await html(notAgreed)).toContain(
        'Not agreed: give the reason, so the decision can be explained and challenged',
      )
      const agreed = await lead.submit(`${base}/${riskId}`, {
        personsView: 'It is my team and my life',
        outcome: 'agreed',
        personTookPart: 'yes',
        reviewDay: '1',
        reviewMonth: '6',
        reviewYear: '2099',
      })
      expect(agreed.status).toBe(302)
      const after = await html(citizen.get(base))
      expect(after).toMatch(/Agreed on .* by Alex Morgan \(the person\), Dana Ellis \(practitioner\)/)
      expect(after).toContain('Review by 1 June 2099')
    })
  })

  describe('who may see concerns', () => {
    it('lets a council administrator authorise a practitioner and withdraw it, taking effect at once and audited', async () => {
      const handle = await openPortalDatabase(portal)
      const una = await handle.repos.users.findByEmail('unlisted.practitioner@example.org')
      await handle.close()
      expect(una).toBeDefined()
      const page = await html(admin.get('/admin/safeguarding-staff'))
      expect(page).toMatch(
        /Una Listed<br\/><span class="govuk-hint govuk-!-margin-bottom-0">unlisted.practitioner@example.org<\/span><\/td><td class="govuk-table__cell">No</,
      )
      expect((await unauthorised.get('/safeguarding')).status).toBe(404)

      expect((await admin.submit('/admin/safeguarding-staff', { userId: una?.id ?? '', change: 'grant' })).status).toBe(
        302,
      )
      expect((await unauthorised.get('/safeguarding')).status).toBe(200)
      expect(await html(admin.get('/admin/safeguarding-staff?changed=grant'))).toContain('Authorisation granted.')

      expect(
        (await admin.submit('/admin/safeguarding-staff', { userId: una?.id ?? '', change: 'withdraw' })).status,
      ).toBe(302)
      expect((await unauthorised.get('/safeguarding')).status).toBe(404)

      const entries = await portalSql(
        portal,
        "select action from audit_log where resource = ? and action like 'safeguarding.%' order by id",
        `user:${una?.id}`,
      )
      expect(entries.map((entry) => entry.action)).toEqual(['safeguarding.staff-grant', 'safeguarding.staff-withdraw'])
    })

    it('refuses a change it does not know, or authorising someone who is not a practitioner, and says why', async () => {
      const unknown = await admin.submit('/admin/safeguarding-staff', { userId: 'anyone', change: 'delete' })
      expect(unknown.status).toBe(400)
      const unknownPage = await html(unknown)
      expect(unknownPage).toContain('<title>Error: ')
      expect(unknownPage).toContain('Choose whether to grant or withdraw the authorisation')
      const handle = await openPortalDatabase(portal)
      const finance = await handle.repos.users.findByEmail(account('finance').email)
      await handle.close()
      const notPractitioner = await admin.submit('/admin/safeguarding-staff', {
        userId: finance?.id ?? '',
        change: 'grant',
      })
      expect(notPractitioner.status).toBe(400)
      expect(await html(notPractitioner)).toContain('Only a practitioner can be safeguarding-authorised')
    })
  })

  describe('start-up', () => {
    it('refuses to start with a risk matrix that leaves scores without a label, naming the plugin and the field', async () => {
      const { code, output } = await engine.runExpectingExit({
        OPEN_SDS_PLUGINS: path.join(import.meta.dirname, 'fixtures', 'plugin-bad-risk-matrix.mjs'),
      })
      expect(code).toBe(1)
      expect(output).toContain('gappy-matrix-council')
      expect(output).toContain('riskMatrix.matrix.thresholds.1.min')
      expect(output).toContain('scores 5 to 9 would have no label')
      expect(output).not.toMatch(/^\s+at /m)
    })
  })
})
