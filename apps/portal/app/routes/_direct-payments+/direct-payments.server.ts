import { randomUUID } from 'node:crypto'
import {
  deliveryMechanismOf,
  lastDayOf,
  makeAgreement,
  nextDirectPaymentReview,
  paymentRun,
  statusOn,
  type Agreement,
  type DirectPaymentPolicy,
  type PaymentRun,
} from '@open-sds/direct-payments'
import type { DirectPaymentAgreementRecord, Repositories, ReviewBasisOf } from '@open-sds/db'
import { directPaymentPolicyInForce } from '@open-sds/plugin-sdk'
import { reviewsDue } from '@open-sds/support-planning'
import { fail, formatLongDate, ok, penceToPounds, todayInEngland, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import type { Viewer } from '../../.server/auth/session.js'
import type { AppContext } from '../../.server/context.js'
import { dateFromBoxes, type FieldError } from '../../.server/forms.js'
import { auditedChange } from '../../.server/audited-change.js'
import { toRecord } from '../_plans+/support-plans.server.js'
import { ACCOUNT_LABELS, RECIPIENT_LABELS } from './__labels.js'

export { ACCOUNT_LABELS, RECIPIENT_LABELS }

/** The council's direct-payment policy: the last plugin's `directPaymentPolicy`, or the national default. */
export function policyOf(context: AppContext): DirectPaymentPolicy {
  return directPaymentPolicyInForce(context.site).policy
}

/** A stored agreement as the package made it (or as the latest decision left it). Never recalculated. */
export function agreementOf(record: Pick<DirectPaymentAgreementRecord, 'current'>): Agreement {
  const value = record.current as Partial<Agreement> | null
  if (!value || !Array.isArray(value.rates) || typeof value.startDate !== 'string')
    throw new Error('A stored direct-payment agreement does not hold an agreement')
  return value as Agreement
}

export const notFound = (what = 'direct payment') =>
  new Response(`There is no ${what} at this address.`, { status: 404, statusText: 'Not Found' })

export const STATUS_WORDS: Record<ReturnType<typeof statusOn>, string> = {
  'not-started': 'Not started',
  active: 'Being paid',
  suspended: 'Suspended',
  ended: 'Ended',
}

/**
 * What is happening to the payments on `today`, with a planned last day when there is one (a move away on a known
 * date): "Being paid; ends on 3 March 2027", so a finance officer sees payments will stop before they do.
 */
export function statusWordsOn(agreement: Agreement, today: string): string {
  const status = statusOn(agreement, today)
  const last = lastDayOf(agreement)
  return status !== 'ended' && last !== undefined
    ? `${STATUS_WORDS[status]}; ends on ${formatLongDate(last)}`
    : STATUS_WORDS[status]
}

// A field left out of the post altogether is named as one left empty, never as "Invalid input: expected string".
const text = (label: string, max = 200) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, { error: `Enter ${label}` })
    .max(max, { error: `${label[0]?.toUpperCase() ?? ''}${label.slice(1)} must be ${String(max)} characters or fewer` })

const SetUpSchema = z.object({
  recipientRole: z.enum(['the-person', 'nominated-person', 'authorised-person'], {
    error: 'Choose who receives the direct payment',
  }),
  recipientName: text('the name of the person who receives it'),
  authority: z.string().optional(),
  nomineeAgreed: z.string().optional(),
  accountType: z.enum(['own-bank-account', 'prepaid-card', 'managed-account', 'individual-service-fund'], {
    error: 'Choose how the money is held',
  }),
  provider: z.string().trim().max(200, { error: 'The provider’s name must be 200 characters or fewer' }).optional(),
  basis: z.enum(['net', 'gross'], { error: 'Choose whether the payment is net or gross of the charge' }),
  startDate: z
    .string({ error: 'Enter the date payments start, as a real date' })
    .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value), {
      error: 'Enter the date payments start, as a real date',
    }),
  costCentre: text('the cost centre to charge', 40),
})

/** What the form's choices need beside them, checked whatever else is wrong so every problem is named at once. */
function choiceProblems(raw: Record<string, string>): { path: string; message: string }[] {
  const problems = []
  if (raw.recipientRole === 'nominated-person' && raw.nomineeAgreed !== 'yes')
    problems.push({ path: 'nomineeAgreed', message: 'The nominated person must agree to receive it' })
  if (
    raw.recipientRole === 'authorised-person' &&
    !['lasting-power-of-attorney', 'court-appointed-deputy', 'approved-by-the-council'].includes(raw.authority ?? '')
  )
    problems.push({ path: 'authority', message: 'Choose what makes them an authorised person' })
  if (
    (raw.accountType === 'managed-account' || raw.accountType === 'individual-service-fund') &&
    (raw.provider ?? '').trim() === ''
  )
    problems.push({ path: 'provider', message: 'Enter the provider who holds the money' })
  return problems
}

export const SET_UP_FIELDS = [
  'recipientRole',
  'recipientName',
  'authority',
  'nomineeAgreed',
  'accountType',
  'provider',
  'basis',
  'startDate',
  'costCentre',
]

/** A person with a plan in force and the way to agree its direct payment. */
export async function planToAgree(context: AppContext, personId: string) {
  const { people, supportPlans } = context.database.repos
  const person = await people.findById(personId)
  const stored = await supportPlans.findOpenForPerson(personId)
  if (!person || !stored) throw notFound('plan in force for a direct payment')
  const record = toRecord(stored)
  const inForce =
    stored.inForceVersion === null ? undefined : record.versions.find((v) => v.planVersion === stored.inForceVersion)
  return { person, stored, record, inForce }
}

/**
 * Agrees a direct payment from the person's plan in force, worked out by @open-sds/direct-payments, and stores it
 * with its audit entry. A refusal names the field; nothing is stored.
 */
export async function setUpAgreement(
  context: AppContext,
  viewer: Viewer,
  personId: string,
  raw: Record<string, string>,
  now: Date,
): Promise<Result<DirectPaymentAgreementRecord>> {
  const input = { ...raw, startDate: dateFromBoxes(raw, 'startDate') }
  const parsed = SetUpSchema.safeParse(input)
  const problems = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((found) => ({ path: String(found.path[0] ?? 'form'), message: found.message }))),
    ...choiceProblems(raw),
  ]
  const order = (path: string) => (SET_UP_FIELDS.includes(path) ? SET_UP_FIELDS.indexOf(path) : SET_UP_FIELDS.length)
  if (!parsed.success || problems.length > 0) return fail(...problems.sort((a, b) => order(a.path) - order(b.path)))
  const form = parsed.data
  const { record, inForce, stored } = await planToAgree(context, personId)
  const recipient =
    form.recipientRole === 'nominated-person'
      ? { role: form.recipientRole, name: form.recipientName, agreedToReceive: true as const }
      : form.recipientRole === 'authorised-person'
        ? { role: form.recipientRole, name: form.recipientName, authority: form.authority as 'approved-by-the-council' }
        : { role: form.recipientRole, name: form.recipientName }
  const account =
    form.accountType === 'managed-account' || form.accountType === 'individual-service-fund'
      ? { type: form.accountType, provider: form.provider ?? '' }
      : { type: form.accountType }
  const policy = policyOf(context)
  const made = makeAgreement(
    {
      id: randomUUID(),
      planRecord: record,
      recipient,
      account,
      basis: form.basis,
      assessedWeeklyChargePence: inForce?.plan.funding.personalBudget.assessedContributionWeeklyPence ?? 0,
      startDate: form.startDate,
      today: todayInEngland(now),
      employsPersonalAssistants: inForce?.plan.supports.some((s) => s.providerType === 'personal-assistant') ?? false,
    },
    policy,
  )
  if (!made.ok)
    return fail(
      ...made.errors.map((found) => ({
        path: found.path.startsWith('account') ? 'accountType' : found.path === 'planRecord' ? 'form' : found.path,
        message: found.message,
      })),
    )
  return storeAgreement(
    context,
    viewer,
    { agreement: made.value, personId, planId: stored.id, costCentre: form.costCentre },
    now,
  )
}

/**
 * Stores an agreement the package made, from a person's plan (`planId`) or a carer's budget (`carerPlanId`), with its
 * audit entry in one transaction. A second agreement for the same plan version or carer's plan is refused.
 */
export function storeAgreement(
  context: AppContext,
  viewer: Viewer,
  made: { agreement: Agreement; personId: string; planId: string | null; carerPlanId?: string; costCentre: string },
  now: Date,
): Promise<Result<DirectPaymentAgreementRecord>> {
  const { agreement, personId } = made
  return auditedChange(
    context,
    (repos) =>
      repos.directPayments.createAgreement(
        {
          id: agreement.id,
          personId,
          planId: made.planId,
          carerPlanId: made.carerPlanId ?? null,
          planVersion: agreement.planVersion,
          recipientRole: agreement.recipient.role,
          accountType: agreement.account.type,
          basis: agreement.basis,
          deliveryMechanism: deliveryMechanismOf(agreement.account),
          startDate: agreement.startDate,
          weeklyPaymentPence: agreement.rates[0]?.paymentWeeklyPence ?? 0,
          costCentre: made.costCentre,
          agreement,
          rulesVersion: agreement.rulesVersion,
          createdByUserId: viewer.id,
        },
        now,
      ),
    (saved) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'direct-payment.agree',
      personId,
      resource: `direct-payment:${saved.id}`,
      detail: {
        planVersion: saved.planVersion,
        weeklyPaymentPence: saved.weeklyPaymentPence,
        ...(made.carerPlanId === undefined ? {} : { carerPlanId: made.carerPlanId }),
      },
    }),
  )
}

/** Issues as the form shows them: the field's name, and its message. */
export const fieldErrors = (errors: readonly { path: string; message: string }[]): FieldError[] =>
  errors.map((found) => ({ field: found.path, message: found.message }))

/** The payments a run for the period holding `on` would make, worked out by the package from every agreement. */
export async function previewRun(
  context: AppContext,
  on: string,
): Promise<Result<PaymentRun & { records: Map<string, DirectPaymentAgreementRecord> }>> {
  const { directPayments } = context.database.repos
  const records = await directPayments.listAgreements()
  const run = await workOutRun(context, directPayments, records, on)
  if (!run.ok) return fail(...run.errors)
  return ok({ ...run.value, records: new Map(records.map((record) => [record.id, record])) })
}

/**
 * The run the package works out from every agreement: the references it would pay are asked about, and what was paid
 * against agreements a decision has changed (a new rate, a suspension, an ending, which may reach back over days
 * already paid) is read for their adjustments. An agreement nobody decided on is paid exactly as scheduled.
 */
async function workOutRun(
  context: AppContext,
  directPayments: Pick<Repositories['directPayments'], 'paidReferences' | 'paymentsMade'>,
  records: readonly DirectPaymentAgreementRecord[],
  on: string,
): Promise<Result<PaymentRun>> {
  const agreements = records.map(agreementOf)
  const policy = policyOf(context)
  const all = paymentRun(agreements, policy, { on, paidReferences: new Set() })
  if (!all.ok) return all
  const paid = await directPayments.paidReferences(all.value.payments.map((payment) => payment.reference))
  const decided = records.filter((record) => record.decisionCount > 0).map((record) => record.id)
  const paymentsMade = await directPayments.paymentsMade(decided)
  return paymentRun(agreements, policy, { on, paidReferences: paid, paymentsMade })
}

/**
 * Pays the run for the period holding `on`: worked out afresh inside one transaction (after any run a colleague just
 * confirmed), refused when the period has been paid, stored with its audit entry.
 */
export async function confirmRun(context: AppContext, viewer: Viewer, on: string, paidOn: string, now: Date) {
  return auditedChange(
    context,
    async (repos) => {
      await repos.directPayments.lockPaymentRuns()
      const records = await repos.directPayments.listAgreements()
      const run = await workOutRun(context, repos.directPayments, records, on)
      if (!run.ok) return run
      return repos.directPayments.recordRun(
        {
          periodStart: run.value.period.start,
          periodEnd: run.value.period.end,
          paidOn,
          runByUserId: viewer.id,
          payments: run.value.payments.map((payment) => ({
            agreementId: payment.agreementId,
            reference: payment.reference,
            kind: payment.kind,
            periodStart: payment.periodStart,
            periodEnd: payment.periodEnd,
            dueDate: payment.dueDate,
            pence: payment.pence,
            explanation: payment.explanation,
          })),
          adjustments: run.value.adjustments.map((adjustment) => ({
            agreementId: adjustment.agreementId,
            reference: adjustment.reference,
            adjustsReference: adjustment.adjustsReference,
            kind: adjustment.kind,
            periodStart: adjustment.periodStart,
            periodEnd: adjustment.periodEnd,
            pence: adjustment.pence,
            explanation: adjustment.explanation,
          })),
        },
        now,
      )
    },
    (run) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'direct-payment.run',
      resource: `direct-payment-run:${run.id}`,
      detail: { periodStart: run.periodStart, paymentCount: run.paymentCount, totalPence: run.totalPence },
    }),
  )
}

/** A CSV field, quoted when it must be, and never read as a formula by a spreadsheet. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/**
 * The run for the council's finance system: one row a payment or adjustment, with reference, amount, cost centre and
 * date; a recovery is a negative amount, taken off what the run pays that person.
 */
export function runCsv(
  rows: readonly { reference: string; pence: number; costCentre: string; paidOn: string }[],
): string {
  const lines = ['Reference,Amount,Cost centre,Date']
  for (const row of rows)
    // The amount is the portal's own number (a recovery's minus sign included), so it is not guarded as text is.
    lines.push([csvField(row.reference), penceToPounds(row.pence), csvField(row.costCentre), row.paidOn].join(','))
  return `${lines.join('\r\n')}\r\n`
}

/**
 * Direct-payment reviews overdue or due within four weeks (regulation 7: within 6 months of the first payment, then at
 * most every 12 after the last review held), in the due list's order: a person's and a carer's budget alike.
 */
export async function directPaymentReviewsDue(context: AppContext, today: string, whose: ReviewBasisOf) {
  const rows = []
  for (const basis of await context.database.repos.directPayments.reviewBasis(whose)) {
    const next = nextDirectPaymentReview({
      firstPaymentOn: basis.firstPaidOn,
      reviewsHeldOn: basis.reviewsHeldOn,
      on: today,
    })
    if (next.ok)
      rows.push({ id: basis.agreementId, planId: basis.planId, personId: basis.personId, reviewDate: next.value.dueBy })
  }
  return reviewsDue(rows, today)
}
