import { randomUUID } from 'node:crypto'
import { makeCarerAgreement } from '@open-sds/direct-payments'
import type { CarerPlanRecord, DirectPaymentAgreementRecord } from '@open-sds/db'
import { fail, formatPence, type Result } from '@open-sds/kernel'
import type { carers as carerRules } from '@open-sds/plugin-sdk'
import { z } from 'zod'
import type { Viewer } from '~/.server/auth/session'
import type { AppContext } from '~/.server/context'
import { dateFromBoxes } from '~/.server/forms'
import { policyOf, storeAgreement } from '../_direct-payments+/direct-payments.server'
import { PER_WORDS } from './__plan-fields'

const notFound = () =>
  new Response('There is no carer’s budget to pay as a direct payment at this address.', {
    status: 404,
    statusText: 'Not Found',
  })

/** The carer's budget in words: "£200.00 once" or "£520.00 a year". */
export const budgetWords = (plan: Pick<CarerPlanRecord, 'budgetKind' | 'amountPence' | 'budgetPer'>) =>
  plan.budgetKind === 'one-off'
    ? `${formatPence(plan.amountPence)} once`
    : `${formatPence(plan.amountPence)} ${PER_WORDS[plan.budgetPer ?? ''] ?? ''}`

/**
 * The carer's plan in force (their latest agreed) when it is paid as a direct payment and has no agreement yet: what
 * a finance officer sets up. A carer whose latest plan is delivered otherwise, or already agreed, has nothing here.
 */
export async function carerBudgetToAgree(context: AppContext, personId: string) {
  const { carerPlans, directPayments, people } = context.database.repos
  const carer = await people.findById(personId)
  const plan = carer ? await carerPlans.latest(carer.id) : undefined
  if (!carer || !plan || plan.delivery !== 'direct-payment') throw notFound()
  const agreed = (await directPayments.listForPerson(carer.id)).some((each) => each.carerPlanId === plan.id)
  return { carer, plan, agreed }
}

/** Carers whose plan in force is paid as a direct payment not yet set up: a list on the finance caseload. */
export async function carerBudgetsToSetUp(context: AppContext, records: readonly DirectPaymentAgreementRecord[]) {
  const { carerPlans, people } = context.database.repos
  const agreed = new Set(records.map((record) => record.carerPlanId))
  const rows = []
  for (const plan of await carerPlans.listLatest()) {
    if (plan.delivery !== 'direct-payment' || agreed.has(plan.id)) continue
    const carer = await people.findById(plan.carerPersonId)
    rows.push({
      personId: plan.carerPersonId,
      person: carer?.displayName ?? 'Unknown person',
      budget: budgetWords(plan),
    })
  }
  return rows
}

const CarerSetUpSchema = z.object({
  accountType: z.enum(['own-bank-account', 'prepaid-card'], {
    error: 'Choose how the carer holds the money: a bank account or a prepaid card',
  }),
  basis: z.enum(['net', 'gross'], { error: 'Choose whether the payment is net or gross of the carer’s charge' }),
  startDate: z.string().refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value), {
    error: 'Enter the date the payment starts, as a real date',
  }),
  costCentre: z
    .string()
    .trim()
    .min(1, { error: 'Enter the cost centre to charge' })
    .max(40, { error: 'The cost centre to charge must be 40 characters or fewer' }),
})

export const CARER_SET_UP_FIELDS = ['accountType', 'basis', 'startDate', 'costCentre'] as const

/**
 * Agrees a direct payment from the carer's agreed budget, worked out by @open-sds/direct-payments (a one-off budget is
 * one payment, a recurring one follows the council's cycle), stored with its audit entry. Paid to the carer. A refusal
 * names the field; nothing is stored.
 */
export async function setUpCarerAgreement(
  context: AppContext,
  viewer: Viewer,
  personId: string,
  raw: Record<string, string>,
  now: Date,
): Promise<Result<DirectPaymentAgreementRecord>> {
  const parsed = CarerSetUpSchema.safeParse({ ...raw, startDate: dateFromBoxes(raw, 'startDate') })
  if (!parsed.success)
    return fail(
      ...parsed.error.issues.map((found) => ({ path: String(found.path[0] ?? 'form'), message: found.message })),
    )
  const form = parsed.data
  const { carer, plan, agreed } = await carerBudgetToAgree(context, personId)
  if (agreed) return fail({ path: 'form', message: 'This carer’s budget already has a direct-payment agreement' })
  const carerPlan = plan.plan as carerRules.CarerPlan
  const account = { type: form.accountType }
  const made = makeCarerAgreement(
    {
      id: randomUUID(),
      carerPlanId: plan.id,
      planAgreedOn: plan.agreedAt.toISOString().slice(0, 10),
      outcomes: carerPlan.outcomes.map((each) => ({ words: each.words })),
      supports: carerPlan.supports.map((each) => ({ description: each.description, costPence: each.costPence })),
      budget:
        plan.budgetKind === 'one-off'
          ? { kind: 'one-off', amountPence: plan.amountPence }
          : { kind: 'recurring', amountPence: plan.amountPence, per: plan.budgetPer },
      chargePence: plan.weeklyChargePence,
      recipient: { role: 'the-person', name: carer.displayName },
      account,
      basis: form.basis,
      startDate: form.startDate,
    },
    policyOf(context),
  )
  if (!made.ok)
    return fail(
      ...made.errors.map((found) => ({
        path: found.path === 'chargePence' ? 'basis' : found.path === 'startDate' ? 'startDate' : 'form',
        message: found.message,
      })),
    )
  return storeAgreement(
    context,
    viewer,
    { agreement: made.value, personId: carer.id, planId: null, carerPlanId: plan.id, costCentre: form.costCentre },
    now,
  )
}
