import { createHash } from 'node:crypto'
import {
  checkReturn,
  explainAgreementTo,
  leaveOutImported,
  nextDirectPaymentReview,
  parseCardStatement,
  paymentSchedule,
  recoveryOptionWords,
  returnFindingsTo,
  returnFromCardStatement,
  returnsDue,
  statusOn,
  transactionIdentities,
  type Agreement,
  type CardStatement,
  type Reader,
  type ReturnCheck,
  type ReturnInput,
  type SurplusDecision,
} from '@open-sds/direct-payments'
import { statementAlreadyImportedMessage, type DirectPaymentAgreementRecord, type Repositories } from '@open-sds/db'
import { addDays, fail, formatPence, ok, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import type { Viewer } from '../../.server/auth/session.js'
import type { AppContext } from '../../.server/context.js'
import { auditedChange } from '../../.server/audited-change.js'
import { dateFromBoxes } from '../../.server/forms.js'
import { moneyField } from '../../.server/money-field.js'
import { formatDate } from '~/components/dates'
import { requirePlanReader } from '../_plans+/support-plans.server.js'
import { SPEND_ROWS } from './__labels.js'
import { evidenceView } from './employment-evidence.server.js'
import { reviewsHeldOn } from './reviews.server.js'
import { ACCOUNT_LABELS, STATUS_WORDS, agreementOf, policyOf } from './direct-payments.server.js'

/** The person's (or the represented person's) latest agreement, read by someone allowed to see it. */
export async function ownAgreement(context: AppContext, viewer: Viewer, personId: string) {
  const reader = await requirePlanReader(context, viewer, personId, ['self', 'representative'])
  const [record] = await context.database.repos.directPayments.listForPerson(reader.personId)
  return { reader, record, agreement: record ? agreementOf(record) : undefined }
}

/** Everything "Your money" shows, each figure with how it was worked out. */
export async function moneyView(
  context: AppContext,
  record: DirectPaymentAgreementRecord,
  agreement: Agreement,
  today: string,
  to: Reader,
) {
  const { directPayments } = context.database.repos
  const policy = policyOf(context)
  const payments = await directPayments.paymentsFor(record.id)
  const adjustments = await directPayments.adjustmentsFor(record.id)
  const returns = await directPayments.returnsFor(record.id)
  const decisions = await directPayments.listDecisions(record.id)
  const evidence = await directPayments.employmentEvidenceFor(record.id)
  const paid = new Set(payments.map((payment) => payment.reference))
  const schedule = paymentSchedule(agreement, policy, { to: addDays(today, 62) })
  const due = (schedule.ok ? schedule.value.payments : []).filter((payment) => !paid.has(payment.reference))
  const firstPaid = payments[0]?.paidOn
  const review = firstPaid
    ? nextDirectPaymentReview({ firstPaymentOn: firstPaid, reviewsHeldOn: reviewsHeldOn(decisions), on: today })
    : undefined
  const wanted = returnsDue(agreement, policy, { on: today, receivedPeriodEnds: returns.map((sent) => sent.periodEnd) })
  const asked: string[] = []
  for (const sent of returns) {
    const check = sent.result as ReturnCheck
    for (const finding of returnFindingsTo(check, to))
      if (finding.kind !== 'moved-within-an-outcome' && finding.kind !== 'not-a-council-payment')
        asked.push(`Your return for ${formatDate(sent.periodStart)} to ${formatDate(sent.periodEnd)}: ${finding.text}`)
  }
  for (const decision of decisions) {
    if (decision.kind === 'surplus') {
      const surplus = decision.detail as SurplusDecision
      asked.push(
        surplus.option === 'keep'
          ? `You may keep the surplus of your return to ${formatDate(surplus.periodEnd)}: ${surplus.reason}`
          : `The council will recover ${formatPence(surplus.pence)} of the surplus (${recoveryOptionWords[surplus.option].toLowerCase()}): ${surplus.reason}`,
      )
    }
    if (decision.kind === 'suspension') asked.push(`Payments were suspended: ${decision.reason}`)
  }
  for (const missing of wanted.ok ? wanted.value.returns : [])
    if (missing.status === 'overdue')
      asked.push(
        `A return for ${formatDate(missing.periodStart)} to ${formatDate(missing.periodEnd)} was due by ${formatDate(missing.dueBy)}.`,
      )
  return {
    id: record.id,
    // Shown once the council has recorded some: a person who employs no personal assistants has none to keep.
    employment: evidence.length === 0 ? null : evidenceView(evidence, agreement, today),
    status: STATUS_WORDS[statusOn(agreement, today)],
    account: ACCOUNT_LABELS[agreement.account.type],
    weekly: formatPence(record.weeklyPaymentPence),
    explanation: explainAgreementTo(agreement, to).map((line) => line.text),
    rulesVersion: agreement.rulesVersion,
    paid: [
      ...payments.map((payment) => ({
        reference: payment.reference,
        paidOn: payment.paidOn,
        covers: `${formatDate(payment.periodStart)} to ${formatDate(payment.periodEnd)}`,
        amount: formatPence(payment.pence),
        how: (payment.explanation as { text: string }[]).map((line) => line.text),
      })),
      // Corrections after a change from an effective date, beside the payments they correct (never edited).
      ...adjustments.map((adjustment) => ({
        reference: adjustment.reference,
        paidOn: adjustment.paidOn,
        covers: `${formatDate(adjustment.periodStart)} to ${formatDate(adjustment.periodEnd)}`,
        amount:
          adjustment.kind === 'recovery'
            ? `${formatPence(adjustment.pence)} taken back (overpaid)`
            : `${formatPence(adjustment.pence)} arrears`,
        how: (adjustment.explanation as { text: string }[]).map((line) => line.text),
      })),
    ].sort((a, b) => a.paidOn.localeCompare(b.paidOn)),
    due: due.map((payment) => ({
      reference: payment.reference,
      dueDate: payment.dueDate,
      covers: `${formatDate(payment.periodStart)} to ${formatDate(payment.periodEnd)}`,
      amount: formatPence(payment.pence),
      how: payment.explanation.map((line) => line.text),
    })),
    balances: returns.map((sent) => ({
      label: formatDate(sent.periodEnd),
      pence: sent.closingBalancePence,
      text: formatPence(sent.closingBalancePence),
      how: `The closing balance on your return for ${formatDate(sent.periodStart)} to ${formatDate(sent.periodEnd)}.`,
    })),
    returnsDue:
      wanted.ok && wanted.value.needed
        ? wanted.value.returns
            .filter((entry) => entry.status !== 'received')
            .map((entry) => ({
              period: `${formatDate(entry.periodStart)} to ${formatDate(entry.periodEnd)}`,
              dueBy: formatDate(entry.dueBy),
              overdue: entry.status === 'overdue',
            }))
        : [],
    returnsWhy: wanted.ok ? wanted.value.explanation.map((line) => line.text) : [],
    sent: returns.map((sent) => ({
      id: sent.id,
      period: `${formatDate(sent.periodStart)} to ${formatDate(sent.periodEnd)}`,
      checked: sent.checkedAt !== null,
      toPlace: (sent.result as ReturnCheck).findings.some((finding) => finding.kind === 'outside-agreed-outcomes'),
    })),
    asked,
    review: review?.ok
      ? {
          dueBy: formatDate(review.value.dueBy),
          overdue: review.value.overdue,
          how: review.value.explanation.map((line) => line.text),
        }
      : null,
  }
}

const lineSchema = (index: number) => ({
  [`spend${String(index)}Description`]: z
    .string()
    .trim()
    .max(200, { error: 'A description must be 200 characters or fewer' })
    .optional(),
  [`spend${String(index)}Amount`]: z.string().optional(),
  [`spend${String(index)}Support`]: z.string().optional(),
})

const ReturnFormSchema = z.object({
  periodStart: z.string().refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value), {
    error: 'Enter the first day of the return, as a real date',
  }),
  periodEnd: z.string().refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value), {
    error: 'Enter the last day of the return, as a real date',
  }),
  openingBalance: moneyField('opening balance'),
  paidIn: moneyField('money paid in by the council', { whenEmpty: 0 }),
  contributionsPaidIn: moneyField('your own contributions paid in', { whenEmpty: 0 }),
  closingBalance: moneyField('closing balance'),
  ...Object.assign({}, ...Array.from({ length: SPEND_ROWS }, (_, index) => lineSchema(index + 1))),
})

/** The return form read into the package's input: each spend line with a description or an amount must have both. */
export function readReturnForm(raw: Record<string, string>, today: string): Result<ReturnInput> {
  const input = {
    ...Object.fromEntries(
      ['openingBalance', 'paidIn', 'contributionsPaidIn', 'closingBalance'].map((name) => [name, '']),
    ),
    ...raw,
    periodStart: dateFromBoxes(raw, 'periodStart'),
    periodEnd: dateFromBoxes(raw, 'periodEnd'),
  }
  const parsed = ReturnFormSchema.safeParse(input)
  const problems: { path: string; message: string }[] = parsed.success
    ? []
    : parsed.error.issues.map((found) => ({ path: String(found.path[0] ?? 'form'), message: found.message }))
  const spend = []
  for (let index = 1; index <= SPEND_ROWS; index += 1) {
    const description = (raw[`spend${String(index)}Description`] ?? '').trim()
    const amount = (raw[`spend${String(index)}Amount`] ?? '').trim()
    if (description === '' && amount === '') continue
    if (description === '') {
      problems.push({
        path: `spend${String(index)}Description`,
        message: `Enter what spend line ${String(index)} was for`,
      })
      continue
    }
    const pence = moneyField(`the amount of spend line ${String(index)}`).safeParse(amount)
    if (!pence.success) {
      problems.push({
        path: `spend${String(index)}Amount`,
        message: pence.error.issues[0]?.message ?? 'Enter an amount',
      })
      continue
    }
    const support = raw[`spend${String(index)}Support`] ?? ''
    spend.push({ description, pence: pence.data, supportId: support === '' ? null : support })
  }
  if (problems.length > 0 || !parsed.success) return fail(...problems)
  const form = parsed.data as {
    periodStart: string
    periodEnd: string
    openingBalance: number
    paidIn: number
    contributionsPaidIn: number
    closingBalance: number
  }
  return ok({
    periodStart: form.periodStart,
    periodEnd: form.periodEnd,
    receivedOn: today,
    openingBalancePence: form.openingBalance,
    closingBalancePence: form.closingBalance,
    paidInPence: form.paidIn,
    contributionsPaidInPence: form.contributionsPaidIn,
    spend,
  })
}

/** The package's paths, as the return form names its fields. */
const formField = (path: string) =>
  path === 'agreementId'
    ? 'form'
    : /^spend\.(\d+)/.exec(path)
      ? `spend${String(Number(/^spend\.(\d+)/.exec(path)?.[1]) + 1)}Amount`
      : path

/** A prepaid-card statement read from its file: its rows, and the file's SHA-256 and name. */
export type StatementRead = {
  statement: CardStatement
  problems: string[]
  file: { sha256: string; fileName: string }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/**
 * A card statement's return from the transactions not imported before: rows counted by an earlier return are left out
 * (and counted), so a statement repeating last month's rows beside new ones counts only the new ones.
 */
async function statementReturn(
  repos: Repositories,
  record: DirectPaymentAgreementRecord,
  read: StatementRead,
  today: string,
  earlier: readonly { periodEnd: string }[],
) {
  const identities = transactionIdentities(read.statement.transactions)
  const hashes = identities.map(sha256)
  const counted = await repos.directPayments.cardTransactionsFor(record.id)
  const fresh = leaveOutImported(
    read.statement,
    new Set(identities.filter((_, index) => counted.has(hashes[index] ?? ''))),
  )
  if (fresh.statement.transactions.length === 0 && fresh.leftOut > 0)
    return fail({
      path: 'statement',
      message: `All ${String(fresh.leftOut)} transactions in this statement were already imported: nothing was added.`,
    })
  const input = returnFromCardStatement(fresh.statement, {
    receivedOn: today,
    councilPayments: await councilCredits(repos, record.id),
    // Rows on or before the last return's end that were not imported before came in late: the package says so.
    lastReturnEnd: earlier.reduce<string | undefined>(
      (last, sent) => (last === undefined || sent.periodEnd > last ? sent.periodEnd : last),
      undefined,
    ),
  })
  if (!input.ok) return input
  return ok({ input: input.value, cardTransactions: fresh.identities.map(sha256), leftOut: fresh.leftOut })
}

/**
 * Checks a return by the package against the agreement and stores it with its spend lines (and a statement's card
 * transactions) and audit entry, in one transaction. A refusal (dates outside the agreement or still to come, a period
 * overlapping a return already sent, a suspended agreement, the same statement or only its transactions twice) stores
 * nothing. `leftOut` counts a statement's transactions imported before, which were not counted again.
 */
export async function sendReturn(
  context: AppContext,
  viewer: Viewer,
  record: DirectPaymentAgreementRecord,
  agreement: Agreement,
  given: { form: ReturnInput } | { card: StatementRead; today: string },
  now: Date,
) {
  let leftOut = 0
  const sent = await auditedChange(
    context,
    async (repos) => {
      // Held while checking against the returns already sent, so two sent at once cannot both cover one period.
      await repos.directPayments.lockAgreement(record.id)
      const earlier = await repos.directPayments.returnsFor(record.id)
      const statement = 'card' in given ? given.card.file : null
      // The same file again is named as such, before its period is found to overlap the one it was imported as.
      const again = statement && earlier.find((sent) => sent.statementSha256 === statement.sha256)
      if (again) return fail({ path: 'statement', message: statementAlreadyImportedMessage(again.sentAt) })
      let input = 'form' in given ? given.form : undefined
      let cardTransactions: string[] = []
      if ('card' in given) {
        const read = await statementReturn(repos, record, given.card, given.today, earlier)
        if (!read.ok) return read
        ;({ input, cardTransactions, leftOut } = read.value)
      }
      if (input === undefined) throw new Error('A return needs its form or its statement')
      const checked = checkReturn(agreement, policyOf(context), input, earlier, { cardStatement: statement !== null })
      if (!checked.ok) return fail(...checked.errors.map((found) => ({ ...found, path: formField(found.path) })))
      const check = checked.value
      return repos.directPayments.recordReturn(
        {
          agreementId: record.id,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          receivedOn: input.receivedOn,
          openingBalancePence: input.openingBalancePence,
          closingBalancePence: input.closingBalancePence,
          paidInPence: input.paidInPence,
          contributionsPaidInPence: input.contributionsPaidInPence ?? 0,
          surplusPence: check.surplusPence,
          source: statement ? 'card-statement' : 'form',
          statementSha256: statement?.sha256 ?? null,
          statementFileName: statement?.fileName ?? null,
          result: check,
          sentByUserId: viewer.id,
          lines: (input.spend ?? []).map((line) => ({
            spentOn: line.date ?? null,
            description: line.description,
            pence: line.pence,
            supportId: line.supportId,
          })),
          cardTransactions,
        },
        now,
      )
    },
    (sent) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'direct-payment.return',
      personId: record.personId,
      resource: `direct-payment-return:${sent.id}`,
      detail: {
        source: sent.source,
        lines: 'form' in given ? (given.form.spend?.length ?? 0) : given.card.statement.transactions.length - leftOut,
        leftOut,
      },
    }),
  )
  return sent.ok ? ok({ ...sent.value, leftOut }) : sent
}

/**
 * What the council paid into the account, as the card would show it: one credit per payment run's day, the run's
 * payments and arrears less what it recovered.
 */
async function councilCredits(repos: Repositories, agreementId: string) {
  const made = (await repos.directPayments.paymentsMade([agreementId])).get(agreementId) ?? []
  const byDay = new Map<string, number>()
  for (const row of made)
    byDay.set(row.paidOn, (byDay.get(row.paidOn) ?? 0) + (row.kind === 'recovered' ? -row.pence : row.pence))
  return [...byDay].map(([paidOn, pence]) => ({ paidOn, pence }))
}

/**
 * A prepaid-card statement file read by the council's format: a missing column refuses it; bad rows are named by line.
 * The return is made from it when it is sent (`sendReturn`), once the rows imported before are known.
 */
export async function readStatement(
  context: AppContext,
  file: FormDataEntryValue | null,
): Promise<Result<StatementRead>> {
  if (!(file instanceof Blob) || file.size === 0)
    return fail({ path: 'statement', message: 'Choose the statement file (a CSV) to upload' })
  const bytes = new Uint8Array(await file.arrayBuffer())
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes)
  const parsed = parseCardStatement(text, policyOf(context).cardStatementFormat)
  if (!parsed.ok)
    return fail(...parsed.errors.map((found) => ({ path: 'statement', message: `${found.path}: ${found.message}` })))
  return ok({
    statement: parsed.value,
    problems: parsed.value.problems.map((problem) => problem.message),
    file: {
      sha256: createHash('sha256').update(bytes).digest('hex'),
      fileName: ('name' in file && typeof file.name === 'string' ? file.name : 'statement.csv').slice(0, 200),
    },
  })
}
