import { describe, expect, it } from 'vitest'
import { composePlugins, directPaymentPolicyInForce, directPayments, nationalDefaults } from '@open-sds/plugin-sdk'
import { createPlanRecord, transition, type Actor, type PlanRecord } from '@open-sds/support-planning'
import northmoor from '../src/index.js'

const person: Actor = { id: 'user-ade', role: 'person' }
const practitioner: Actor = { id: 'user-sam', role: 'practitioner' }

/** Ade's plan, in force: a PA for £320.00 a week, all of it a direct payment. */
function adesPlan(): PlanRecord {
  const created = createPlanRecord({
    id: 'plan-ade',
    actor: person,
    now: '2026-03-02T09:00:00Z',
    plan: {
      people: {
        person: { name: 'Ade Bello' },
        plannedWith: [{ name: 'Ade Bello', role: 'the-person' }],
        moneyManagedBy: { name: 'Ade Bello', role: 'the-person' },
      },
      outcomes: [{ id: 'mornings', words: 'I want to get up and ready at my own pace', linkedItems: [] }],
      supports: [
        {
          id: 'pa',
          outcomeId: 'mornings',
          providerType: 'personal-assistant',
          description: 'PA in the mornings',
          frequency: { per: 'week', count: 20 },
          unitCostPence: 1600,
        },
      ],
      funding: {
        personalBudget: {
          weeklyPence: 32_000,
          assessedContributionWeeklyPence: 0,
          directPaymentWeeklyPence: 32_000,
          managedAccountWeeklyPence: 0,
          individualServiceFundWeeklyPence: 0,
        },
        otherStreams: [],
      },
      risksIChooseToTake: [],
      contingencyPlan: 'My sister covers if my PA is ill.',
      reviewDate: '2027-03-01',
    },
  })
  if (!created.ok) throw new Error(JSON.stringify(created.errors))
  let record = created.value
  for (const [index, action] of (['submit', 'approve', 'activate'] as const).entries()) {
    const moved = transition(record, action, {
      actor: action === 'submit' ? person : practitioner,
      now: `2026-03-02T09:0${String(index + 1)}:00Z`,
      expectedVersion: record.version,
    })
    if (!moved.ok) throw new Error(JSON.stringify(moved.errors))
    record = moved.value
  }
  return record
}

const composed = composePlugins(nationalDefaults, [northmoor])
if (!composed.ok) throw new Error(composed.errors.map((issue) => issue.message).join('\n'))
const northmoorPolicy = directPaymentPolicyInForce(composed.value)
const defaultPolicy = directPayments.DEFAULT_DIRECT_PAYMENT_POLICY

function adesAgreement(policy: directPayments.DirectPaymentPolicy) {
  const made = directPayments.makeAgreement(
    {
      id: 'dp-ade',
      planRecord: adesPlan(),
      recipient: { role: 'the-person', name: 'Ade Bello' },
      account: { type: 'prepaid-card' },
      basis: 'net',
      assessedWeeklyChargePence: 0,
      startDate: '2026-04-06',
      employsPersonalAssistants: true,
    },
    policy,
  )
  if (!made.ok) throw new Error(JSON.stringify(made.errors))
  return made.value
}

function firstPayments(policy: directPayments.DirectPaymentPolicy) {
  const schedule = directPayments.paymentSchedule(adesAgreement(policy), policy, { to: '2026-05-31' })
  if (!schedule.ok) throw new Error(JSON.stringify(schedule.errors))
  return schedule.value.payments.map((payment) => [payment.dueDate, payment.kind, payment.pence])
}

function surplusOn(policy: directPayments.DirectPaymentPolicy, closingBalancePence: number) {
  const check = directPayments.checkReturn(adesAgreement(policy), policy, {
    periodStart: '2026-04-06',
    periodEnd: '2026-07-05',
    receivedOn: '2026-07-20',
    openingBalancePence: 0,
    paidInPence: closingBalancePence,
    closingBalancePence,
  })
  if (!check.ok) throw new Error(JSON.stringify(check.errors))
  return check.value.surplusPence
}

describe("Northmoor's direct-payment policy differs from the default on the same plan", () => {
  it('is the policy the composed configuration carries, supplied by the plugin', () => {
    expect(northmoorPolicy.source).toBe('example-county')
    expect(northmoorPolicy.policy).toMatchObject({
      frequency: 'monthly',
      contingencyWeeks: 8,
      returnFrequency: 'six-monthly',
    })
  })

  it("pays Ade monthly with £61 for employer's liability insurance, where the default pays four-weekly with none", () => {
    // Default: 21 of 28 days of £1,280.00 on 6 April, then four weeks from 27 April.
    expect(firstPayments(defaultPolicy)).toEqual([
      ['2026-04-06', 'pro-rata', 96_000],
      ['2026-04-27', 'regular', 128_000],
      ['2026-05-25', 'regular', 128_000],
    ])
    // Northmoor: a month is £320.00 × 52 ÷ 12 = £1,386.67; 25 of April's 30 days is £1,155.56; and the £61.00 a year.
    expect(firstPayments(northmoorPolicy.policy)).toEqual([
      ['2026-04-06', 'pro-rata', 115_556],
      ['2026-04-06', 'allowance', 6_100],
      ['2026-05-01', 'regular', 138_667],
    ])
  })

  it('lets Ade keep more: £2,800.00 held (8.75 weeks) is a £1,520.00 surplus under the default but £240.00 under Northmoor', () => {
    expect(surplusOn(defaultPolicy, 280_000)).toBe(280_000 - 4 * 32_000)
    expect(surplusOn(northmoorPolicy.policy, 280_000)).toBe(280_000 - 8 * 32_000)
  })

  it("reads Northmoor's card provider's statements, which the default format cannot", () => {
    const csv = 'Transaction Date,Merchant,Debit,Credit,Balance\n06/04/2026,Northmoor CC,,"1,155.56","1,155.56"\n'
    const read = directPayments.parseCardStatement(csv, northmoorPolicy.policy.cardStatementFormat)
    expect(read.ok && read.value.transactions).toEqual([
      { line: 2, date: '2026-04-06', description: 'Northmoor CC', pence: 115_556, balancePence: 115_556 },
    ])
    expect(directPayments.parseCardStatement(csv, defaultPolicy.cardStatementFormat).ok).toBe(false)
  })
})
