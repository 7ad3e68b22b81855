import { describe, expect, it } from 'vitest'
import { carerPlanNeedsEligibleMessage, type NewCarerPlan } from '../src/index.js'
import { countRows, refusal, testEngines } from './engines.js'
import { at, createPerson, createUser } from './helpers.js'

// Issue 16: a carer's support plan and budget are agreed only on their own eligible determination and kept as agreed;
// their emergency plan is written and rewritten as versions; the latest of each counts.
describe.each(testEngines())('carers’ plans on $name', (engine) => {
  async function determined(eligible: boolean) {
    const handle = await engine.fresh()
    const maya = await createUser(handle, 'maya@example.org')
    const worker = await createUser(handle, 'worker@example.org')
    const carer = await createPerson(handle, 'Maya Example')
    const other = await createPerson(handle, 'Joe Example')
    const { carers } = handle.repos
    const draft = await carers.startDraft(
      { carerPersonId: carer.id, questionnaireId: 'carers', questionnaireVersion: '1', userId: maya.id },
      at('2026-12-03T09:00:00Z'),
    )
    await carers.send(draft.id, maya.id, at('2026-12-03T09:10:00Z'))
    const decided = await carers.determine(
      {
        carerAssessmentId: draft.id,
        carerPersonId: carer.id,
        decidedByUserId: worker.id,
        eligible,
        determination: { explanation: ['Decided'] },
        rulesVersion: 'carers-rules-2026.1',
      },
      at('2026-12-03T10:00:00Z'),
    )
    if (!decided.ok) throw new Error('no determination')
    const plan: NewCarerPlan = {
      carerPersonId: carer.id,
      carerDeterminationId: decided.value.id,
      plan: { outcomes: [{ words: 'Back to my choir' }] },
      budgetKind: 'one-off',
      budgetPer: null,
      amountPence: 20_000,
      annualPence: 20_000,
      delivery: 'direct-payment',
      weeklyChargePence: 0,
      explanation: ['A one-off £200.00'],
      allocationVersion: 'national-default-2026',
      rulesVersion: 'carers-rules-2026.1',
      agreedByUserId: worker.id,
    }
    return { handle, maya, worker, carer, other, plan }
  }

  it('agrees a plan on an eligible determination, keeps each version, and the latest counts', async () => {
    const { handle, carer, plan } = await determined(true)
    const { carerPlans } = handle.repos
    const agreed = await carerPlans.agree(plan, at('2026-12-03T11:00:00Z'))
    const again = await carerPlans.agree(
      { ...plan, delivery: 'cassr-commissioned-support', amountPence: 15_000, annualPence: 15_000 },
      at('2026-12-03T11:00:00Z'),
    )
    expect(agreed.ok && again.ok).toBe(true)
    const latest = await carerPlans.latest(carer.id)
    expect([latest?.delivery, latest?.amountPence, latest?.explanation]).toEqual([
      'cassr-commissioned-support',
      15_000,
      ['A one-off £200.00'],
    ])
    expect((await carerPlans.listLatest()).map((each) => each.amountPence)).toEqual([15_000])
    expect(await refusal(engine.sql(handle, 'update carer_plans set amount_pence = 1'))).toMatch('cannot be changed')
    expect(await refusal(engine.sql(handle, 'delete from carer_plans'))).toMatch('cannot be removed')
    expect(await countRows(engine, handle, 'carer_plans')).toBe(2)
  })

  it('refuses a plan on a determination that found the carer not eligible, or on another carer’s', async () => {
    const { handle, other, plan } = await determined(false)
    const { carerPlans } = handle.repos
    const notEligible = await carerPlans.agree(plan, at('2026-12-03T11:00:00Z'))
    expect(notEligible.ok ? '' : notEligible.errors[0]?.message).toBe(carerPlanNeedsEligibleMessage)
    const another = await carerPlans.agree({ ...plan, carerPersonId: other.id }, at('2026-12-03T11:00:00Z'))
    expect(another.ok).toBe(false)
    const direct = refusal(
      engine.sql(
        handle,
        "insert into carer_plans (id, carer_person_id, carer_determination_id, plan, budget_kind, amount_pence, annual_pence, delivery, weekly_charge_pence, explanation, allocation_version, rules_version, agreed_by_user_id, agreed_at) values ('x', ?, ?, '{}', 'one-off', 100, 100, 'direct-payment', 0, '[]', 'v', 'v', ?, 1)",
        plan.carerPersonId,
        plan.carerDeterminationId,
        plan.agreedByUserId,
      ),
    )
    expect(await direct).toMatch('only on their own determination that found them eligible')
    expect(await countRows(engine, handle, 'carer_plans')).toBe(0)
  })

  it('a carer’s agreed budget becomes a direct-payment agreement of its own: one per carer’s plan, append-only', async () => {
    const { handle, carer, worker, plan } = await determined(true)
    const agreed = await handle.repos.carerPlans.agree(plan, at('2026-12-03T11:00:00Z'))
    if (!agreed.ok) throw new Error('no plan')
    const agreement = {
      id: 'carer-dp-1',
      personId: carer.id,
      planId: null,
      carerPlanId: agreed.value.id,
      planVersion: 1,
      recipientRole: 'the-person' as const,
      accountType: 'prepaid-card' as const,
      basis: 'net' as const,
      deliveryMechanism: 'direct-payment' as const,
      startDate: '2026-12-07',
      weeklyPaymentPence: 0,
      costCentre: 'ASC-CARERS',
      agreement: { oneOffPayments: [{ date: '2026-12-07', pence: 20_000 }] },
      rulesVersion: 'direct-payments-rules-2026.1',
      createdByUserId: worker.id,
    }
    const { directPayments } = handle.repos
    const made = await directPayments.createAgreement(agreement, at('2026-12-03T11:05:00Z'))
    expect(made.ok && [made.value.carerPlanId, made.value.planId]).toEqual([agreed.value.id, null])
    expect((await directPayments.listForPerson(carer.id)).map((each) => each.id)).toEqual(['carer-dp-1'])
    const twice = await directPayments.createAgreement({ ...agreement, id: 'carer-dp-2' }, at('2026-12-03T11:06:00Z'))
    expect(twice.ok ? '' : twice.errors[0]?.message).toMatch('already has a direct-payment agreement')
    expect(
      await refusal(
        directPayments.createAgreement(
          { ...agreement, id: 'carer-dp-3', carerPlanId: null },
          at('2026-12-03T11:07:00Z'),
        ),
      ),
    ).toMatch('direct_payment_agreements_one_plan')
    expect(await refusal(engine.sql(handle, "update direct_payment_agreements set cost_centre = 'x'"))).toMatch(
      'cannot be changed',
    )
    expect(await refusal(engine.sql(handle, 'delete from direct_payment_agreements'))).toMatch('cannot be removed')
    expect(await countRows(engine, handle, 'direct_payment_agreements')).toBe(1)
  })

  it('keeps each version of the carer’s emergency plan, the latest counting, and refuses an empty one', async () => {
    const { handle, maya, carer } = await determined(true)
    const { carerPlans } = handle.repos
    const written = {
      carerPersonId: carer.id,
      whoStepsIn: 'My son Tom',
      whatTheyNeedToKnow: 'His tablets are in the blue box',
      howToReachThem: '07700 900123',
      writtenByUserId: maya.id,
    }
    await carerPlans.writeEmergencyPlan(written, at('2026-12-03T12:00:00Z'))
    await carerPlans.writeEmergencyPlan({ ...written, whoStepsIn: 'My sister Ann' }, at('2026-12-03T12:00:00Z'))
    expect((await carerPlans.latestEmergencyPlan(carer.id))?.whoStepsIn).toBe('My sister Ann')
    expect(await refusal(engine.sql(handle, "update carer_emergency_plans set who_steps_in = 'x'"))).toMatch(
      'cannot be changed',
    )
    expect(
      await refusal(carerPlans.writeEmergencyPlan({ ...written, howToReachThem: ' ' }, at('2026-12-03T12:01:00Z'))),
    ).toMatch('carer_emergency_plans_how_given')
  })
})
