import { demoAccounts, demoPeople, seedDemoData, type AnyDatabaseHandle } from '@open-sds/db'
import { afterEach, describe, expect, it } from 'vitest'
import type { AppContext } from '~/.server/context'
import { tellOfDirectPaymentReviewsDue } from '~/.server/notify/direct-payment-review-notices'
import { tellOfReviewsDue } from '~/.server/notify/review-notices'
import { openPortalDatabase, portalEngines, portalFor } from './support/engines'
import { countIn } from './support/portal-sql'

// Issue 15, "What triggers one": a plan's review due, four weeks before, and when overdue, each once; a representative
// receives what they act on (a proxy who may only see the records is not asked to prepare for a review).
const joe = demoPeople.find((person) => person.key === 'joe')?.id ?? ''
const ravi = demoAccounts.find((account) => account.key === 'representative')
const seededAt = new Date('2026-12-03T09:00:00Z') // Joe's demo plan is due for review 14 days after: 17 December 2026.
const day = (iso: string) => new Date(`${iso}T08:00:00Z`)

describe.each(portalEngines())('telling people their plan review is due, on $name', (engine) => {
  let handle: AnyDatabaseHandle | undefined
  let remove: (() => Promise<void>) | undefined

  afterEach(async () => {
    await handle?.close()
    await remove?.()
    handle = undefined
    remove = undefined
  })

  async function joeAndThoseActingForHim() {
    const at = await engine.freshDatabase()
    remove = at.remove
    const opened = await openPortalDatabase(at)
    handle = opened
    await seedDemoData(opened, { hashPassword: () => 'scrypt$not-a-real-hash', now: seededAt })
    const accounts = await opened.withAudit(
      async (repos) => {
        const make = async (email: string, displayName: string) => {
          const made = await repos.users.create(
            { email, displayName, passwordHash: 'scrypt$x', role: 'citizen' },
            seededAt,
          )
          if (!made.ok) throw new Error('test setup')
          return made.value
        }
        const own = await make('joe@example.net', 'Joe Whitfield')
        await repos.people.grantAccess(own.id, joe, 'self', seededAt)
        const proxies: Record<string, string> = {}
        for (const [email, name, scope] of [
          ['kim@example.net', 'Kim Whitfield', 'send-forms'],
          ['sam@example.net', 'Sam Whitfield', 'see-records'],
        ] as const) {
          const proxy = await make(email, name)
          const asked = await repos.proxies.ask(
            { personId: joe, askedByUserId: own.id, proxyName: name, proxyEmail: email, relationship: 'Sister', scope },
            seededAt,
          )
          if (!asked.ok) throw new Error('test setup')
          const link = scope.padEnd(64, '0').replace(/[^0-9a-f]/g, 'a')
          const granted = {
            step: 'granted',
            byUserId: own.id,
            scope,
            verification: 'Phoned Joe',
            linkHash: link,
          } as const
          await repos.proxies.recordStep(asked.value.id, 0, granted, seededAt)
          await repos.proxies.recordStep(asked.value.id, 1, { step: 'accepted', byUserId: proxy.id }, seededAt)
          proxies[scope] = proxy.id
        }
        // Ravi, the demo's representative, recorded before proxies existed: he may do everything, so hears everything.
        const raviId = (await repos.users.findByEmail(ravi?.email ?? ''))?.id ?? ''
        await repos.people.grantAccess(raviId, joe, 'representative', seededAt)
        return proxies
      },
      () => ({ at: seededAt, action: 'demo-data.seed', resource: 'test' }),
    )
    const context = { database: opened, config: { publicUrl: 'https://care.example.gov.uk' } } as unknown as AppContext
    return { context, opened, accounts }
  }

  const told = (opened: AnyDatabaseHandle, purpose: string) =>
    opened.repos.outbox.listRecent().then((messages) =>
      messages
        .filter((message) => message.purpose === purpose)
        .map((message) => ({ to: message.toAddress, subject: message.subject, body: message.body }))
        .sort((a, b) => a.to.localeCompare(b.to)),
    )

  it('tells Joe and whoever may act on it four weeks before, then once overdue, and never twice', async () => {
    const { context, opened } = await joeAndThoseActingForHim()
    expect(await tellOfReviewsDue(context, day('2026-11-18'))).toEqual({ due: 0, overdue: 0 })

    expect(await tellOfReviewsDue(context, day('2026-11-19'))).toEqual({ due: 1, overdue: 0 })
    const due = await told(opened, 'review-due')
    expect(due.map((message) => message.to)).toEqual(['joe@example.net', 'kim@example.net', ravi?.email])
    expect(due[0]?.subject).toBe('The support plan is due for review')
    expect(due[0]?.body).toContain('reviewed by 17 December 2026')
    expect(due[0]?.body).toContain(`https://care.example.gov.uk/people/${joe}/plan`)
    expect(due[1]?.body).toContain('This is about the care of someone you act for.')

    // The next hour, the next day, and two runs at once (two processes): nothing more.
    expect(await tellOfReviewsDue(context, day('2026-11-19'))).toEqual({ due: 0, overdue: 0 })
    expect(await tellOfReviewsDue(context, day('2026-12-17'))).toEqual({ due: 0, overdue: 0 })
    expect(await told(opened, 'review-due')).toHaveLength(3)

    const both = await Promise.all([
      tellOfReviewsDue(context, day('2026-12-18')),
      tellOfReviewsDue(context, day('2026-12-18')),
    ])
    expect(both.map((sent) => sent.overdue).sort()).toEqual([0, 1])
    const overdue = await told(opened, 'review-overdue')
    expect(overdue.map((message) => message.to)).toEqual(['joe@example.net', 'kim@example.net', ravi?.email])
    expect(overdue[0]?.body).toContain('should have been reviewed by 17 December 2026')
    expect(await tellOfReviewsDue(context, day('2027-01-30'))).toEqual({ due: 0, overdue: 0 })

    const audited = await opened.repos.audit.listRecent()
    const notices = audited.filter((entry) => entry.action === 'support-plan.review-notice')
    expect(notices.map((entry) => entry.detail)).toEqual(
      expect.arrayContaining([
        { kind: 'due', reviewDate: '2026-12-17', accountsTold: 3 },
        { kind: 'overdue', reviewDate: '2026-12-17', accountsTold: 3 },
      ]),
    )
    expect(notices).toHaveLength(2)
  })

  // Issue 14: a direct payment's first review is due within six months of its first payment (regulation 7).
  it('tells Joe and whoever manages his money of his direct payment’s review, due then overdue, each once', async () => {
    const { context, opened } = await joeAndThoseActingForHim()
    const [plan] = (await opened.repos.supportPlans.listReviewDates()).filter((row) => row.personId === joe)
    const officer = (await opened.repos.users.findByEmail('kim@example.net'))?.id ?? ''
    await opened.withAudit(
      async (repos) => {
        const made = await repos.directPayments.createAgreement(
          {
            id: 'dp-joe',
            personId: joe,
            planId: plan?.planId ?? '',
            planVersion: 1,
            recipientRole: 'the-person',
            accountType: 'own-bank-account',
            basis: 'net',
            deliveryMechanism: 'direct-payment',
            startDate: '2026-06-20',
            weeklyPaymentPence: 10_000,
            costCentre: 'ASC-DP-01',
            agreement: { suspensions: [] },
            rulesVersion: 'test',
            createdByUserId: officer,
          },
          seededAt,
        )
        if (!made.ok) throw new Error(`test setup: ${JSON.stringify(made.errors)}`)
        return repos.directPayments.recordRun(
          {
            periodStart: '2026-06-20',
            periodEnd: '2026-07-17',
            paidOn: '2026-06-20',
            runByUserId: officer,
            payments: [
              {
                agreementId: 'dp-joe',
                reference: 'dp-joe/2026-06-20',
                kind: 'regular',
                periodStart: '2026-06-20',
                periodEnd: '2026-07-17',
                dueDate: '2026-06-20',
                pence: 40_000,
                explanation: [],
              },
            ],
          },
          seededAt,
        )
      },
      () => ({ at: seededAt, action: 'direct-payment.run', resource: 'test' }),
    )
    const aboutTheDirectPayment = async () =>
      (await opened.repos.outbox.listRecent())
        .filter((message) => message.link === `/people/${joe}/money`)
        .map((message) => ({
          to: message.toAddress,
          subject: message.subject,
          body: message.body,
          purpose: message.purpose,
        }))
        .sort((a, b) => a.to.localeCompare(b.to))
    // First paid 20 June 2026: the review is due by 20 December 2026, so Joe hears four weeks before, on 22 November.
    expect(await tellOfDirectPaymentReviewsDue(context, day('2026-11-21'))).toEqual({ due: 0, overdue: 0 })
    expect(await tellOfDirectPaymentReviewsDue(context, day('2026-11-22'))).toEqual({ due: 1, overdue: 0 })
    const due = await aboutTheDirectPayment()
    // Sam may only see the records: he is not asked about a review of money he does not manage.
    expect(due.map((message) => message.to)).toEqual(['joe@example.net', 'kim@example.net', ravi?.email])
    expect(due[0]).toMatchObject({ subject: 'The direct payment is due for review', purpose: 'review-due' })
    expect(due[0]?.body).toContain('due to be reviewed by 20 December 2026')
    expect(due[0]?.body).toContain(`https://care.example.gov.uk/people/${joe}/money`)
    expect(await tellOfDirectPaymentReviewsDue(context, day('2026-12-20'))).toEqual({ due: 0, overdue: 0 })

    const both = await Promise.all([
      tellOfDirectPaymentReviewsDue(context, day('2026-12-21')),
      tellOfDirectPaymentReviewsDue(context, day('2026-12-21')),
    ])
    expect(both.map((sent) => sent.overdue).sort()).toEqual([0, 1])
    const overdue = (await aboutTheDirectPayment()).filter((message) => message.purpose === 'review-overdue')
    expect(overdue.map((message) => message.to)).toEqual(['joe@example.net', 'kim@example.net', ravi?.email])
    expect(overdue[0]?.body).toContain('should have been reviewed by 20 December 2026')
    expect(await tellOfDirectPaymentReviewsDue(context, day('2027-01-30'))).toEqual({ due: 0, overdue: 0 })
    const audited = (await opened.repos.audit.listRecent()).filter(
      (entry) => entry.action === 'direct-payment.review-notice',
    )
    expect(audited.map((entry) => entry.detail)).toEqual(
      expect.arrayContaining([
        { kind: 'due', dueBy: '2026-12-20', accountsTold: 3 },
        { kind: 'overdue', dueBy: '2026-12-20', accountsTold: 3 },
      ]),
    )
    expect(audited).toHaveLength(2)
  })

  it('writes Easy Read wording, by text message, for whoever chose it', async () => {
    const { context, opened } = await joeAndThoseActingForHim()
    const own = await opened.repos.users.findByEmail('joe@example.net')
    await opened.withAudit(
      (repos) =>
        repos.contactPreferences.set(
          own?.id ?? '',
          { channel: 'sms', mobile: '07700900982', wording: 'easy-read' },
          seededAt,
        ),
      () => ({ at: seededAt, action: 'user.contact-preference', resource: 'test' }),
    )
    await tellOfReviewsDue(context, day('2026-11-30'))
    const message = (await opened.repos.outbox.listRecent()).find((sent) => sent.toAddress === '07700900982')
    expect(message).toMatchObject({
      channel: 'sms',
      wording: 'easy-read',
      subject: 'It is nearly time to check your plan',
    })
    expect(message?.body).toContain('The date is 17 December 2026.')
  })
})

// SQLite only: on PostgreSQL the tests seed the demo after the portal has started, so its first look finds no plan.
describe.each(portalEngines().filter((engine) => engine.name === 'SQLite'))(
  'a running portal looks for reviews to tell of, on $name',
  (engine) => {
    const portal = portalFor(engine, { env: { OPEN_SDS_REVIEW_NOTICES_EVERY_MINUTES: '60' } })

    it('when it starts: the demo plan due in two weeks is told of once, whoever is set to hear', async () => {
      const counted = () =>
        countIn(portal, "select count(*) as n from audit_log where action = 'support-plan.review-notice'")
      let seen = await counted()
      for (let waited = 0; seen === 0 && waited < 50; waited += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        seen = await counted()
      }
      expect(seen).toBe(1)
    })
  },
)
