import { recordReviewHeld, reviewOutcomeWords, type ReviewHeld } from '@open-sds/direct-payments'
import type { DirectPaymentDecision } from '@open-sds/db'
import { fail } from '@open-sds/kernel'
import type { Viewer } from '../../.server/auth/session.js'
import type { AppContext } from '../../.server/context.js'
import { auditedChange } from '../../.server/audited-change.js'
import { dateFromBoxes } from '../../.server/forms.js'
import { notFound } from './direct-payments.server.js'

/** The dates of the direct-payment reviews held, from an agreement's decisions. */
export const reviewsHeldOn = (decisions: readonly Pick<DirectPaymentDecision, 'kind' | 'detail'>[]) =>
  decisions
    .filter((decision) => decision.kind === 'review')
    .map((decision) => (decision.detail as Partial<ReviewHeld> | null)?.heldOn)
    .filter((date): date is string => typeof date === 'string')

/**
 * Records a direct-payment review a practitioner held (regulation 7), worked out by @open-sds/direct-payments, as a
 * decision on the agreement with its audit entry in one transaction. The agreement is held meanwhile, and `seen` (the
 * decisions the practitioner saw) must still be the count, as for a finance officer's decisions.
 */
export async function recordReview(
  context: AppContext,
  viewer: Viewer,
  agreementId: string,
  raw: Record<string, string>,
  today: string,
  now: Date,
) {
  const known = await context.database.repos.directPayments.findAgreement(agreementId)
  if (!known) throw notFound()
  const heldOn = dateFromBoxes(raw, 'heldOn')
  return auditedChange(
    context,
    async (repos) => {
      await repos.directPayments.lockAgreement(agreementId)
      const [first] = await repos.directPayments.paymentsFor(agreementId)
      if (!first)
        return fail({ path: 'form', message: 'No payment has been made yet: the first review counts from it' })
      const decisions = await repos.directPayments.listDecisions(agreementId)
      const held = recordReviewHeld({
        firstPaymentOn: first.paidOn,
        reviewsHeldOn: reviewsHeldOn(decisions),
        heldOn,
        outcome: raw.outcome ?? '',
        notes: raw.notes ?? '',
        on: today,
      })
      if (!held.ok)
        return fail(
          ...held.errors.map((found) =>
            found.path === 'heldOn' && !/^\d{4}-\d\d-\d\d$/.test(heldOn)
              ? { path: 'heldOn', message: 'Enter the date the review was held, as a real date' }
              : found,
          ),
        )
      const seen = Number(raw.seen ?? '')
      return repos.directPayments.recordDecision(
        {
          agreementId,
          kind: 'review',
          reason: `${reviewOutcomeWords[held.value.outcome]}. ${held.value.notes}`,
          returnId: null,
          detail: held.value,
          agreement: null,
          decidedByUserId: viewer.id,
          seen: raw.seen !== undefined && raw.seen !== '' && Number.isInteger(seen) ? seen : -1,
        },
        now,
      )
    },
    (decision) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'direct-payment.review',
      personId: known.personId,
      resource: `direct-payment:${agreementId}`,
      detail: { sequence: decision.sequence, heldOn },
    }),
  )
}
