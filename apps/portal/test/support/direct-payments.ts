import { csrfTokenIn, type PortalClient } from '@open-sds/portal-harness'
import { startingPlan } from '@open-sds/support-planning'
import { demoAccount } from './demo-account'
import type { RunningPortal } from './portal-process'
import { portalSql } from './portal-sql'
import { page, personWithAgreedBudget, signedIn, submittedPlan } from './support-plan'

/**
 * Priya's plan in force (issue 14's starting point): Ravi sends her self-assessment and plan, the practitioner
 * approves it and puts it in force. Her whole budget is a direct payment, managed by Ravi as her nominated person.
 */
export async function activePlanForPriya(on: RunningPortal) {
  const { rep, dana, id } = await personWithAgreedBudget(on)
  const practitionerPlan = await submittedPlan(rep, dana, id)
  for (const intent of ['approve', 'activate']) {
    const html = await page(dana, practitionerPlan)
    const moved = await dana.post(practitionerPlan, {
      csrf: csrfTokenIn(html),
      intent,
      expectedVersion: /name="expectedVersion" value="(\d+)"/.exec(html)?.[1] ?? '',
      planVersion: /name="planVersion" value="(\d+)"/.exec(html)?.[1] ?? '',
      ...(intent === 'approve'
        ? { reviewDay: '1', reviewMonth: '6', reviewYear: '2099', reviewDateReason: 'Ravi asked for it' }
        : {}),
    })
    if (moved.status !== 302) throw new Error(`test setup: ${intent} gave ${moved.status}`)
  }
  return { rep, dana, personId: id }
}

/**
 * Priya's plan as agreed and put in force on an earlier day, for a direct payment that started then: an agreement
 * may not start before its plan was agreed, and the portal agrees plans only today, so the plan is stored as the
 * council's earlier system would have stored it (created, sent, approved and put in force on `agreedOn`), her whole
 * agreed budget a direct payment managed by Ravi as her nominated person. Writes on either engine.
 */
export async function planAgreedEarlier(on: RunningPortal, agreedOn: string) {
  const { rep, dana, id } = await personWithAgreedBudget(on)
  const [person] = await portalSql(on, 'select display_name from people where id = ?', id)
  const [decision] = await portalSql(
    on,
    'select agreed_weekly_pence from eligibility_decisions where person_id = ?',
    id,
  )
  const [practitioner] = await portalSql(on, 'select id from users where email = ?', demoAccount('practitioner').email)
  const weekly = Number(decision?.agreed_weekly_pence)
  const name = String(person?.display_name)
  const plan = startingPlan(
    name,
    {
      weeklyPence: weekly,
      assessedContributionWeeklyPence: 0,
      directPaymentWeeklyPence: weekly,
      managedAccountWeeklyPence: 0,
      individualServiceFundWeeklyPence: 0,
    },
    agreedOn,
  )
  plan.people.moneyManagedBy = { name: 'Ravi Shah', role: 'nominated-person' }
  const planId = `plan-agreed-${agreedOn}`
  const at = Date.parse(`${agreedOn}T10:00:00Z`)
  const by = practitioner?.id
  await portalSql(
    on,
    `insert into support_plans (id, person_id, status, record_version, current_version, approved_version, in_force_version, created_by_user_id, created_at, updated_at)
     values (?, ?, 'active', 4, 1, 1, 1, ?, ?, ?)`,
    planId,
    id,
    by,
    at,
    at,
  )
  await portalSql(
    on,
    `insert into support_plan_versions (plan_id, version, status, change, plan, weekly_cost_pence, one_off_cost_pence, budget_weekly_pence,
       direct_payment_weekly_pence, managed_account_weekly_pence, individual_service_fund_weekly_pence, created_by_user_id, created_by_role, created_at)
     values (?, 1, 'active', 'created', ?, 0, 0, ?, ?, 0, 0, ?, 'practitioner', ?)`,
    planId,
    JSON.stringify(plan),
    weekly,
    weekly,
    by,
    at,
  )
  const moves = [
    ['create', null, 'draft'],
    ['submit', 'draft', 'submitted'],
    ['approve', 'submitted', 'approved'],
    ['activate', 'approved', 'active'],
  ] as const
  for (const [index, [action, from, to]] of moves.entries())
    await portalSql(
      on,
      `insert into support_plan_transitions (plan_id, record_version, action, from_status, to_status, plan_version, by_user_id, by_role, at)
       values (?, ?, ?, ?, ?, 1, ?, 'practitioner', ?)`,
      planId,
      index + 1,
      action,
      from,
      to,
      by,
      at + index * 60_000,
    )
  return { rep, dana, personId: id }
}

/** The finance officer agrees Priya's direct payment from `startDate`: a prepaid card Ravi holds as her nominee. */
export const agreePriyasPayment = (finance: PortalClient, personId: string, startDate: string) =>
  finance.submit(`/finance/direct-payments/new/${personId}`, {
    recipientRole: 'nominated-person',
    recipientName: 'Ravi Shah',
    nomineeAgreed: 'yes',
    accountType: 'prepaid-card',
    basis: 'net',
    ...dateBoxes('startDate', startDate),
    costCentre: 'ASC-DP-07',
  })

/** Uploads a prepaid-card statement as the return page's file field does. */
export async function uploadStatement(client: PortalClient, on: { url: string }, path: string, csv: string) {
  const html = await page(client, path)
  const form = new FormData()
  form.set('csrf', csrfTokenIn(html))
  form.set('form', 'card')
  form.set('statement', new Blob([csv], { type: 'text/csv' }), 'statement.csv')
  return fetch(new URL(path, on.url), {
    method: 'POST',
    redirect: 'manual',
    headers: { Cookie: client.cookieHeader(), Origin: new URL(on.url).origin },
    body: form,
  })
}

/** Today in England, as the portal counts it. */
export const todayInEngland = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' })

/** A date's day, month and year boxes. */
export const dateBoxes = (name: string, date: string) => {
  const [year, month, day] = date.split('-')
  return { [`${name}Day`]: String(Number(day)), [`${name}Month`]: String(Number(month)), [`${name}Year`]: year ?? '' }
}

/** The same day `months` earlier (the 28th at most, so every month has it). */
export function monthsBefore(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number)
  const index = year * 12 + (month - 1) - months
  return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}-${String(Math.min(day, 28)).padStart(2, '0')}`
}

/**
 * One payment on an agreement made earlier than the portal can make it (a run is always for today), stored as the
 * council's finance system would have made it then: a run of one and its payment.
 */
export async function paidEarlier(
  on: RunningPortal,
  payment: { id: string; agreement: string; paidOn: string; kind: 'regular' | 'one-off'; pence: number },
) {
  const [officer] = await portalSql(on, "select id from users where email like 'finance%'")
  const runId = `run-${payment.id}`
  await portalSql(
    on,
    'insert into direct_payment_runs (id, period_start, period_end, paid_on, payment_count, total_pence, run_by_user_id, run_at) values (?, ?, ?, ?, 1, ?, ?, ?)',
    runId,
    payment.paidOn,
    payment.paidOn,
    payment.paidOn,
    payment.pence,
    officer?.id,
    Date.now(),
  )
  await portalSql(
    on,
    "insert into direct_payments (id, agreement_id, run_id, reference, kind, period_start, period_end, due_date, paid_on, pence, explanation) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]')",
    payment.id,
    payment.agreement,
    runId,
    `${payment.agreement}/${payment.paidOn}`,
    payment.kind,
    payment.paidOn,
    payment.paidOn,
    payment.paidOn,
    payment.paidOn,
    payment.pence,
  )
}

/** The day `days` after a date. */
export const daysAfter = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/**
 * Priya's direct payment (a prepaid card Ravi holds as her nominee) agreed from `start`, on a plan agreed that day, so
 * Ravi can send returns for past days. Gives Ravi, the finance officer, her id and the agreement's.
 */
export async function priyasPaymentFrom(on: RunningPortal, start: string) {
  const plan = await planAgreedEarlier(on, start)
  const finance = await signedIn(on, 'finance')
  const made = await agreePriyasPayment(finance, plan.personId, start)
  if (made.status !== 302) throw new Error(`test setup: the agreement gave ${String(made.status)}`)
  const agreement = (made.headers.get('Location') ?? '').split('/').at(-1) ?? ''
  return { ravi: plan.rep, finance, personId: plan.personId, agreement }
}
