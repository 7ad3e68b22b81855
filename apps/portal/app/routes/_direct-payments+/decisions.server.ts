import {
  addOneOffPayment,
  changeAgreement,
  decideSurplus,
  endAgreement,
  finalReconciliation,
  resumeAgreement,
  suspendAgreement,
  type Agreement,
  type ReturnCheck,
} from '@open-sds/direct-payments'
import { fail, formatLongDate, formatPence, parsePounds, type Result } from '@open-sds/kernel'
import type { DirectPaymentDecision, Repositories } from '@open-sds/db'
import type { Viewer } from '../../.server/auth/session.js'
import type { AppContext } from '../../.server/context.js'
import { auditedChange } from '../../.server/audited-change.js'
import { dateFromBoxes } from '../../.server/forms.js'
import { agreementOf, notFound, policyOf } from './direct-payments.server.js'

export type DecisionIntent = 'check-return' | 'change' | 'one-off' | 'suspend' | 'resume' | 'end'

/** Each form's own field names (one page holds several forms, and ids must differ), by the package's paths. */
const FIELDS: Record<DecisionIntent, Record<string, string>> = {
  'check-return': { reason: 'checkReason', pence: 'amount' },
  change: {
    from: 'changeFrom',
    budgetWeeklyPence: 'changeBudget',
    assessedWeeklyChargePence: 'changeCharge',
    reason: 'changeReason',
  },
  'one-off': { date: 'oneOffDate', pence: 'oneOffAmount', description: 'oneOffFor' },
  suspend: { from: 'suspendFrom', reason: 'suspendReason' },
  resume: { from: 'resumeFrom' },
  end: { date: 'endDate', reason: 'endingReason', note: 'endNote' },
}

/** The package's issues named by the form's fields. */
export function formFieldOf(intent: DecisionIntent, path: string): string {
  return FIELDS[intent][path] ?? path
}

/** What the decision would store, worked out by the package from the agreement as it stands in the transaction. */
async function decisionFor(
  context: AppContext,
  repos: Repositories,
  agreement: Agreement,
  intent: DecisionIntent,
  raw: Record<string, string>,
  today: string,
): Promise<Result<Omit<DirectPaymentDecision, 'id' | 'sequence' | 'decidedAt' | 'agreementId' | 'decidedByUserId'>>> {
  const policy = policyOf(context)
  if (intent === 'check-return') {
    const reason = (raw.checkReason ?? '').trim()
    const sent = await repos.directPayments.findReturn(raw.returnId ?? '')
    if (!sent || sent.agreementId !== agreement.id)
      return fail({ path: 'returnId', message: 'Choose a return of this agreement' })
    const check = sent.result as ReturnCheck
    if (sent.surplusPence === 0) {
      if (reason === '') return fail({ path: 'reason', message: 'Enter what you checked and found' })
      return { ok: true, value: { kind: 'return-checked', reason, returnId: sent.id, detail: null, agreement: null } }
    }
    const pence =
      raw.option === 'keep'
        ? { ok: true as const, value: 0 }
        : parsePounds(raw.amount ?? '', { label: 'the amount to recover in pounds and pence, like 12.50' })
    if (!pence.ok) return fail(...pence.errors.map((found) => ({ ...found, path: 'pence' })))
    const decided = decideSurplus(check, { option: raw.option ?? '', pence: pence.value, reason, decidedOn: today })
    if (!decided.ok) return decided
    return {
      ok: true,
      value: { kind: 'surplus', reason, returnId: sent.id, detail: decided.value, agreement: null },
    }
  }
  if (intent === 'change') {
    // Each amount is optional: a change of the plan, of the charge, or of both, from one effective date.
    const amounts: Record<string, number> = {}
    const problems = []
    for (const [field, path, label] of [
      ['changeBudget', 'budgetWeeklyPence', 'the new weekly amount'],
      ['changeCharge', 'assessedWeeklyChargePence', 'the new weekly charge'],
    ] as const) {
      if ((raw[field] ?? '').trim() === '') continue
      const pence = parsePounds(raw[field] ?? '', { label })
      if (pence.ok) amounts[path] = pence.value
      else problems.push(...pence.errors.map((found) => ({ ...found, path })))
    }
    if (problems.length > 0) return fail(...problems)
    const reason = (raw.changeReason ?? '').trim()
    const changed = changeAgreement(
      agreement,
      { from: dateFromBoxes(raw, 'changeFrom'), ...amounts, reason, today },
      policy,
    )
    if (!changed.ok) return changed
    return { ok: true, value: { kind: 'change', reason, returnId: null, detail: null, agreement: changed.value } }
  }
  if (intent === 'one-off') {
    const pence = parsePounds(raw.oneOffAmount ?? '', { label: 'the one-off payment in pounds and pence, like 450.00' })
    if (!pence.ok) return fail(...pence.errors.map((found) => ({ ...found, path: 'pence' })))
    const description = (raw.oneOffFor ?? '').trim()
    const date = dateFromBoxes(raw, 'oneOffDate')
    const added = addOneOffPayment(agreement, { date, pence: pence.value, description, today })
    if (!added.ok) return added
    // Kept as a change of the agreement: the one-off is appended to it, and the decision says what and why.
    const reason = `One-off payment of ${formatPence(pence.value)} on ${formatLongDate(date)}: ${description}`
    return { ok: true, value: { kind: 'change', reason, returnId: null, detail: null, agreement: added.value } }
  }
  if (intent === 'suspend') {
    const reason = (raw.suspendReason ?? '').trim()
    const changed = suspendAgreement(agreement, { from: dateFromBoxes(raw, 'suspendFrom'), reason, today })
    if (!changed.ok) return changed
    return { ok: true, value: { kind: 'suspension', reason, returnId: null, detail: null, agreement: changed.value } }
  }
  if (intent === 'resume') {
    const changed = resumeAgreement(agreement, { from: dateFromBoxes(raw, 'resumeFrom'), today })
    if (!changed.ok) return changed
    return {
      ok: true,
      value: {
        kind: 'resumption',
        reason: 'Payments start again',
        returnId: null,
        detail: null,
        agreement: changed.value,
      },
    }
  }
  const reason = (raw.endNote ?? '').trim()
  const ended = endAgreement(agreement, {
    date: dateFromBoxes(raw, 'endDate'),
    reason: raw.endingReason ?? '',
    ...(reason === '' ? {} : { note: reason }),
    today,
  })
  if (!ended.ok) return ended
  // What was paid, with the adjustments runs made since: the reconciliation nets them.
  const paid = (await repos.directPayments.paymentsMade([agreement.id])).get(agreement.id) ?? []
  const reconciled = finalReconciliation(ended.value, policy, paid)
  if (!reconciled.ok) return reconciled
  return {
    ok: true,
    value: {
      kind: 'ending',
      reason: ended.value.ending ? `${ended.value.ending.reason}${reason === '' ? '' : `: ${reason}`}` : reason,
      returnId: null,
      detail: reconciled.value,
      agreement: ended.value,
    },
  }
}

/**
 * Records a finance officer's decision on an agreement, worked out by @open-sds/direct-payments, with its audit entry
 * in one transaction. The agreement is held while deciding, and `seen` (the decisions the officer saw) must still be
 * the count: of two officers acting at once, the second is told someone else decided and nothing is stored.
 */
export async function recordDecision(
  context: AppContext,
  viewer: Viewer,
  agreementId: string,
  intent: DecisionIntent,
  raw: Record<string, string>,
  today: string,
  now: Date,
) {
  const seen = Number(raw.seen ?? '')
  const known = await context.database.repos.directPayments.findAgreement(agreementId)
  if (!known) throw notFound()
  return auditedChange(
    context,
    async (repos) => {
      await repos.directPayments.lockAgreement(agreementId)
      const record = await repos.directPayments.findAgreement(agreementId)
      if (!record) throw notFound()
      const decided = await decisionFor(context, repos, agreementOf(record), intent, raw, today)
      if (!decided.ok)
        return fail(...decided.errors.map((found) => ({ ...found, path: formFieldOf(intent, found.path) })))
      return repos.directPayments.recordDecision(
        { ...decided.value, agreementId, decidedByUserId: viewer.id, seen: Number.isInteger(seen) ? seen : -1 },
        now,
      )
    },
    (decision) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'direct-payment.decide',
      personId: known.personId,
      resource: `direct-payment:${agreementId}`,
      detail: { kind: decision.kind, sequence: decision.sequence },
    }),
  )
}
