import { pathToFileURL } from 'node:url'
import {
  checkReturn,
  directPaymentPolicy,
  formatPence,
  makeAgreement,
  paymentSchedule,
} from '@open-sds/direct-payments'
import { createPlanRecord, transition, type Actor, type PlanRecord } from '@open-sds/support-planning'

const person: Actor = { id: 'user-ade', role: 'person' }
const practitioner: Actor = { id: 'user-sam', role: 'practitioner' }

/** Ade's plan: a PA for £300.00 a week, all of it a direct payment; agreed and put in force. */
function adesActivePlan(): PlanRecord {
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
          unitCostPence: 1500,
        },
      ],
      funding: {
        personalBudget: {
          weeklyPence: 30_000,
          assessedContributionWeeklyPence: 2_500,
          directPaymentWeeklyPence: 30_000,
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
  if (!created.ok) throw new Error(created.errors.map((found) => found.message).join('; '))
  let record = created.value
  for (const [index, action] of (['submit', 'approve', 'activate'] as const).entries()) {
    const moved = transition(record, action, {
      actor: action === 'submit' ? person : practitioner,
      now: `2026-03-02T09:0${String(index + 1)}:00Z`,
      expectedVersion: record.version,
    })
    if (!moved.ok) throw new Error(moved.errors.map((found) => found.message).join('; '))
    record = moved.value
  }
  return record
}

/** Agrees Ade's direct payment net of his £25.00 charge, prints his first payments and checks a quarter's return. */
export function main() {
  const policy = directPaymentPolicy({}) // the default: four-weekly in advance, 4 weeks' contingency, surplus above 8
  if (!policy.ok) return policy
  const agreement = makeAgreement(
    {
      id: 'dp-ade',
      planRecord: adesActivePlan(),
      recipient: { role: 'the-person', name: 'Ade Bello' },
      account: { type: 'prepaid-card' },
      basis: 'net',
      assessedWeeklyChargePence: 2_500,
      startDate: '2026-04-06',
    },
    policy.value,
  )
  if (!agreement.ok) return agreement
  for (const line of agreement.value.explanation) console.log(line.text)
  const schedule = paymentSchedule(agreement.value, policy.value, { to: '2026-05-31' })
  if (!schedule.ok) return schedule
  for (const payment of schedule.value.payments)
    console.log(`${payment.dueDate}: ${formatPence(payment.pence)} (${payment.kind})`)
  const check = checkReturn(agreement.value, policy.value, {
    periodStart: '2026-04-06',
    periodEnd: '2026-07-05',
    receivedOn: '2026-07-20',
    openingBalancePence: 0,
    paidInPence: 13 * 27_500,
    contributionsPaidInPence: 13 * 2_500,
    spend: [{ description: 'PA wages', pence: 150_000, supportId: 'pa' }],
    closingBalancePence: 13 * 30_000 - 150_000,
  })
  if (!check.ok) return check
  for (const line of check.value.explanation) console.log(line.text)
  return check
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main()
