import { placeSpend, type Agreement, type ReturnCheck } from '@open-sds/direct-payments'
import { returnAlreadyCheckedMessage, type DirectPaymentAgreementRecord } from '@open-sds/db'
import type { Viewer } from '../../.server/auth/session.js'
import type { AppContext } from '../../.server/context.js'
import { auditedChange } from '../../.server/audited-change.js'
import { fail, formatPence } from '@open-sds/kernel'
import { formatDate } from '~/components/dates'
import { lineField } from './__labels.js'
import { notFound, policyOf } from './direct-payments.server.js'

/** A return sent on one of the person's agreements, with the agreement it was sent on; anything else is not found. */
export async function ownReturn(context: AppContext, personId: string, returnId: string) {
  const { directPayments } = context.database.repos
  const sent = await directPayments.findReturn(returnId)
  const record = sent ? await directPayments.findAgreement(sent.agreementId) : undefined
  if (!sent || !record || record.personId !== personId) throw notFound('return')
  return { sent, record }
}

/** The plan's supports as choices, each saying which agreed outcome it is for. */
export function supportChoices(agreement: Agreement) {
  const words = new Map(agreement.outcomes.map((outcome) => [outcome.outcomeId, outcome.words]))
  return agreement.supports.map((support) => ({
    value: support.supportId,
    label: `${support.description} (for “${words.get(support.outcomeId) ?? 'an agreed outcome'}”)`,
  }))
}

/** What the return page shows of one spend line. */
export const lineLabel = (line: { spentOn: string | null; description: string; pence: number }, index: number) =>
  `Line ${String(index + 1)}: ${line.description}, ${formatPence(line.pence)}${line.spentOn ? ` on ${formatDate(line.spentOn)}` : ''}`

/**
 * Places the return's spend lines against the plan's supports as the person chose (one choice a line, empty for none),
 * checked again by @open-sds/direct-payments and stored with its audit entry in one transaction. The agreement is held
 * meanwhile, so a finance officer checking the return at the same moment is either before (and the placement is
 * refused) or after.
 */
export async function placeReturnSpend(
  context: AppContext,
  viewer: Viewer,
  record: DirectPaymentAgreementRecord,
  agreement: Agreement,
  returnId: string,
  raw: Record<string, string>,
  now: Date,
) {
  return auditedChange(
    context,
    async (repos) => {
      await repos.directPayments.lockAgreement(record.id)
      const sent = await repos.directPayments.findReturn(returnId)
      if (!sent) throw notFound('return')
      if (sent.checkedAt !== null) return fail({ path: 'form', message: returnAlreadyCheckedMessage })
      // A choice for a line the return does not have, or none for a line it has, is not the form the page showed:
      // placing from it would set every line against nothing, so it is refused and the placements stay as they were.
      const named = Object.keys(raw).filter((key) => /^line\d+$/.test(key))
      const stray = named.filter((key) => !sent.lines.some((_, index) => lineField(index) === key))
      const unnamed = sent.lines.map((_, index) => lineField(index)).filter((key) => !(key in raw))
      if (stray.length > 0 || unnamed.length > 0)
        return fail({
          path: 'form',
          message: `This return has ${String(sent.lines.length)} spend ${sent.lines.length === 1 ? 'line' : 'lines'}${stray.length > 0 ? `, not spend line ${stray.map((key) => key.slice(4)).join(', ')}` : ''}: choose a support (or none) for each line shown, then save. Nothing was changed.`,
        })
      const supports = sent.lines.map((_, index) => {
        const chosen = (raw[lineField(index)] ?? '').trim()
        return chosen === '' ? null : chosen
      })
      const before = sent.result as ReturnCheck
      const placed = placeSpend(
        agreement,
        policyOf(context),
        {
          periodStart: sent.periodStart,
          periodEnd: sent.periodEnd,
          receivedOn: sent.receivedOn,
          openingBalancePence: sent.openingBalancePence,
          closingBalancePence: sent.closingBalancePence,
          paidInPence: sent.paidInPence,
          contributionsPaidInPence: sent.contributionsPaidInPence,
          otherMoneyIn: before.otherMoneyIn ?? [],
          spend: sent.lines.map((line) => ({
            ...(line.spentOn === null ? {} : { date: line.spentOn }),
            description: line.description,
            pence: line.pence,
            supportId: null,
          })),
        },
        supports,
        // The returns sent before this one: its opening balance is still set against the last one's closing balance.
        (await repos.directPayments.returnsFor(record.id)).filter(
          (other) => other.id !== returnId && other.sentAt < sent.sentAt,
        ),
      )
      if (!placed.ok)
        return fail(
          ...placed.errors.map((found) => {
            const line = /^spend\.(\d+)/.exec(found.path)?.[1]
            return { path: line === undefined ? 'form' : lineField(Number(line)), message: found.message }
          }),
        )
      return repos.directPayments.placeSpend(
        {
          returnId,
          supports,
          result: placed.value.check,
          placedByUserId: viewer.id,
          seen: Number.isInteger(Number(raw.seen)) && raw.seen !== '' ? Number(raw.seen) : -1,
        },
        now,
      )
    },
    (done) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'direct-payment.spend-placed',
      personId: record.personId,
      resource: `direct-payment-return:${done.returnId}`,
      detail: { sequence: done.sequence },
    }),
  )
}
