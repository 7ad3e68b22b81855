import { buildClientLevelData } from '@open-sds/statutory-returns'
import { PlanSchema } from '@open-sds/support-planning'
import { describe, expect, it } from 'vitest'
import { copyToPostgres } from '../src/copy-to-postgres.js'
import { HistoryWriter, writeSyntheticHistory, type AnyDatabaseHandle, type DatabaseHandle } from '../src/index.js'
import { postgresServer, testEngines, type TestEngine } from './engines.js'
import { at, createPerson, createUser, useTempDatabases } from './helpers.js'

const temp = useTempDatabases()

/**
 * Records written once by hand (HistoryWriter writes SQLite rows through the real triggers), on the engine under test:
 * on PostgreSQL they are copied across by the move-a-council command, ids and rowids kept, so both engines count
 * exactly the same rows. Gives the handle to ask, and the SQLite file the records were written in.
 */
async function recordsOn(
  engine: TestEngine,
  write: (written: DatabaseHandle) => void,
): Promise<{ handle: AnyDatabaseHandle; written: DatabaseHandle }> {
  const written = temp.fresh()
  write(written)
  if (engine.name === 'SQLite') return { handle: written, written }
  const handle = await engine.fresh()
  if (handle.engine !== 'postgresql') throw new Error('test setup: not a PostgreSQL handle')
  const copied = await copyToPostgres(written, handle)
  if (!copied.ok) throw new Error(`test setup: ${JSON.stringify(copied.errors)}`)
  return { handle, written }
}
const period = {
  from: at('2026-01-01T00:00:00Z'),
  to: at('2026-04-01T00:00:00Z'),
  findingInformationStatementId: 'find-information-and-advice',
}

/**
 * Four people, each written out by hand so every figure can be counted on fingers:
 * - Ann: eligible in December 2025, direct payment of £200 a week; submitted 2026-01-05, sent back, sent again, authorised
 *   2026-01-25 (20 days from her first submission); reviewed in March: one outcome fully achieved (her own rating wins
 *   over the practitioner's "partly").
 * - Bob: eligible in February 2026 (new), managed account of £150 a week, half the budget as a direct payment too.
 * - Cat: not eligible, decided in February 2026 (new, not offered a budget).
 * - Dan: eligible in 2025, but his plan ended in 2025: he counts as eligible with a budget, on neither mechanism.
 */
function writeWorkedExample(handle: DatabaseHandle) {
  handle.sqlite
    .prepare(
      "insert into users (id, email, display_name, password_hash, role, created_at) values ('u', 'u@example.org', 'U', 'x', 'practitioner', 0)",
    )
    .run()
  const writer = new HistoryWriter(handle.sqlite, 'u')
  const person = (name: string, decidedOn: string, eligible: boolean, pence: number) => {
    const id = writer.person(at('2025-01-01T00:00:00Z'))
    const assessment = writer.assessment(id, at(`${decidedOn}T08:00:00Z`), at(`${decidedOn}T09:00:00Z`), pence)
    writer.decision(assessment, id, at(`${decidedOn}T10:00:00Z`), eligible, pence)
    return { id, name }
  }
  const ann = person('Ann', '2025-12-01', true, 20_000)
  const annPlan = writer.plan(ann.id, { directPaymentPence: 20_000, managedPence: 0, isfPence: 0 }, [
    { action: 'create', to: 'draft', at: at('2026-01-02T09:00:00Z') },
    { action: 'submit', to: 'submitted', at: at('2026-01-05T09:00:00Z') },
    { action: 'return', to: 'returned', at: at('2026-01-10T09:00:00Z') },
    { action: 'submit', to: 'submitted', at: at('2026-01-15T09:00:00Z') },
    { action: 'approve', to: 'approved', at: at('2026-01-25T09:00:00Z') },
    { action: 'activate', to: 'active', at: at('2026-01-27T09:00:00Z') },
  ])
  writer.review(annPlan, at('2026-03-10T09:00:00Z'), [
    { outcomeId: 'walk-to-town', attainment: 'partly', rater: 'practitioner', at: at('2026-03-11T09:00:00Z') },
    { outcomeId: 'walk-to-town', attainment: 'fully', rater: 'person', at: at('2026-03-10T09:00:00Z') },
  ])
  const bob = person('Bob', '2026-02-02', true, 15_000)
  writer.plan(bob.id, { directPaymentPence: 7_500, managedPence: 7_500, isfPence: 0 }, [
    { action: 'create', to: 'draft', at: at('2026-02-10T09:00:00Z') },
    { action: 'submit', to: 'submitted', at: at('2026-02-11T09:00:00Z') },
    { action: 'approve', to: 'approved', at: at('2026-02-14T09:00:00Z') },
  ])
  person('Cat', '2026-02-03', false, 9_000)
  const dan = person('Dan', '2025-03-01', true, 30_000)
  writer.plan(dan.id, { directPaymentPence: 30_000, managedPence: 0, isfPence: 0 }, [
    { action: 'create', to: 'draft', at: at('2025-03-10T09:00:00Z') },
    { action: 'submit', to: 'submitted', at: at('2025-03-11T09:00:00Z') },
    { action: 'approve', to: 'approved', at: at('2025-03-12T09:00:00Z') },
    { action: 'end', to: 'ended', at: at('2025-09-01T09:00:00Z') },
  ])
}

describe.each(testEngines())('progress counts on $name', (engine) => {
  it('counts the worked example as written out by hand', async () => {
    const { handle } = await recordsOn(engine, writeWorkedExample)
    const counts = await handle.repos.progress.counts(period)
    expect(counts).toEqual({
      eligible: 3,
      withPersonalBudget: 3,
      withDirectPayment: 2,
      withManagedAccount: 1,
      newPeople: 2,
      newOfferedBudget: 1,
      reviewedPeople: 1,
      reviewedOfferedBudget: 1,
      outcomes: { fully: 1, partly: 0, notAchieved: 0 },
      findingInformation: { answered: 0, easy: 0 },
      daysToAuthorisation: [3, 20],
      carers: { supported: 0, selfDirected: 0, directPayment: 0 },
    })
  })

  it('counts carers whose budget was in force in the period once each, in the most self-directed way they were paid (ASCOF 3D)', async () => {
    const handle = await engine.fresh()
    const worker = await createUser(handle, 'worker@example.org')
    const { carers, carerPlans } = handle.repos
    // Eve by direct payment; Fay by a council-managed budget; Gus by commissioned support in the period, after a
    // one-off direct payment agreed before it (which does not count); Hal's only plan, one-off, was agreed before the
    // period. Ivy's yearly direct payment, agreed before the period, is still in force in it, so she counts; Jo's
    // yearly one was replaced by a one-off commissioned plan before the period began, so he does not.
    const carerWith = async (
      name: string,
      plans: Array<
        [
          string,
          'direct-payment' | 'cassr-managed-personal-budget' | 'cassr-commissioned-support',
          ('one-off' | 'recurring')?,
        ]
      >,
    ) => {
      const carer = await createPerson(handle, name)
      const draft = await carers.startDraft(
        { carerPersonId: carer.id, questionnaireId: 'carers', questionnaireVersion: '1', userId: worker.id },
        at('2025-01-01T09:00:00Z'),
      )
      await carers.send(draft.id, worker.id, at('2025-01-02T09:00:00Z'))
      const decided = await carers.determine(
        {
          carerAssessmentId: draft.id,
          carerPersonId: carer.id,
          decidedByUserId: worker.id,
          eligible: true,
          determination: {},
          rulesVersion: 'carers-rules-2026.1',
        },
        at('2025-01-03T09:00:00Z'),
      )
      if (!decided.ok) throw new Error('test setup: no determination')
      for (const [on, delivery, kind = 'one-off'] of plans)
        await carerPlans.agree(
          {
            carerPersonId: carer.id,
            carerDeterminationId: decided.value.id,
            plan: {},
            budgetKind: kind,
            budgetPer: kind === 'one-off' ? null : 'year',
            amountPence: 20_000,
            annualPence: 20_000,
            delivery,
            weeklyChargePence: 0,
            explanation: [],
            allocationVersion: 'v',
            rulesVersion: 'carers-rules-2026.1',
            agreedByUserId: worker.id,
          },
          at(`${on}T10:00:00Z`),
        )
    }
    await carerWith('Eve', [['2026-02-01', 'direct-payment']])
    await carerWith('Fay', [['2026-03-01', 'cassr-managed-personal-budget']])
    await carerWith('Gus', [
      ['2025-06-01', 'direct-payment'],
      ['2026-02-10', 'cassr-commissioned-support'],
    ])
    await carerWith('Hal', [['2025-12-31', 'direct-payment']])
    await carerWith('Ivy', [['2025-09-01', 'direct-payment', 'recurring']])
    await carerWith('Jo', [
      ['2025-05-01', 'direct-payment', 'recurring'],
      ['2025-11-01', 'cassr-commissioned-support'],
    ])
    const counts = await handle.repos.progress.counts(period)
    expect(counts.carers).toEqual({ supported: 4, selfDirected: 3, directPayment: 2 })
  })

  it('counts as things stood on an earlier date, from the plans’ history: Dan had a direct payment until his plan ended', async () => {
    const { handle } = await recordsOn(engine, writeWorkedExample)
    const earlier = await handle.repos.progress.counts({
      ...period,
      from: at('2024-06-01T00:00:00Z'),
      to: at('2025-06-01T00:00:00Z'),
    })
    expect(earlier).toMatchObject({ eligible: 1, withPersonalBudget: 1, withDirectPayment: 1, withManagedAccount: 0 })
    const afterEnd = await handle.repos.progress.counts({
      ...period,
      from: at('2024-10-01T00:00:00Z'),
      to: at('2025-10-01T00:00:00Z'),
    })
    expect(afterEnd).toMatchObject({ eligible: 1, withDirectPayment: 0 })
  })

  it('counts answers to questions tied to the finding-information statement, agree and strongly agree as easy', async () => {
    const { handle, written } = await recordsOn(engine, (records) =>
      writeSyntheticHistory(records.sqlite, { people: 0, years: 1, endAt: period.to, surveyResponses: 40 }),
    )
    const counts = await handle.repos.progress.counts({ ...period, from: at('2025-01-01T00:00:00Z') })
    const byHand = written.sqlite
      .prepare(
        "select count(*) as answered, sum(json_extract(answers, '$[0].value') >= 4) as easy from coproduction_responses where submitted_on < '2026-04-01'",
      )
      .get()
    expect(counts.findingInformation).toEqual(byHand)
    expect(counts.findingInformation.answered).toBe(40)
  })
})

// The date in England at an instant, for the tests (the portal passes the kernel's).
const englandDate = (instant: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(instant)

describe.each(testEngines())('Client Level Data source on $name: the records in neutral words', (engine) => {
  it("describes the quarter's completed requests and assessments and every service in force, by the calendar in England", async () => {
    const { handle } = await recordsOn(engine, writeWorkedExample)
    const source = await handle.repos.clientLevelData.source({
      start: '2026-01-01',
      end: '2026-03-31',
      dateInEngland: englandDate,
    })
    // Bob's and Cat's self-assessments were sent and decided in the quarter; Ann's and Dan's before it.
    expect(source.requests).toHaveLength(2)
    expect(source.assessments.map((event) => [event.eligibleNeeds, event.outcome])).toEqual([
      ['yes', 'progress-to-support-planning'],
      ['no', 'nfa-information-and-advice'],
    ])
    // One service per way the money is held, from its authorisation, with the weekly amount; Dan's ended in 2025.
    expect(
      source.services.map((event) => [
        event.deliveryMechanism,
        event.unitCostPence,
        event.costFrequency,
        event.start,
        event.end,
      ]),
    ).toEqual([
      ['direct-payment', 20_000, 'weekly', '2026-01-25', undefined],
      ['direct-payment', 7_500, 'weekly', '2026-02-14', undefined],
      ['cassr-managed-personal-budget', 7_500, 'weekly', '2026-02-14', undefined],
    ])
    // Ann's review was opened but not completed: it waits for a later file.
    expect(source.reviews).toEqual([])
  })

  it('ends a service on the date in England its plan ended, with the outcome', async () => {
    const { handle } = await recordsOn(engine, (records) => {
      records.sqlite
        .prepare(
          "insert into users (id, email, display_name, password_hash, role, created_at) values ('u', 'u@example.org', 'U', 'x', 'practitioner', 0)",
        )
        .run()
      const writer = new HistoryWriter(records.sqlite, 'u')
      const person = writer.person(at('2025-01-01T00:00:00Z'))
      writer.plan(person, { directPaymentPence: 10_000, managedPence: 0, isfPence: 0 }, [
        { action: 'create', to: 'draft', at: at('2025-05-01T09:00:00Z') },
        { action: 'approve', to: 'approved', at: at('2025-05-10T09:00:00Z') },
        { action: 'end', to: 'ended', at: at('2025-11-30T23:30:00Z') },
      ])
    })
    const source = await handle.repos.clientLevelData.source({
      start: '2025-04-01',
      end: '2026-03-31',
      dateInEngland: englandDate,
    })
    // 23:30 UTC on 30 November is still 30 November in England (GMT).
    expect(source.services.map((event) => [event.start, event.end, event.outcome])).toEqual([
      ['2025-05-10', '2025-11-30', 'support-ended-as-planned'],
    ])
  })
})

/**
 * Bob's managed account paid as a direct payment into a managed account a DP support service runs for him (the
 * agreement made on 20 February 2026): direct-payments.md section 3 and ASCOF 3D part 2a count it as a direct payment.
 */
function writeBobsManagedAccountAgreement(handle: DatabaseHandle) {
  const plan = handle.sqlite
    .prepare(
      'select p.id, p.person_id as personId, v.version from support_plans p join support_plan_versions v on v.plan_id = p.id where v.managed_account_weekly_pence > 0',
    )
    .get() as { id: string; personId: string; version: number }
  handle.sqlite
    .prepare(
      `insert into direct_payment_agreements (id, person_id, plan_id, plan_version, recipient_role, account_type, basis,
         delivery_mechanism, start_date, weekly_payment_pence, cost_centre, agreement, rules_version, created_by_user_id, created_at)
       values ('dp-bob', ?, ?, ?, 'the-person', 'managed-account', 'gross', 'direct-payment', '2026-02-23', 7500, 'ASC-DP', '{}', 'test', 'u', ?)`,
    )
    .run(plan.personId, plan.id, plan.version, at('2026-02-20T09:00:00Z').getTime())
}

describe.each(testEngines())('a managed account paid under a direct-payment agreement, on $name', (engine) => {
  it('counts as a direct payment in the Client Level Data file and the progress measures, not a council-managed budget', async () => {
    const { handle } = await recordsOn(engine, (records) => {
      writeWorkedExample(records)
      writeBobsManagedAccountAgreement(records)
    })
    const source = await handle.repos.clientLevelData.source({
      start: '2026-01-01',
      end: '2026-03-31',
      dateInEngland: englandDate,
    })
    // Bob's £75 direct payment and £75 managed account are one Direct Payment service of £150 a week.
    expect(source.services.map((event) => [event.component, event.deliveryMechanism, event.unitCostPence])).toEqual([
      ['direct-payment', 'direct-payment', 20_000],
      ['direct-payment', 'direct-payment', 15_000],
    ])
    // The exported rows, in each release's spelling (statutory-returns.md section 4).
    for (const [release, words] of [
      ['R1', 'Direct Payment'],
      ['R2', 'Direct payment'],
    ] as const) {
      const built = buildClientLevelData({
        laCode: 'E10000006',
        period: { start: '2026-01-01', end: '2026-03-31' },
        release,
        ...source,
        // The worked example records no return details; any complete ones will do, as the services are what count.
        people: source.people.map((person, n) => ({
          ...person,
          nhsNumber: ['9990000018', '9990000026', '9990000034', '9990000042'][n],
          gender: 'male',
          ethnicity: 'black-caribbean',
          dateOfBirth: '1994-01-20',
          postcode: 'NM2 9LX',
          primarySupportReason: 'learning-disability',
          accommodationStatus: 'supported-accommodation',
          employmentStatus: 'paid-under-16-hours',
          clientFundingStatus: 'fully-social-care-funded',
          hasUnpaidCarer: false,
        })),
      })
      if (!built.ok) throw new Error(JSON.stringify(built.errors.slice(0, 3)))
      const services = built.value.rows.filter((row) => row.Event_Type === 'Service')
      expect(services.map((row) => [row.Delivery_Mechanism, row.Unit_Cost])).toEqual([
        [words, '200.00'],
        [words, '150.00'],
      ])
    }
    const counts = await handle.repos.progress.counts(period)
    expect(counts).toMatchObject({ eligible: 3, withDirectPayment: 2, withManagedAccount: 0 })
    // Before the agreement was made, the council held Bob's managed account.
    const earlier = await handle.repos.progress.counts({ ...period, to: at('2026-02-18T00:00:00Z') })
    expect(earlier).toMatchObject({ withDirectPayment: 2, withManagedAccount: 1 })
  })
})

/** Eve's reablement: two pieces a day apart are one episode; a third three days later is another, still going on. */
function writeEvesReablement(handle: DatabaseHandle) {
  const writer = new HistoryWriter(handle.sqlite, 'u')
  const eve = writer.person(at('2025-01-01T00:00:00Z'))
  writer.shortTerm(eve, {
    serviceType: 'st-max',
    component: 'reablement',
    startedOn: '2026-01-05',
    endedOn: '2026-01-20',
    outcome: 'support-ended-as-planned',
  })
  writer.shortTerm(eve, {
    serviceType: 'st-max',
    component: 'reablement',
    startedOn: '2026-01-21',
    endedOn: '2026-02-01',
    outcome: 'support-ended-as-planned',
  })
  writer.shortTerm(eve, { serviceType: 'st-max', component: 'reablement', startedOn: '2026-02-04' })
}

describe.each(testEngines())('long-term and short-term support counts on $name', (engine) => {
  it('counts people in long-term support on the last day, ST-Max people in the period, and ST-Max episodes ended in it', async () => {
    const { handle } = await recordsOn(engine, (records) => {
      writeWorkedExample(records)
      writeEvesReablement(records)
    })
    const counts = await handle.repos.progress.supportCounts({
      start: '2026-01-01',
      end: '2026-03-31',
      endDayStartsAt: at('2026-03-31T00:00:00Z'),
      endDayEndsAt: at('2026-03-31T23:00:00Z'),
    })
    // Ann and Bob have plans in force; Dan's ended in 2025.
    expect(counts).toEqual({ longTermSupport: 2, shortTermMaxPeople: 1, shortTermMaxEpisodesEnded: 1 })
  })
})

describe('synthetic history', () => {
  it('writes the same history for the same seed, through the real triggers', async () => {
    const first = temp.fresh()
    const second = temp.fresh()
    const options = { people: 200, years: 5, endAt: at('2026-04-01T00:00:00Z'), seed: 7 }
    expect(writeSyntheticHistory(first.sqlite, options)).toEqual(writeSyntheticHistory(second.sqlite, options))
    const [a, b] = await Promise.all([first.repos.progress.counts(period), second.repos.progress.counts(period)])
    expect(a).toEqual(b)
    expect(a.eligible).toBeGreaterThan(100)
  })

  // Issue 14: the demo's direct-payment set-up page read each synthetic plan back through the plan schema and gave a
  // server error ("not a valid plan record") for 35 of the 36 people with an active plan, whose versions held `{}`.
  it('writes every plan version as a whole plan, funded as its columns say, that the portal can read back', async () => {
    const records = temp.fresh()
    writeSyntheticHistory(records.sqlite, { people: 200, years: 3, endAt: at('2026-04-01T00:00:00Z'), seed: 7 })
    const active = await records.repos.supportPlans.listByStatus(['active'])
    expect(active.length).toBeGreaterThan(10)
    for (const listed of active) {
      const stored = await records.repos.supportPlans.findById(listed.id)
      for (const version of stored?.versions ?? []) {
        const parsed = PlanSchema.safeParse(version.plan)
        expect(parsed.error, listed.id).toBeUndefined()
        expect(parsed.data?.funding.personalBudget).toMatchObject({
          weeklyPence: version.budgetWeeklyPence,
          directPaymentWeeklyPence: version.directPaymentWeeklyPence,
        })
      }
      expect(stored?.versions.length).toBe(1)
    }
  })
})

// The worked examples above pin each figure down; this holds the two engines to the same answer over a history with
// every kind of record in it (deaths, reablement, reviews rated by several people, survey answers).
describe.runIf(postgresServer())('the same history counted on both engines', () => {
  it('gives every progress and support count on PostgreSQL exactly as SQLite gives it', async () => {
    const postgres = testEngines().find((engine) => engine.name === 'PostgreSQL')!
    const endAt = at('2026-04-01T00:00:00Z')
    const { handle, written } = await recordsOn(postgres, (records) =>
      writeSyntheticHistory(records.sqlite, { people: 300, years: 3, endAt, surveyResponses: 80, seed: 11 }),
    )
    for (const from of [at('2025-04-01T00:00:00Z'), at('2024-01-01T00:00:00Z')]) {
      const asked = { ...period, from, to: endAt }
      const onSqlite = await written.repos.progress.counts(asked)
      expect(onSqlite.eligible).toBeGreaterThan(50)
      expect(await handle.repos.progress.counts(asked)).toEqual(onSqlite)
    }
    const year = {
      start: '2025-04-01',
      end: '2026-03-31',
      endDayStartsAt: at('2026-03-30T23:00:00Z'),
      endDayEndsAt: at('2026-03-31T23:00:00Z'),
    }
    const supportOnSqlite = await written.repos.progress.supportCounts(year)
    expect(supportOnSqlite.longTermSupport).toBeGreaterThan(0)
    expect(await handle.repos.progress.supportCounts(year)).toEqual(supportOnSqlite)
  }, 60_000)
})
