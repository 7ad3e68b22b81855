import { describe, expect, it } from 'vitest'
import {
  decisionMadeMeanwhileMessage,
  type AnyDatabaseHandle,
  type NewDirectPayment,
  type NewDirectPaymentAdjustment,
  type NewDirectPaymentReturn,
} from '../src/index.js'
import { countRows, refusal, testEngines } from './engines.js'
import { at, createPerson, createUser } from './helpers.js'

const now = at('2026-04-01T09:00:00Z')

// Ade's plan (the direct-payments package's README): a PA for £300.00 a week, all of it a direct payment.
const adesPlan = {
  people: {
    person: { name: 'Ade Bello' },
    plannedWith: [{ name: 'Ade Bello', role: 'the-person' }],
    moneyManagedBy: { name: 'Ade Bello', role: 'the-person' },
  },
  outcomes: [{ id: 'mornings', words: 'I want to get up at my own pace', linkedItems: [] }],
  supports: [],
  funding: {
    personalBudget: {
      weeklyPence: 30_000,
      assessedContributionWeeklyPence: 0,
      directPaymentWeeklyPence: 30_000,
      managedAccountWeeklyPence: 0,
      individualServiceFundWeeklyPence: 0,
    },
    otherStreams: [],
  },
  risksIChooseToTake: [],
  contingencyPlan: 'My sister covers.',
  reviewDate: '2027-03-01',
}

async function setUp(handle: AnyDatabaseHandle) {
  const person = await createPerson(handle, 'Ade Bello')
  const officer = await createUser(handle, 'finance@example.org')
  const plan = await handle.repos.supportPlans.create({
    personId: person.id,
    firstVersion: {
      version: 1,
      status: 'draft',
      change: 'created',
      plan: adesPlan,
      weeklyCostPence: 30_000,
      oneOffCostPence: 0,
      budgetWeeklyPence: 30_000,
      directPaymentWeeklyPence: 30_000,
      managedAccountWeeklyPence: 0,
      individualServiceFundWeeklyPence: 0,
      createdByUserId: officer.id,
      createdByRole: 'person',
      createdAt: now,
    },
    created: {
      recordVersion: 1,
      action: 'create',
      fromStatus: null,
      toStatus: 'draft',
      planVersion: 1,
      byUserId: officer.id,
      byRole: 'person',
      at: now,
    },
  })
  if (!plan.ok) throw new Error(`test setup: ${JSON.stringify(plan.errors)}`)
  const agreement = await handle.withAudit(
    (repos) =>
      repos.directPayments.createAgreement(
        {
          id: 'dp-ade',
          personId: person.id,
          planId: plan.value.id,
          planVersion: 1,
          recipientRole: 'the-person',
          accountType: 'prepaid-card',
          basis: 'net',
          deliveryMechanism: 'direct-payment',
          startDate: '2026-04-06',
          weeklyPaymentPence: 30_000,
          costCentre: 'ASC-DP-01',
          agreement: { id: 'as made', suspensions: [] },
          rulesVersion: 'direct-payments-rules-2026.1',
          createdByUserId: officer.id,
        },
        now,
      ),
    (made) =>
      made.ok
        ? { at: now, actorUserId: officer.id, action: 'direct-payment.agree', personId: person.id, resource: 'x' }
        : undefined,
  )
  if (!agreement.ok) throw new Error(`test setup: ${JSON.stringify(agreement.errors)}`)
  return { person, officer, plan: plan.value, agreement: agreement.value }
}

const payment = (agreementId: string, periodStart: string, pence = 120_000): NewDirectPayment => ({
  agreementId,
  reference: `${agreementId}/${periodStart}`,
  kind: 'regular',
  periodStart,
  periodEnd: periodStart,
  dueDate: periodStart,
  pence,
  explanation: [{ kind: 'payment', text: 'Four weeks at £300.00' }],
})

/** The run for the four weeks from 6 April 2026, paying `agreementId` its first payment (and any adjustments). */
const payFirstPeriod = (
  handle: AnyDatabaseHandle,
  officerId: string,
  agreementId: string,
  adjustments: NewDirectPaymentAdjustment[] = [],
) =>
  handle.withAudit(
    (repos) =>
      repos.directPayments.recordRun(
        {
          periodStart: '2026-04-06',
          periodEnd: '2026-05-03',
          paidOn: '2026-04-06',
          runByUserId: officerId,
          payments: [payment(agreementId, '2026-04-06')],
          adjustments,
        },
        now,
      ),
    () => undefined,
  )

/** Arrears on the payment for `adjusted`, paid by the run for `runPeriod` after a change from an effective date. */
const arrears = (
  agreementId: string,
  adjusted: string,
  runPeriod: string,
  pence: number,
  kind: 'arrears' | 'recovery' = 'arrears',
): NewDirectPaymentAdjustment => ({
  agreementId,
  reference: `${agreementId}/${adjusted}/adjusted/${runPeriod}`,
  adjustsReference: `${agreementId}/${adjusted}`,
  kind,
  periodStart: adjusted,
  periodEnd: adjusted,
  pence,
  explanation: [{ kind: 'adjustment', text: `${kind} on the payment for ${adjusted}` }],
})

describe.each(testEngines())('direct payments on $name (issue 14)', (engine) => {
  it('pays a run’s adjustments once, nets recoveries off its total, and counts them in what was paid', async () => {
    const handle = await engine.fresh()
    const { officer, agreement } = await setUp(handle)
    const run = (periodStart: string, payments: NewDirectPayment[], adjustments: NewDirectPaymentAdjustment[]) =>
      handle.withAudit(
        (repos) =>
          repos.directPayments.recordRun(
            {
              periodStart,
              periodEnd: periodStart,
              paidOn: periodStart,
              runByUserId: officer.id,
              payments,
              adjustments,
            },
            now,
          ),
        () => undefined,
      )
    await run('2026-04-06', [payment(agreement.id, '2026-04-06')], [])
    await run('2026-05-04', [payment(agreement.id, '2026-05-04')], [])
    // The charge went up from 6 April: £100.00 too much was paid for each period; the next run takes it back.
    const third = await run(
      '2026-06-01',
      [payment(agreement.id, '2026-06-01', 110_000)],
      [
        arrears(agreement.id, '2026-04-06', '2026-06-01', 10_000, 'recovery'),
        arrears(agreement.id, '2026-05-04', '2026-06-01', 10_000, 'recovery'),
      ],
    )
    expect(third.ok && [third.value.paymentCount, third.value.totalPence]).toEqual([3, 90_000])
    const made = (await handle.repos.directPayments.paymentsMade([agreement.id])).get(agreement.id) ?? []
    expect(made.map((row) => `${row.reference} ${row.kind} ${String(row.pence)}`).sort()).toEqual([
      'dp-ade/2026-04-06 payment 120000',
      'dp-ade/2026-04-06 recovered 10000',
      'dp-ade/2026-05-04 payment 120000',
      'dp-ade/2026-05-04 recovered 10000',
      'dp-ade/2026-06-01 payment 110000',
    ])
    const runId = third.ok ? third.value.id : ''
    expect(
      (await handle.repos.directPayments.adjustmentsOfRun(runId)).map((row) => [
        row.reference,
        row.kind,
        row.costCentre,
      ]),
    ).toEqual([
      ['dp-ade/2026-04-06/adjusted/2026-06-01', 'recovery', 'ASC-DP-01'],
      ['dp-ade/2026-05-04/adjusted/2026-06-01', 'recovery', 'ASC-DP-01'],
    ])
    // The same adjustment offered to a later run is not made twice.
    const fourth = await run('2026-06-29', [], [arrears(agreement.id, '2026-04-06', '2026-06-01', 10_000, 'recovery')])
    expect(fourth.ok && [fourth.value.paymentCount, fourth.value.totalPence]).toEqual([0, 0])
    expect(await countRows(engine, handle, 'direct_payment_adjustments')).toBe(2)
    expect((await handle.repos.directPayments.adjustmentsFor(agreement.id)).map((row) => row.pence)).toEqual([
      10_000, 10_000,
    ])
  })

  it('keeps a change of rate and a review held as decisions, the change with the agreement after it', async () => {
    const handle = await engine.fresh()
    const { officer, agreement } = await setUp(handle)
    const decide = (kind: 'change' | 'review', agreementAfter: unknown, seen: number) =>
      handle.repos.directPayments.recordDecision(
        {
          agreementId: agreement.id,
          kind,
          reason: kind === 'change' ? 'Plan revised from 11 May' : 'Review held: payments still appropriate',
          returnId: null,
          detail: kind === 'review' ? { heldOn: '2026-09-01', nextDueBy: '2027-09-01' } : null,
          agreement: agreementAfter,
          decidedByUserId: officer.id,
          seen,
        },
        now,
      )
    expect((await decide('change', { id: 'changed' }, 0)).ok).toBe(true)
    expect((await decide('review', null, 1)).ok).toBe(true)
    expect((await handle.repos.directPayments.findAgreement(agreement.id))?.current).toEqual({ id: 'changed' })
    // A change must keep the agreement after it; a review keeps none.
    expect(await refusal(decide('change', null, 2))).toMatch(/direct_payment_decisions_agreement_kept|check/i)
  })

  it('keeps agreements, payments, returns and decisions as written: no change, no removal', async () => {
    const handle = await engine.fresh()
    const { officer, agreement } = await setUp(handle)
    await payFirstPeriod(handle, officer.id, agreement.id, [arrears(agreement.id, '2026-03-09', '2026-04-06', 7_000)])
    const sent = await handle.repos.directPayments.recordReturn(
      {
        ...aReturn(agreement.id, officer.id),
        lines: [{ spentOn: '2026-04-10', description: 'PA wages', pence: 50_000, supportId: 'pa' }],
      },
      now,
    )
    expect(sent.ok).toBe(true)
    const placed = await handle.repos.directPayments.placeSpend(
      {
        returnId: sent.ok ? sent.value.id : '',
        supports: [null],
        result: { findings: [] },
        placedByUserId: officer.id,
        seen: 0,
      },
      now,
    )
    expect(placed.ok).toBe(true)
    const decided = await handle.repos.directPayments.recordDecision(
      {
        agreementId: agreement.id,
        kind: 'suspension',
        reason: 'Unusual transactions on the card',
        returnId: null,
        detail: null,
        agreement: { id: 'suspended' },
        decidedByUserId: officer.id,
        seen: 0,
      },
      now,
    )
    expect(decided.ok).toBe(true)
    expect((await handle.repos.directPayments.findAgreement(agreement.id))?.current).toEqual({ id: 'suspended' })
    for (const [table, changed, removed] of [
      ['direct_payment_agreements', 'a direct-payment agreement cannot be changed', 'cannot be removed'],
      ['direct_payments', 'a payment made cannot be changed: record an adjustment', 'a payment made cannot be removed'],
      ['direct_payment_runs', 'a payment run cannot be changed', 'a payment run cannot be removed'],
      ['direct_payment_returns', 'a return cannot be changed', 'a return cannot be removed'],
      ['direct_payment_spend_lines', 'a return cannot be changed', 'a return cannot be removed'],
      ['direct_payment_decisions', 'a direct-payment decision cannot be changed', 'cannot be removed'],
      ['direct_payment_adjustments', 'an adjustment made cannot be changed', 'an adjustment made cannot be removed'],
      [
        'direct_payment_spend_placements',
        'a placement of spend cannot be changed: place it again',
        'a placement of spend cannot be removed',
      ],
    ] as const) {
      expect(
        await refusal(
          engine.sql(handle, `update ${table} set ${table.endsWith('lines') ? 'description' : 'id'} = 'x'`),
        ),
      ).toMatch(changed)
      expect(await refusal(engine.sql(handle, `delete from ${table}`))).toMatch(removed)
    }
  })

  it('keeps personal-assistant employment evidence as recorded, newest last, with its audit entry; never changed or removed', async () => {
    const handle = await engine.fresh()
    const { person, officer, agreement } = await setUp(handle)
    const record = (kind: 'employers-liability-insurance' | 'dbs', subject: string, expiresOn: string, when: Date) =>
      handle.withAudit(
        (repos) =>
          repos.directPayments.recordEmploymentEvidence(
            {
              agreementId: agreement.id,
              kind,
              subject,
              expiresOn,
              evidence: { kind, expiresOn },
              rulesVersion: 'direct-payments-rules-2026.1',
              recordedByUserId: officer.id,
            },
            when,
          ),
        (done) => ({
          at: when,
          actorUserId: officer.id,
          action: 'direct-payment.evidence-recorded',
          personId: person.id,
          resource: `direct-payment-evidence/${done.id}`,
        }),
      )
    await record('employers-liability-insurance', 'Sure Insurance', '2026-03-31', at('2026-03-01T09:00:00Z'))
    await record('employers-liability-insurance', 'Sure Insurance', '2027-03-31', at('2026-04-01T09:00:00Z'))
    await record('dbs', 'Kemi Adeyemi', '2029-01-01', at('2026-04-01T09:05:00Z'))
    const held = await handle.repos.directPayments.employmentEvidenceFor(agreement.id)
    expect(held.map((item) => [item.kind, item.subject, item.expiresOn])).toEqual([
      ['employers-liability-insurance', 'Sure Insurance', '2026-03-31'],
      ['employers-liability-insurance', 'Sure Insurance', '2027-03-31'],
      ['dbs', 'Kemi Adeyemi', '2029-01-01'],
    ])
    expect(await countRows(engine, handle, "audit_log where action = 'direct-payment.evidence-recorded'")).toBe(3)
    const table = 'direct_payment_employment_evidence'
    expect(await refusal(engine.sql(handle, `update ${table} set expires_on = '2030-01-01'`))).toMatch(
      'employment evidence cannot be changed: record newer evidence',
    )
    expect(await refusal(engine.sql(handle, `delete from ${table}`))).toMatch('employment evidence cannot be removed')
    expect(
      await refusal(
        engine.sql(
          handle,
          `insert into ${table} (id, agreement_id, kind, subject, expires_on, evidence, rules_version, recorded_by_user_id, recorded_at) values ('x', '${agreement.id}', 'dbs', 'Kemi', '2027-02-30', '{}', 'v', '${officer.id}', 0)`,
        ),
      ),
    ).toMatch(/expires_on|check/i)
  })

  it('pays a period once: a second run is refused, and a reference already paid is never paid again', async () => {
    const handle = await engine.fresh()
    const { officer, agreement } = await setUp(handle)
    const run = (periodStart: string, payments: NewDirectPayment[]) =>
      handle.withAudit(
        (repos) =>
          repos.directPayments.recordRun(
            { periodStart, periodEnd: '2026-05-31', paidOn: periodStart, runByUserId: officer.id, payments },
            now,
          ),
        (done) =>
          done.ok
            ? { at: now, actorUserId: officer.id, action: 'direct-payment.run', resource: `run/${done.value.id}` }
            : undefined,
      )
    const first = await run('2026-04-06', [payment(agreement.id, '2026-04-06')])
    expect(first.ok && first.value.totalPence).toBe(120_000)
    const again = await run('2026-04-06', [payment(agreement.id, '2026-04-06')])
    expect(!again.ok && again.errors[0]?.message).toMatch(
      'The period 2026-04-06 to 2026-05-31 was already paid on 2026-04-06',
    )
    // A later period listing the earlier reference again (a late run) pays only what is new.
    const next = await run('2026-05-04', [payment(agreement.id, '2026-04-06'), payment(agreement.id, '2026-05-04')])
    expect(next.ok && [next.value.paymentCount, next.value.totalPence]).toEqual([1, 120_000])
    expect(await countRows(engine, handle, 'direct_payments')).toBe(2)
    // The refused run left no audit entry and no run behind.
    expect(await countRows(engine, handle, 'direct_payment_runs')).toBe(2)
    const [audited] = await engine.sql(
      handle,
      "select count(*) as n from audit_log where action = 'direct-payment.run'",
    )
    expect(Number(audited?.n)).toBe(2)
    // Reviews count from the first payment (regulation 7), then from each review held.
    const basis = {
      agreementId: agreement.id,
      personId: agreement.personId,
      planId: agreement.planId,
      carerPlanId: null,
    }
    expect(await handle.repos.directPayments.reviewBasis()).toEqual([
      { ...basis, firstPaidOn: '2026-04-06', reviewsHeldOn: [] },
    ])
    await handle.repos.directPayments.recordDecision(
      {
        agreementId: agreement.id,
        kind: 'review',
        reason: 'Direct payments remain appropriate',
        returnId: null,
        detail: { heldOn: '2026-09-14', nextDueBy: '2027-09-14' },
        agreement: null,
        decidedByUserId: officer.id,
        seen: 0,
      },
      now,
    )
    expect(await handle.repos.directPayments.reviewBasis()).toEqual([
      { ...basis, firstPaidOn: '2026-04-06', reviewsHeldOn: ['2026-09-14'] },
    ])
    const csvRows = await handle.repos.directPayments.paymentsOfRun(first.ok ? first.value.id : '')
    expect(csvRows.map((row) => [row.reference, row.pence, row.costCentre, row.paidOn])).toEqual([
      [`${agreement.id}/2026-04-06`, 120_000, 'ASC-DP-01', '2026-04-06'],
    ])
  })

  it('reads one practitioner’s direct-payment reviews: only those of the people on their caseload', async () => {
    const handle = await engine.fresh()
    const { person, officer, agreement } = await setUp(handle)
    await payFirstPeriod(handle, officer.id, agreement.id)
    const practitioner = await createUser(handle, 'practitioner@example.org')
    const representative = await createUser(handle, 'representative@example.org')
    const reviews = (userId: string, everyCarer = false) =>
      handle.repos.directPayments.reviewBasis({ caseloadOf: userId, everyCarer })
    expect(await reviews(practitioner.id)).toEqual([])
    await handle.repos.people.grantAccess(practitioner.id, person.id, 'practitioner', now)
    await handle.repos.people.grantAccess(representative.id, person.id, 'representative', now)
    expect((await reviews(practitioner.id)).map((row) => row.agreementId)).toEqual([agreement.id])
    // Someone who reaches the person in another way does not review their direct payment; nor does handling carers'
    // assessments bring in an agreement that is not a carer's.
    expect(await reviews(representative.id, true)).toEqual([])
    expect((await handle.repos.directPayments.reviewBasis()).map((row) => row.agreementId)).toEqual([agreement.id])
  })

  it('lets only one of two finance officers acting at once on one agreement succeed', async () => {
    const handle = await engine.fresh()
    const { officer, agreement } = await setUp(handle)
    const other = await createUser(handle, 'second.officer@example.org')
    const suspend = (userId: string) =>
      handle.withAudit(
        async (repos) => {
          await repos.directPayments.lockAgreement(agreement.id)
          return repos.directPayments.recordDecision(
            {
              agreementId: agreement.id,
              kind: 'suspension',
              reason: `Suspended by ${userId}`,
              returnId: null,
              detail: null,
              agreement: { suspendedBy: userId },
              decidedByUserId: userId,
              seen: 0,
            },
            now,
          )
        },
        (done) =>
          done.ok
            ? { at: now, actorUserId: userId, action: 'direct-payment.decide', resource: `dp/${agreement.id}` }
            : undefined,
      )
    const answers = await Promise.all([suspend(officer.id), suspend(other.id)])
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1)
    const refused = answers.find((answer) => !answer.ok)
    expect(refused && !refused.ok && refused.errors[0]?.message).toBe(decisionMadeMeanwhileMessage)
    expect(await countRows(engine, handle, 'direct_payment_decisions')).toBe(1)
    const [audited] = await engine.sql(
      handle,
      "select count(*) as n from audit_log where action = 'direct-payment.decide'",
    )
    expect(Number(audited?.n)).toBe(1)
  })

  it('lets only one of two payment runs for one period confirmed at once pay', async () => {
    const handle = await engine.fresh()
    const { officer, agreement } = await setUp(handle)
    const run = () =>
      handle.withAudit(
        async (repos) => {
          await repos.directPayments.lockPaymentRuns()
          return repos.directPayments.recordRun(
            {
              periodStart: '2026-04-06',
              periodEnd: '2026-05-03',
              paidOn: '2026-04-06',
              runByUserId: officer.id,
              payments: [payment(agreement.id, '2026-04-06')],
            },
            now,
          )
        },
        () => undefined,
      )
    const answers = await Promise.all([run(), run()])
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1)
    expect(await countRows(engine, handle, 'direct_payments')).toBe(1)
  })

  it('adds nothing when the same card statement file is imported twice', async () => {
    const handle = await engine.fresh()
    const { officer, agreement } = await setUp(handle)
    const card: NewDirectPaymentReturn = {
      ...aReturn(agreement.id, officer.id),
      source: 'card-statement',
      statementSha256: 'a'.repeat(64),
      statementFileName: 'april.csv',
      lines: [
        { spentOn: '2026-04-07', description: 'PA wages', pence: 40_000, supportId: null },
        { spentOn: '2026-04-08', description: 'Taxi', pence: 1_500, supportId: null },
      ],
    }
    expect((await handle.repos.directPayments.recordReturn(card, now)).ok).toBe(true)
    const twice = await handle.repos.directPayments.recordReturn(card, at('2026-04-02T09:00:00Z'))
    expect(!twice.ok && twice.errors[0]).toEqual({
      path: 'statement',
      message: 'This statement file was already imported on 1 April 2026: nothing was added.',
    })
    expect(await countRows(engine, handle, 'direct_payment_spend_lines')).toBe(2)
    expect((await handle.repos.directPayments.listReturnsToCheck()).map((sent) => sent.statementFileName)).toEqual([
      'april.csv',
    ])
  })

  it('keeps the card transactions each return counted, each once per agreement, never changed or removed', async () => {
    const handle = await engine.fresh()
    const { officer, agreement } = await setUp(handle)
    const card = (sha: string, cardTransactions: string[]): NewDirectPaymentReturn => ({
      ...aReturn(agreement.id, officer.id),
      source: 'card-statement',
      statementSha256: sha.repeat(64),
      statementFileName: 'april.csv',
      cardTransactions,
    })
    expect((await handle.repos.directPayments.recordReturn(card('a', ['1'.repeat(64), '2'.repeat(64)]), now)).ok).toBe(
      true,
    )
    expect(await handle.repos.directPayments.cardTransactionsFor(agreement.id)).toEqual(
      new Set(['1'.repeat(64), '2'.repeat(64)]),
    )
    // A transaction counted already cannot be counted by a second return: the whole return is refused.
    expect(
      await refusal(handle.repos.directPayments.recordReturn(card('b', ['2'.repeat(64), '3'.repeat(64)]), now)),
    ).toMatch(/unique|primary key|duplicate/i)
    expect(await countRows(engine, handle, 'direct_payment_card_transactions')).toBe(2)
    expect(
      await refusal(engine.sql(handle, `update direct_payment_card_transactions set identity = '${'4'.repeat(64)}'`)),
    ).toContain('an imported card transaction cannot be changed')
    expect(await refusal(engine.sql(handle, 'delete from direct_payment_card_transactions'))).toContain(
      'an imported card transaction cannot be removed',
    )
  })

  it('places a card return’s spend against the plan’s supports, the latest in force, until the council checks it', async () => {
    const handle = await engine.fresh()
    const { officer, agreement } = await setUp(handle)
    const sent = await handle.repos.directPayments.recordReturn(
      {
        ...aReturn(agreement.id, officer.id),
        result: { findings: ['as sent'] },
        lines: [
          { spentOn: '2026-04-07', description: 'PA wages', pence: 40_000, supportId: null },
          { spentOn: '2026-04-08', description: 'Taxi', pence: 1_500, supportId: null },
        ],
      },
      now,
    )
    const returnId = sent.ok ? sent.value.id : ''
    const place = (supports: (string | null)[], seen: number, result: unknown) =>
      handle.withAudit(
        (repos) =>
          repos.directPayments.placeSpend({ returnId, supports, result, placedByUserId: officer.id, seen }, now),
        (done) =>
          done.ok
            ? { at: now, actorUserId: officer.id, action: 'direct-payment.spend-placed', resource: returnId }
            : undefined,
      )
    expect((await place(['pa', null], 0, { findings: ['first'] })).ok).toBe(true)
    // Someone who opened the return before that placement is told, and nothing is stored.
    const stale = await place([null, null], 0, { findings: ['stale'] })
    expect(!stale.ok && stale.errors[0]?.message).toMatch(/Someone else placed the spend on this return/)
    expect((await place(['pa', 'pa'], 1, { findings: ['second'] })).ok).toBe(true)
    const found = await handle.repos.directPayments.findReturn(returnId)
    expect(found?.lines.map((line) => line.supportId)).toEqual(['pa', 'pa'])
    expect(found?.result).toEqual({ findings: ['second'] })
    expect(found?.placements).toBe(2)
    expect((await handle.repos.directPayments.returnsFor(agreement.id)).map((row) => row.result)).toEqual([
      { findings: ['second'] },
    ])
    expect((await handle.repos.directPayments.listReturnsToCheck()).map((row) => row.placements)).toEqual([2])
    // The spend lines stay as they were sent.
    const [line] = await engine.sql(handle, `select support_id from direct_payment_spend_lines where line = 1`)
    expect(line?.support_id).toBeNull()
    await handle.repos.directPayments.recordDecision(
      {
        agreementId: agreement.id,
        kind: 'return-checked',
        reason: 'Matches the card account',
        returnId,
        detail: null,
        agreement: null,
        decidedByUserId: officer.id,
        seen: 0,
      },
      now,
    )
    const late = await place([null, null], 2, { findings: ['late'] })
    expect(!late.ok && late.errors[0]?.message).toMatch(/The council has checked this return already/)
    expect(await countRows(engine, handle, 'direct_payment_spend_placements')).toBe(2)
  })

  it('keeps documents sent with a return, the same file once per return, none after the council checks it', async () => {
    const handle = await engine.fresh()
    const { person, officer, agreement } = await setUp(handle)
    const sent = await handle.repos.directPayments.recordReturn(aReturn(agreement.id, officer.id), now)
    const other = await handle.repos.directPayments.recordReturn(
      { ...aReturn(agreement.id, officer.id), periodStart: '2026-07-06', periodEnd: '2026-10-05' },
      now,
    )
    if (!sent.ok || !other.ok) throw new Error('test setup: returns')
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a])
    const attach = (returnId: string, content: Uint8Array, when: Date) =>
      handle.withAudit(
        (repos) =>
          repos.directPayments.attachReturnDocument(
            {
              returnId,
              kind: 'bank-statement',
              fileName: 'april.pdf',
              contentType: 'application/pdf',
              content,
              uploadedByUserId: officer.id,
            },
            when,
          ),
        (done) =>
          done.ok
            ? {
                at: when,
                actorUserId: officer.id,
                action: 'direct-payment.document-sent',
                personId: person.id,
                resource: `direct-payment-document:${done.value.id}`,
              }
            : undefined,
      )
    const first = await attach(sent.value.id, pdf, now)
    expect(first.ok && [first.value.fileName, first.value.sizeBytes, first.value.sha256.length]).toEqual([
      'april.pdf',
      9,
      64,
    ])
    const twice = await attach(sent.value.id, pdf, at('2026-04-02T09:00:00Z'))
    expect(!twice.ok && twice.errors[0]).toEqual({
      path: 'file',
      message: 'This file was already sent with this return on 1 April 2026: nothing was added.',
    })
    // The same file with another return is that return's.
    expect((await attach(other.value.id, pdf, now)).ok).toBe(true)
    expect((await handle.repos.directPayments.returnDocuments([sent.value.id])).map((doc) => doc.kind)).toEqual([
      'bank-statement',
    ])
    const found = first.ok ? await handle.repos.directPayments.returnDocumentContent(first.value.id) : undefined
    expect(found && [found.personId, found.agreementId, [...found.content]]).toEqual([
      person.id,
      agreement.id,
      [...pdf],
    ])
    await handle.repos.directPayments.recordDecision(
      {
        agreementId: agreement.id,
        kind: 'return-checked',
        reason: 'Statements match',
        returnId: sent.value.id,
        detail: null,
        agreement: null,
        decidedByUserId: officer.id,
        seen: 0,
      },
      now,
    )
    const late = await attach(sent.value.id, new Uint8Array([...pdf, 0x0a]), now)
    expect(!late.ok && late.errors[0]?.message).toMatch(/The council has checked this return already/)
    expect(await countRows(engine, handle, 'direct_payment_return_documents')).toBe(2)
    expect(await countRows(engine, handle, "audit_log where action = 'direct-payment.document-sent'")).toBe(2)
    const table = 'direct_payment_return_documents'
    expect(await refusal(engine.sql(handle, `update ${table} set file_name = 'x.pdf'`))).toMatch(
      'a document sent with a return cannot be changed',
    )
    expect(await refusal(engine.sql(handle, `delete from ${table}`))).toMatch(
      'a document sent with a return cannot be removed',
    )
    if (engine.name === 'PostgreSQL')
      expect(await refusal(engine.sql(handle, `truncate ${table}`))).toMatch(
        'a document sent with a return cannot be removed',
      )
  })
})

function aReturn(agreementId: string, userId: string): NewDirectPaymentReturn {
  return {
    agreementId,
    periodStart: '2026-04-06',
    periodEnd: '2026-07-05',
    receivedOn: '2026-07-20',
    openingBalancePence: 0,
    closingBalancePence: 70_000,
    paidInPence: 120_000,
    contributionsPaidInPence: 0,
    surplusPence: 0,
    source: 'form',
    statementSha256: null,
    statementFileName: null,
    result: { explanation: [] },
    sentByUserId: userId,
    lines: [],
  }
}
