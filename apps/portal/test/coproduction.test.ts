import { freshlyCounted } from './support/counted-figures'
import path from 'node:path'
import { HistoryWriter, responseGoneMessage, type AnyDatabaseHandle } from '@open-sds/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PortalClient } from '@open-sds/portal-harness'
import { demoAccount as account } from './support/demo-account'
import { openPortalDatabase, portalEngines, portalFor } from './support/engines'
import { countIn, portalSql } from './support/portal-sql'
import { htmlOf } from './support/page-html'

const text = htmlOf
const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''

type Row = Record<string, unknown>

describe.each(portalEngines())('$name', (engine) => {
  const portal = portalFor(engine, {
    env: {
      // The organisation's surveys in the county's instance: the county comes last, so its services are the instance's.
      OPEN_SDS_PLUGINS: '@open-sds/plugin-example-ulo,@open-sds/plugin-example-county',
      OPEN_SDS_LA_CODE: 'E10000006',
    },
  })
  let database: AnyDatabaseHandle
  const clients: Record<'ulo' | 'admin' | 'citizen', PortalClient> = {} as never

  beforeAll(async () => {
    database = await openPortalDatabase(portal)
    for (const [name, key] of [
      ['ulo', 'ulo-admin'],
      ['admin', 'council-admin'],
      ['citizen', 'citizen'],
    ] as const) {
      clients[name] = new PortalClient(portal.url)
      await clients[name].signIn(account(key).email, account(key).password)
    }
  })

  afterAll(async () => {
    await database?.close()
  })

  const responseRows = (): Promise<Row[]> => portalSql(portal, 'select * from coproduction_responses')
  const auditEntries = () => countIn(portal, 'select count(*) as n from audit_log')

  describe('answering a survey', () => {
    it('an anonymous answer to an open survey stores no identifier: no account, no address, no time, no link', async () => {
      const visitor = new PortalClient(portal.url)
      const before = new Set((await responseRows()).map((row) => row.id))
      const auditBefore = await auditEntries()
      const sent = await visitor.submit('/surveys/care-experience-2026', {
        variant: 'standard',
        'find-information': '4',
        'anything-else': 'The new leaflet was clear',
      })
      expect(sent.status).toBe(302)
      expect(sent.headers.get('location')).toBe('/surveys/care-experience-2026?sent=1')
      const [row] = (await responseRows()).filter((candidate) => !before.has(candidate.id))
      expect(Object.keys(row ?? {}).sort()).toEqual([
        'answers',
        'id',
        'kind',
        'respondent_user_id',
        'submitted_at',
        'submitted_on',
        'survey_ref',
        'variant',
      ])
      expect(row).toMatchObject({ kind: 'anonymous', respondent_user_id: null, submitted_at: null })
      expect(String(row?.submitted_on)).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      // The answers as stored, in text (node-postgres would hand PostgreSQL's json column over already parsed).
      const [stored] = await portalSql(
        portal,
        'select cast(answers as text) as answers from coproduction_responses where id = ?',
        row?.id,
      )
      expect(String(stored?.answers)).toContain('The new leaflet was clear')
      expect(String(stored?.answers)).not.toMatch(/127\.0\.0\.1|csrf/)
      expect(await auditEntries()).toBe(auditBefore)
    })

    it('a signed-in person who chooses to answer anonymously leaves no trace of their account on the response', async () => {
      const [citizen] = await portalSql(portal, 'select id from users where email = ?', account('citizen').email)
      const citizenId = String(citizen?.id)
      const page = await text(await clients.citizen.get('/surveys/care-experience-2026'))
      expect(page).toContain('How do you want to answer?')
      const before = new Set((await responseRows()).map((row) => row.id))
      const sent = await clients.citizen.submit('/surveys/care-experience-2026', {
        variant: 'easy-read',
        respondAs: 'anonymous',
        'find-information': '2',
      })
      expect(sent.status).toBe(302)
      const [row] = (await responseRows()).filter((candidate) => !before.has(candidate.id))
      expect(JSON.stringify(row)).not.toContain(citizenId)
      expect(row).toMatchObject({ kind: 'anonymous', variant: 'easy-read', respondent_user_id: null })
      const named = await clients.citizen.submit('/surveys/care-experience-2026', {
        variant: 'standard',
        respondAs: 'named',
        'find-information': '5',
      })
      expect(named.status).toBe(302)
      expect((await responseRows()).some((candidate) => candidate.respondent_user_id === citizenId)).toBe(true)
    })

    it('keeps the answers and names the question when a required one is missed', async () => {
      const visitor = new PortalClient(portal.url)
      const response = await visitor.submit('/surveys/care-experience-2026', {
        variant: 'standard',
        'anything-else': 'Kept when the form comes back',
      })
      expect(response.status).toBe(400)
      const html = await text(response)
      expect(titleOf(html)).toMatch(/^Error: /)
      expect(html).toContain('href="#find-information"')
      expect(html).toContain('this question needs an answer')
      expect(html).toContain('Kept when the form comes back')
    })

    it('a one-time link used twice: the second use is refused with a clear message and stores nothing', async () => {
      const made = await text(
        await clients.ulo.submit('/coproduction/surveys/peer-support-2026', { count: '1', days: '30' }),
      )
      const link = /<code>([^<]+)<\/code>/.exec(made)?.[1]?.replaceAll('&amp;', '&')
      expect(link).toMatch(/\/surveys\/peer-support-2026\?link=/)
      const path = new URL(link!).pathname + new URL(link!).search
      const visitor = new PortalClient(portal.url)
      const first = await visitor.submit(path, {
        variant: 'standard',
        link: new URL(link!).searchParams.get('link')!,
        'group-satisfaction': '5',
      })
      expect(first.status).toBe(302)
      const count = (await responseRows()).length
      const page = await visitor.get(path)
      expect(page.status).toBe(410)
      expect(await text(page)).toContain('This link has already been used')
      // The same form sent again, as from a second tab opened before the first was sent.
      const secondTab = new PortalClient(portal.url)
      const token =
        /name="csrf" value="([^"]*)"/.exec(await text(await secondTab.get('/surveys/care-experience-2026')))?.[1] ?? ''
      const replay = await secondTab.post(path, {
        csrf: token,
        variant: 'standard',
        link: new URL(link!).searchParams.get('link')!,
        'group-satisfaction': '1',
      })
      expect(replay.status).toBe(410)
      expect(await text(replay)).toContain('This link has already been used')
      expect((await responseRows()).length).toBe(count)
    })

    it('a survey answered only through a link tells a visitor without one what to do', async () => {
      const html = await text(await new PortalClient(portal.url).get('/surveys/peer-support-2026'))
      expect(html).toContain('Sign in to answer this survey, or use the link you were sent.')
      expect(html).not.toContain('Send your answers')
    })
  })

  describe('moderation and publishing', () => {
    it('a decision on a response that no longer exists gets a clear message, and a published comment appears on the public page', async () => {
      const visitor = new PortalClient(portal.url)
      await visitor.submit('/surveys/care-experience-2026', {
        variant: 'standard',
        'find-information': '3',
        'anything-else': 'Please ring me at home, I am at 4 Mill Lane',
      })
      await visitor.submit('/surveys/care-experience-2026', {
        variant: 'standard',
        'find-information': '4',
        'anything-else': 'Large print letters would help',
      })
      const pending = await database.repos.coproduction.pendingComments()
      const gone = pending.find((comment) => comment.text.includes('Mill Lane'))!
      const keep = pending.find((comment) => comment.text.includes('Large print'))!
      // The person withdraws the first response before anyone moderates it.
      expect((await database.repos.coproduction.withdrawResponse(gone.responseId)).ok).toBe(true)
      const refused = await clients.ulo.submit('/coproduction/moderation', {
        item: '0',
        responseId: gone.responseId,
        questionId: gone.questionId,
        decision: 'publish',
      })
      expect(refused.status).toBe(409)
      const html = await text(refused)
      expect(titleOf(html)).toMatch(/^Error: /)
      expect(html).toContain(responseGoneMessage)
      const published = await clients.ulo.submit('/coproduction/moderation', {
        item: '0',
        responseId: keep.responseId,
        questionId: keep.questionId,
        decision: 'publish',
      })
      expect(published.status).toBe(302)
      const feedback = await text(await new PortalClient(portal.url).get('/feedback'))
      expect(feedback).toContain('Large print letters would help')
      expect(feedback).not.toContain('Mill Lane')
      expect(feedback).not.toContain('The new leaflet was clear') // not moderated yet
    })

    it('withholding needs a reason, and the typed reason is not lost', async () => {
      const [comment] = await database.repos.coproduction.pendingComments()
      const response = await clients.ulo.submit('/coproduction/moderation', {
        item: '0',
        responseId: comment!.responseId,
        questionId: comment!.questionId,
        decision: 'withhold',
      })
      expect(response.status).toBe(400)
      expect(await text(response)).toContain('Say why the comment is withheld')
    })

    it('keeps the you said, we did log, published at once on the public page', async () => {
      const added = await clients.ulo.submit('/coproduction/you-said-we-did', {
        intent: 'new',
        theme: 'Information and advice',
        whatPeopleSaid: 'Letters are hard to read',
        action: 'Every letter offered in large print and Easy Read',
        owner: 'Communications team',
        raisedOnDay: '15',
        raisedOnMonth: '1',
        raisedOnYear: '2026',
      })
      expect(added.status).toBe(302)
      const missing = await clients.ulo.submit('/coproduction/you-said-we-did', {
        intent: 'new',
        theme: '',
        whatPeopleSaid: 'x',
        action: 'y',
        owner: 'z',
        raisedOnDay: '15',
        raisedOnMonth: '',
        raisedOnYear: '2026',
        targetOnDay: '',
        targetOnMonth: '',
        targetOnYear: '',
      })
      expect(missing.status).toBe(400)
      const missingHtml = await text(missing)
      expect(missingHtml).toContain('Enter the theme')
      // Issue 19: day, month and year fields; the part that is missing is named and what was typed is kept.
      expect(missingHtml).toContain('The date it was raised must include a month')
      expect(missingHtml).toMatch(/id="raisedOnYear" name="raisedOnYear" type="text" inputMode="numeric" value="2026"/)
      const empty = await clients.ulo.submit('/coproduction/you-said-we-did', {
        intent: 'new',
        theme: 'Transport',
        whatPeopleSaid: 'x',
        action: 'y',
        owner: 'z',
      })
      expect(empty.status).toBe(400)
      expect(await text(empty)).toContain('Enter the date it was raised')
      const feedback = await text(await new PortalClient(portal.url).get('/feedback'))
      expect(feedback).toContain('Every letter offered in large print and Easy Read')
      expect(feedback).toContain('Communications team')
      // Dates read as GOV.UK writes them (issue 19), not as the form's YYYY-MM-DD.
      expect(feedback).toContain('Raised 15 January 2026')
      expect(feedback).not.toContain('2026-01-15')
    })

    it('takes the date an action was done as day, month and year, needed for done and only then (issue 19)', async () => {
      const log = '/coproduction/you-said-we-did'
      const page = await text(await clients.ulo.get(log))
      const section = page.slice(page.indexOf('Every letter offered in large print and Easy Read'))
      const recordId = /name="recordId" value="([^"]+)"/.exec(section)?.[1] ?? ''
      const version = /name="version" value="(\d+)"/.exec(section)?.[1] ?? ''
      const status = (state: string, day: string, month: string, year: string) =>
        clients.ulo.submit(log, {
          intent: 'status',
          recordId,
          version,
          state,
          [`doneOn-${recordId}Day`]: day,
          [`doneOn-${recordId}Month`]: month,
          [`doneOn-${recordId}Year`]: year,
        })
      expect(page).toContain(`id="doneOn-${recordId}Day" name="doneOn-${recordId}Day" type="text" inputMode="numeric"`)
      const empty = await status('done', '', '', '')
      expect(empty.status).toBe(400)
      const emptyHtml = await text(empty)
      expect(emptyHtml).toContain(`<a href="#doneOn-${recordId}Day">Enter the date it was done</a>`)
      const noMonth = await status('done', '20', '', '2026')
      expect(noMonth.status).toBe(400)
      const noMonthHtml = await text(noMonth)
      expect(noMonthHtml).toContain('The date it was done must include a month')
      expect(noMonthHtml).toContain(
        `id="doneOn-${recordId}Year" name="doneOn-${recordId}Year" type="text" inputMode="numeric" value="2026"`,
      )
      // While the action is not done, the date may be left empty.
      expect((await status('in-progress', '', '', '')).status).toBe(302)
      const done = await clients.ulo.submit(log, {
        intent: 'status',
        recordId,
        version: String(Number(version) + 1),
        state: 'done',
        [`doneOn-${recordId}Day`]: '20',
        [`doneOn-${recordId}Month`]: '1',
        [`doneOn-${recordId}Year`]: '2026',
      })
      expect(done.status).toBe(302)
      expect(await text(await new PortalClient(portal.url).get('/feedback'))).toContain('done 20 January 2026')
      // Shown again in the boxes, so saving the status again keeps the date.
      expect(await text(await clients.ulo.get(log))).toContain(
        `id="doneOn-${recordId}Month" name="doneOn-${recordId}Month" type="text" inputMode="numeric" value="1"`,
      )
    })
  })

  describe('published figures never show a count under 5', () => {
    it('the public results hide small counts and the counts that would give them away', async () => {
      const html = await text(await new PortalClient(portal.url).get('/feedback'))
      const section = html.slice(html.indexOf('Results: Your care and support'))
      // Answers so far to find-information: 4, 2, 5, 3, 4 (a handful each): every option is hidden.
      for (const label of ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree']) {
        expect(section).toMatch(new RegExp(`>${label}</th><td[^>]*>(\\*|0)</td>`))
      }
      expect(section).toContain('Counts from 1 to 4 are shown as *')
      expect(html).not.toMatch(/(Responses|Answered|Written answers): [1-4]\./)
    })
  })

  describe('Client Level Data return', () => {
    it('a quarter that cannot be read gives a clear message, not an empty file', async () => {
      const response = await clients.admin.get('/admin/client-level-data.csv?quarter=2001-Q1')
      expect(response.status).toBe(302)
      const location = response.headers.get('location')!
      const html = await text(await clients.admin.get(location))
      expect(titleOf(html)).toMatch(/^Error: /)
      expect(html).toContain('Client Level Data began on 1 April 2023: choose 2023-Q1 or a later quarter')
    })

    // This writes a care history into the running portal's database with HistoryWriter, which writes SQLite rows alone
    // (the db package's tests copy such rows into an empty PostgreSQL database; this one is not empty): SQLite only.
    if (engine.name === 'SQLite')
      it('a rolling twelve months downloads as CSV in the national spelling; a value off the lists stops it and names the person to put right', async () => {
        sqliteOf(database)
          .prepare(
            "insert into users (id, email, display_name, password_hash, role, created_at) values ('history-writer', 'history@example.org', 'History', 'x', 'practitioner', 0)",
          )
          .run()
        const writer = new HistoryWriter(sqliteOf(database), 'history-writer')
        const details = {
          nhsNumber: '9990000042',
          gender: 'female',
          ethnicity: 'white-british',
          postcode: 'NM3 1AA',
          primarySupportReason: 'physical-personal-care',
          accommodationStatus: 'owner-occupier',
          hasUnpaidCarer: false,
          clientFundingStatus: 'fully-social-care-funded',
        }
        const person = writer.person(new Date('2025-04-01T00:00:00Z'), '1950-06-01', details)
        const assessment = writer.assessment(
          person,
          new Date('2025-04-02T09:00:00Z'),
          new Date('2025-04-03T09:00:00Z'),
          32_050,
        )
        writer.decision(assessment, person, new Date('2025-04-10T09:00:00Z'), true, 32_050)
        writer.plan(person, { directPaymentPence: 32_050, managedPence: 0, isfPence: 0 }, [
          { action: 'create', to: 'draft', at: new Date('2025-04-12T09:00:00Z') },
          { action: 'submit', to: 'submitted', at: new Date('2025-04-20T09:00:00Z') },
          { action: 'approve', to: 'approved', at: new Date('2025-05-01T09:00:00Z') },
        ])
        const page = await freshlyCounted(clients.admin, '/admin/client-level-data?quarter=2025-Q4&release=R2')
        expect(page).toContain('The file is ready')
        expect(page).toMatch(/Made at \d\d:\d\d on \d+ \w+ \d{4}, from the records as they were then/)
        const response = await clients.admin.get('/admin/client-level-data.csv?quarter=2025-Q4&release=R2')
        expect(response.status).toBe(200)
        expect(response.headers.get('content-disposition')).toContain('client-level-data-E10000006-2025-Q4-R2.csv')
        const lines = (await response.text()).trim().split('\r\n')
        expect(lines[0]).toMatch(
          /^LA_Code,Reporting_Period_Start_Date,Reporting_Period_End_Date,NHS_Number,LA_Person_Unique_Identifier/,
        )
        const mine = lines.filter((line) => line.includes(person))
        expect(mine.map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
          'E10000006,2025-04-01,2026-03-31',
          'E10000006,2025-04-01,2026-03-31',
          'E10000006,2025-04-01,2026-03-31',
        ])
        expect(mine.find((line) => line.includes(',Service,'))).toContain(
          'Long term support: Community,Direct payment,Direct payment,,,,,,320.50,Weekly,1',
        )
        const [audit] = await portalSql(
          portal,
          "select cast(detail as text) as detail from audit_log where action = 'client-level-data.export' order by id desc limit 1",
        )
        expect(JSON.parse(String(audit?.detail))).toMatchObject({ requests: 1, assessments: 1, services: 1 })

        // A value brought in from elsewhere that is not on the national list: nothing is made, and the person is named.
        await portalSql(portal, "update person_return_details set ethnicity = 'martian' where person_id = ?", person)
        // The file made before the change is still the one on offer until it is made again.
        expect((await clients.admin.get('/admin/client-level-data.csv?quarter=2025-Q4&release=R2')).status).toBe(200)
        await freshlyCounted(clients.admin, '/admin/client-level-data?quarter=2025-Q4&release=R2')
        const refused = await clients.admin.get('/admin/client-level-data.csv?quarter=2025-Q4&release=R2')
        expect(refused.status).toBe(302)
        const listed = await text(await clients.admin.get(refused.headers.get('location')!))
        expect(titleOf(listed)).toMatch(/^Error: /)
        expect(listed).toContain('1 record needs putting right before the file can be made')
        expect(listed).toContain(`href="/people/${person}/return-details"`)
        expect(listed).toContain('Ethnicity &quot;martian&quot; is not one of the national values for Ethnicity')
        // The link leads to the form that puts it right, which says what was recorded.
        const form = await text(await clients.admin.get(`/people/${person}/return-details`))
        expect(form).toContain('Ethnic group is recorded as “martian”, which is not on the national list: choose one.')
      })
  })

  describe('start-up', () => {
    it('a plugin whose survey is tied to a statement nobody supplies stops the start, naming the plugin and the field', async () => {
      const { code, output } = await engine.runExpectingExit({
        OPEN_SDS_PLUGINS: path.resolve(import.meta.dirname, 'fixtures/plugin-bad-survey.mjs'),
      })
      expect(code).toBe(1)
      expect(output).toContain('Plugin "muddled-voice"')
      expect(output).toContain('surveys.sets.0.surveys.0.questions.0.link.statementId')
      expect(output).toContain('"feel-listened-to"')
      expect(output).not.toMatch(/^\s+at /m)
    })
  })
})

function sqliteOf(database: AnyDatabaseHandle) {
  if (database.engine !== 'sqlite') throw new Error('test setup: HistoryWriter writes to SQLite only')
  return database.sqlite
}
