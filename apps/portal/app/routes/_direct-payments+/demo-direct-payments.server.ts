import { cyclePeriodOf } from '@open-sds/direct-payments'
import { demoAccounts, demoPeople } from '@open-sds/db'
import { addDays } from '@open-sds/kernel'
import { createPlanRecord, transition, type Actor, type Plan, type PlanRecord } from '@open-sds/support-planning'
import type { Viewer } from '../../.server/auth/session.js'
import type { AppContext } from '../../.server/context.js'
import { todayInEngland } from '../_self-assessment+/self-assessment.server.js'
import { planFrameworks, transitionRow, versionRow } from '../_plans+/support-plans.server.js'
import { agreementOf, confirmRun, policyOf, setUpAgreement } from './direct-payments.server.js'
import { sendReturn } from './money.server.js'

/*
 * The demo's direct payments (issue 14), fictional: Alex Morgan (the demo citizen) holds his on a prepaid card, and Ravi
 * Shah manages his mother Priya's in a bank account as her nominated person. Each has a plan in force, an agreement
 * that started part-way through the period before last, two payment runs made and one return sent, so "Your money"
 * shows payments, a balance, a question from the council and a review date. Only `npm run demo` adds them (with its
 * sample history): the tests start from people without plans.
 */

type DemoDirectPayment = {
  person: 'alex' | 'priya'
  sender: 'citizen' | 'representative'
  form: Record<string, string>
  plan: (name: string, reviewDate: string) => Plan
  /** What the return says was spent: a share of each support's money, and anything spent outside the plan. */
  spend: { description: string; share: number; supportId: string | null }[]
}

const person = (name: string) => ({ name })

const DEMO: DemoDirectPayment[] = [
  {
    person: 'alex',
    sender: 'citizen',
    form: { recipientRole: 'the-person', recipientName: 'Alex Morgan', accountType: 'prepaid-card', basis: 'net' },
    plan: (name, reviewDate) => ({
      people: {
        person: person(name),
        plannedWith: [
          { name, role: 'the-person' },
          { name: 'Dana Ellis', role: 'practitioner' },
        ],
        moneyManagedBy: { name, role: 'the-person' },
      },
      outcomes: [
        { id: 'mornings', words: 'I want to get up and out to the allotment by ten', linkedItems: [] },
        { id: 'swimming', words: 'I want to keep swimming on Saturdays', linkedItems: [] },
      ],
      supports: [
        {
          id: 'pa-mornings',
          outcomeId: 'mornings',
          providerType: 'personal-assistant',
          description: 'PA to help me wash and dress',
          frequency: { per: 'week', count: 7 },
          unitCostPence: 1_600,
        },
        {
          id: 'taxi',
          outcomeId: 'mornings',
          providerType: 'other',
          description: 'Taxi to the allotment when it rains',
          frequency: { per: 'week', count: 1 },
          unitCostPence: 1_200,
        },
        {
          id: 'pool',
          outcomeId: 'swimming',
          providerType: 'community-group',
          description: 'Accessible swimming session with a helper',
          frequency: { per: 'week', count: 1 },
          unitCostPence: 2_000,
        },
      ],
      funding: {
        personalBudget: {
          weeklyPence: 14_400,
          assessedContributionWeeklyPence: 1_500,
          directPaymentWeeklyPence: 14_400,
          managedAccountWeeklyPence: 0,
          individualServiceFundWeeklyPence: 0,
        },
        otherStreams: [],
      },
      risksIChooseToTake: [],
      contingencyPlan: 'If my PA cannot come, the agency on my card sends someone; my neighbour Pat has a key.',
      reviewDate,
    }),
    spend: [
      { description: 'PA wages', share: 0.7, supportId: 'pa-mornings' },
      // More taxis than planned and fewer swims: moved within the mornings outcome, and a gym pass outside the plan.
      { description: 'Taxis to the allotment', share: 0.12, supportId: 'taxi' },
      { description: 'Gym membership', share: 0.05, supportId: null },
    ],
  },
  {
    person: 'priya',
    sender: 'representative',
    form: {
      recipientRole: 'nominated-person',
      recipientName: 'Ravi Shah',
      nomineeAgreed: 'yes',
      accountType: 'own-bank-account',
      basis: 'net',
    },
    plan: (name, reviewDate) => ({
      people: {
        person: person(name),
        plannedWith: [
          { name, role: 'the-person' },
          { name: 'Ravi Shah', role: 'family-or-friend' },
        ],
        moneyManagedBy: { name: 'Ravi Shah', role: 'nominated-person' },
      },
      outcomes: [{ id: 'home', words: 'I want to stay in my own home with my garden', linkedItems: [] }],
      supports: [
        {
          id: 'carers',
          outcomeId: 'home',
          providerType: 'agency',
          description: 'Carers morning and evening',
          frequency: { per: 'week', count: 14 },
          unitCostPence: 1_800,
        },
        {
          id: 'garden',
          outcomeId: 'home',
          providerType: 'other',
          description: 'Gardener once a fortnight',
          frequency: { per: 'month', count: 2 },
          unitCostPence: 3_000,
        },
      ],
      funding: {
        personalBudget: {
          weeklyPence: 27_000,
          assessedContributionWeeklyPence: 4_000,
          directPaymentWeeklyPence: 27_000,
          managedAccountWeeklyPence: 0,
          individualServiceFundWeeklyPence: 0,
        },
        otherStreams: [],
      },
      risksIChooseToTake: [],
      contingencyPlan: 'If the agency cannot come, Ravi stays over; the agency’s office number is on the fridge.',
      reviewDate,
    }),
    spend: [
      { description: 'Home care agency invoices', share: 0.85, supportId: 'carers' },
      { description: 'Gardener', share: 0.05, supportId: 'garden' },
    ],
  },
]

const DAY_MS = 86_400_000

function viewerOf(key: (typeof demoAccounts)[number]['key'], id: string): Viewer {
  const account = demoAccounts.find((candidate) => candidate.key === key)
  if (!account) throw new Error(`No demo account ${key}`)
  return { id, email: account.email, displayName: account.displayName, role: account.role, roles: [account.role] }
}

function valueOf<T>(result: { ok: true; value: T } | { ok: false; errors: { message: string }[] }, what: string): T {
  if (result.ok) return result.value
  throw new Error(`Demo direct payments, ${what}: ${result.errors.map((issue) => issue.message).join('; ')}`)
}

/** A plan agreed and put in force by the demo practitioner, stored as the plan pages store one. */
async function planInForceFor(
  context: AppContext,
  demo: DemoDirectPayment,
  personId: string,
  practitionerId: string,
  now: Date,
): Promise<boolean> {
  const { people, supportPlans } = context.database.repos
  const found = await people.findById(personId)
  if (!found || (await supportPlans.findOpenForPerson(personId))) return false
  const actor: Actor = { id: practitionerId, role: 'practitioner' }
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS).toISOString()
  const reviewDate = todayInEngland(new Date(now.getTime() + 240 * DAY_MS))
  let record: PlanRecord = valueOf(
    createPlanRecord(
      { id: 'new', actor, now: at(120), plan: demo.plan(found.displayName, reviewDate) },
      { frameworks: planFrameworks(context) },
    ),
    'the plan',
  )
  for (const [index, action] of (['submit', 'approve', 'activate'] as const).entries())
    record = valueOf(
      transition(record, action, { actor, now: at(118 - index), expectedVersion: record.version }),
      `the plan's ${action}`,
    )
  const [version] = record.versions
  const [created, ...moves] = record.history
  if (!version || !created) throw new Error('A new plan record has a version and a history entry')
  return context.database.withAudit(
    async (repos) => {
      const made = valueOf(
        await repos.supportPlans.create({
          personId,
          firstVersion: versionRow(version, 'draft'),
          created: transitionRow(created),
        }),
        'storing the plan',
      )
      valueOf(
        await repos.supportPlans.saveChanges({
          planId: made.id,
          expectedRecordVersion: made.recordVersion,
          status: 'active',
          currentVersion: version.planVersion,
          approvedVersion: version.planVersion,
          inForceVersion: version.planVersion,
          versions: [],
          transitions: moves.map(transitionRow),
        }),
        'putting the plan in force',
      )
      return true
    },
    () => ({
      at: now,
      actorUserId: practitionerId,
      action: 'demo-data.seed',
      personId,
      resource: 'demo-data:direct-payment-plan',
      detail: {},
    }),
  )
}

/**
 * Adds the demo's direct payments once, each step through the same functions (and audit entries) as the finance
 * and money pages: a person who already has a plan or an agreement is left alone. Returns how many it set up.
 */
export async function seedDemoDirectPayments(context: AppContext, now: Date): Promise<number> {
  const { users, directPayments } = context.database.repos
  const idOf = async (key: (typeof demoAccounts)[number]['key']) =>
    (await users.findByEmail(demoAccounts.find((account) => account.key === key)?.email ?? ''))?.id
  const [financeId, practitionerId] = [await idOf('finance'), await idOf('practitioner')]
  if (!financeId || !practitionerId) return 0
  const finance = viewerOf('finance', financeId)
  const policy = policyOf(context)
  const today = todayInEngland(now)
  const lastPeriod = cyclePeriodOf(policy, addDays(cyclePeriodOf(policy, today).start, -1))
  const periodBefore = cyclePeriodOf(policy, addDays(lastPeriod.start, -1))
  const startDate = addDays(periodBefore.start, 7)

  const made = []
  for (const demo of DEMO) {
    const personId = demoPeople.find((candidate) => candidate.key === demo.person)?.id ?? ''
    if ((await directPayments.listForPerson(personId)).length > 0) continue
    if (!(await planInForceFor(context, demo, personId, practitionerId, now))) continue
    const [year, month, day] = startDate.split('-')
    const agreement = valueOf(
      await setUpAgreement(
        context,
        finance,
        personId,
        {
          ...demo.form,
          startDateDay: String(Number(day)),
          startDateMonth: String(Number(month)),
          startDateYear: year ?? '',
          costCentre: 'ASC-DP-DEMO',
        },
        now,
      ),
      `${demo.person}'s agreement`,
    )
    made.push({ demo, agreement })
  }
  if (made.length === 0) return 0

  // Each run pays every agreement, as a real run would; a period someone already paid is left as it is.
  for (const period of [periodBefore, lastPeriod])
    if (!(await directPayments.findRunForPeriod(period.start)))
      valueOf(await confirmRun(context, finance, period.start, period.start, now), `the run for ${period.start}`)

  for (const { demo, agreement } of made) {
    const record = await directPayments.findAgreement(agreement.id)
    const paid = await directPayments.paymentsFor(agreement.id)
    if (!record) continue
    const paidIn = paid.reduce((sum, payment) => sum + payment.pence, 0)
    const days = Math.round((Date.parse(lastPeriod.end) - Date.parse(startDate)) / DAY_MS) + 1
    const stored = agreementOf(record)
    const contributions = Math.round(((stored.rates[0]?.chargeWeeklyPence ?? 0) * days) / 7)
    const spend = demo.spend.map((line) => ({
      description: line.description,
      pence: Math.round((paidIn + contributions) * line.share),
      supportId: line.supportId,
    }))
    const sender = demo.sender === 'citizen' ? await idOf('citizen') : await idOf('representative')
    valueOf(
      await sendReturn(
        context,
        viewerOf(demo.sender, sender ?? ''),
        record,
        stored,
        {
          form: {
            periodStart: startDate,
            periodEnd: lastPeriod.end,
            receivedOn: addDays(lastPeriod.end, 3) < today ? addDays(lastPeriod.end, 3) : today,
            openingBalancePence: 0,
            paidInPence: paidIn,
            contributionsPaidInPence: contributions,
            spend,
            closingBalancePence: paidIn + contributions - spend.reduce((sum, line) => sum + line.pence, 0),
          },
        },
        now,
      ),
      `${demo.person}'s return`,
    )
  }
  return made.length
}
