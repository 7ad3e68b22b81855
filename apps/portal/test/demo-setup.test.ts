import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { demoAccounts, demoPeople, openDatabase } from '@open-sds/db'
import { reportingYearOf, ukDateOf } from '@open-sds/safeguarding'
import { PortalClient } from '@open-sds/portal-harness'
import { afterAll, describe, expect, it } from 'vitest'
import { freshlyCounted } from './support/counted-figures'
import { demoAccount } from './support/demo-account'
import { htmlOf, wordsOf } from './support/page-html'
import { startPortal } from './support/portal-process'

const portalDir = fileURLToPath(new URL('..', import.meta.url))
const folder = mkdtempSync(path.join(os.tmpdir(), 'open-sds-demo-setup-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function setUp(port: string, ...args: string[]) {
  return setUpWith({ NODE_ENV: 'production' }, port, ...args)
}

function setUpWith(overrides: NodeJS.ProcessEnv, port: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...overrides,
    PORT: port,
    DATABASE_PATH: path.join(folder, `portal-${port}.sqlite`),
    OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county',
  }
  return spawnSync(process.execPath, ['scripts/db-setup.js', ...args], { cwd: portalDir, env, encoding: 'utf8' })
}

// Issue 19, "The demo": `npm run demo` prints the demo accounts with the address, so nobody has to look them up.
describe('node scripts/db-setup.js, as npm run demo runs it', () => {
  it('prints where the portal will be and every demo account with its password', () => {
    const setup = setUp('3377')
    expect(setup.status).toBe(0)
    expect(setup.stdout).toContain('the portal is at http://127.0.0.1:3377')
    for (const account of demoAccounts) {
      const line = setup.stdout.split('\n').find((text) => text.includes(account.email))
      expect(line, account.email).toContain(account.password)
    }
  })

  // Issue 18, decision 027: until messages can be sent, their links go to the outbox the demo shows.
  it('says where the outbox is when it sets up a demo, and refuses a demo in production', () => {
    const demo = setUpWith({ NODE_ENV: 'development', OPEN_SDS_DEMO: 'true' }, '3520')
    expect(demo.status).toBe(0)
    expect(demo.stdout).toContain('shown at http://127.0.0.1:3520/outbox')
    expect(setUp('3521').stdout).not.toContain('/outbox')
    const refused = setUpWith({ NODE_ENV: 'production', OPEN_SDS_DEMO: 'true' }, '3522')
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('cannot run in production')
  })

  it('prints no accounts when it only migrates (--no-seed), since there are none', () => {
    const setup = setUp('3378', '--no-seed')
    expect(setup.status).toBe(0)
    expect(setup.stdout).not.toContain('@example.org')
  })
})

// Issue 19, "The demo": enough survey answers and history that the dashboards and published results show figures.
// Each test sets up a demo with 400 people's three-year histories: longer than the suite's default allows.
describe(
  'the demo with its fictional survey answers, care histories and safeguarding concerns (--sample-history)',
  { timeout: 120_000 },
  () => {
    it('publishes survey results, progress measures and safeguarding counts as numbers, not only "*"', async () => {
      const portal = await startPortal({
        env: { OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county' },
        sampleHistory: true,
      })
      try {
        const feedback = await htmlOf(await new PortalClient(portal.url).get('/feedback'))
        expect(feedback).toContain('Responses: 40.')
        expect(feedback).toMatch(/Agree or strongly agree: \d+%/)
        // Issue 14: the demo citizen's "Your money" shows payments made, a balance from his return and a question.
        const alex = new PortalClient(portal.url)
        await alex.signIn(demoAccount('citizen').email, demoAccount('citizen').password)
        const money = await htmlOf(await alex.get(`/people/${demoPeople[0].id}/money`))
        expect(money).not.toContain('No payments have been made yet.')
        expect(money).toContain('Closing balance on each return')
        expect(wordsOf(money)).toContain('Gym membership')
        // Issue 14: Alex's own page speaks to him; the finance officer reads his name in the same explanation.
        expect(wordsOf(money)).toMatch(/Paid net: the assessed charge of £[\d,.]+ a week is taken off; you pay it into/)
        expect(wordsOf(money)).not.toMatch(/the person pays|Alex Morgan pays/)
        const finance = new PortalClient(portal.url)
        await finance.signIn(demoAccount('finance').email, demoAccount('finance').password)
        const caseload = await htmlOf(await finance.get('/finance/direct-payments'))
        const alexs = /href="\/finance\/direct-payments\/([^"#/]+)"[^>]*>Alex Morgan</.exec(caseload)?.[1]
        const officerReads = wordsOf(await htmlOf(await finance.get(`/finance/direct-payments/${alexs ?? ''}`)))
        expect(officerReads).toMatch(/a week is taken off; Alex Morgan pays it into the account/)
        expect(officerReads).not.toMatch(/the person pays|you pay/)
        const admin = new PortalClient(portal.url)
        await admin.signIn(demoAccount('council-admin').email, demoAccount('council-admin').password)
        // The figures are counted off the request path after start-up (decision 022); give the count a minute.
        let progress = ''
        for (let attempt = 0; attempt < 60 && !progress.includes('Counted at'); attempt += 1) {
          if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 1000))
          progress = await htmlOf(await admin.get('/admin/progress'))
        }
        const eligible = /People with eligible needs<\/[^>]+>\s*<td[^>]*>([\d,]+)</.exec(progress)?.[1]
        expect(Number(eligible?.replace(',', ''))).toBeGreaterThanOrEqual(5)
        // Issue 19: the annual safeguarding counts show figures too, from fictional concerns and enquiries. Last
        // reporting year is always a whole year of them, whatever day the test runs.
        const lastYear = reportingYearOf(ukDateOf(new Date())) - 1
        const counts = await freshlyCounted(admin, `/safeguarding/counts?year=${String(lastYear)}`)
        const cell = (label: string) =>
          new RegExp(`${label}</th><td class="govuk-table__cell govuk-table__cell--numeric">([^<]*)</td>`).exec(
            counts,
          )?.[1]
        for (const label of [
          'Concerns',
          'Section 42 enquiries',
          'Other enquiries',
          'Neglect and acts of omission',
          'Own home',
        ])
          expect(Number(cell(label)), label).toBeGreaterThanOrEqual(5)
        expect(Number(cell('Risk identified and action taken'))).toBeGreaterThanOrEqual(5)
        expect(Number(cell('Yes, they were asked and outcomes were expressed: fully achieved'))).toBeGreaterThanOrEqual(
          5,
        )
      } finally {
        await portal.stop()
      }
    })

    // Issue 18: a demo with nothing due shows nobody what a team's morning looks like.
    it('gives the staff work waiting: an overdue plan review, and a financial assessment to confirm in the queue', async () => {
      const portal = await startPortal({
        env: { OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county' },
        sampleHistory: true,
      })
      try {
        const practitioner = new PortalClient(portal.url)
        await practitioner.signIn(demoAccount('practitioner').email, demoAccount('practitioner').password)
        const due = await htmlOf(await practitioner.get('/work/due'))
        expect(due).toMatch(/Margaret Quinn<\/[^>]+>(<\/t[dh]>)?\s*<td[^>]*>(<strong>)?Overdue by \d+ days/)
        const finance = new PortalClient(portal.url)
        await finance.signIn(demoAccount('finance').email, demoAccount('finance').password)
        expect(await htmlOf(await finance.get('/work/due'))).toMatch(
          /Margaret Quinn<\/[^>]+>(<\/t[dh]>)?\s*<td[^>]*>\d+ \w+ \d{4}/,
        )
        const queue = await htmlOf(await finance.get('/work/queue'))
        expect(queue).toContain('Margaret Quinn')
        expect(queue).toContain('Financial assessment')
      } finally {
        await portal.stop()
      }
    })

    it('adds them once: setting the demo up again adds no more', () => {
      const counts = () => {
        const handle = openDatabase({ path: path.join(folder, 'portal-3379.sqlite'), migrate: false })
        try {
          const one = (sql: string) => (handle.sqlite.prepare(sql).get() as { n: number }).n
          return {
            people: one('select count(*) as n from people'),
            answers: one('select count(*) as n from coproduction_responses'),
            concerns: one('select count(*) as n from safeguarding_concerns'),
            enquiryEvents: one('select count(*) as n from safeguarding_enquiry_events'),
            directPayments: one('select count(*) as n from direct_payments'),
            returns: one('select count(*) as n from direct_payment_returns'),
            plans: one('select count(*) as n from support_plans'),
            financialAssessments: one('select count(*) as n from financial_assessments'),
          }
        } finally {
          handle.close()
        }
      }
      expect(setUp('3379', '--sample-history').status).toBe(0)
      const first = counts()
      expect(first.people).toBeGreaterThan(100)
      expect(first.concerns).toBeGreaterThan(100)
      expect(first.returns).toBe(2)
      expect(setUp('3379', '--sample-history').status).toBe(0)
      expect(counts()).toEqual(first)
    })
  },
)
